// How the texts of every surface name the ministry and its agencies: from the registry of agencies
// (data/agencies.json), never typed in, so a renamed or added agency is named right everywhere.
import { agencyOf, agencyRegistry, ministryOf } from '../dataset/agencies.js';
import type { Agency } from '../dataset/schema.js';

/** The ministry-level budget, the ministry proper and the administrations under it. */
export const MINISTRY = ministryOf(agencyRegistry());

/** An agency by its code. */
export function agency(code: string): Agency {
  return agencyOf(agencyRegistry(), code);
}

/** The administrations' Chinese names, "資通安全署、數位產業署" (joined by `sep`). */
export function administrationsZh(sep = '、'): string {
  return MINISTRY.administrations.map((a) => a.name).join(sep);
}

/** The administrations' short English names, "ACS, ADI" (joined by `sep`). */
export function administrationsEn(sep = ', '): string {
  return MINISTRY.administrations.map((a) => a.short).join(sep);
}

/** "its two administrations": how many, in words. */
export function administrationCountEn(): string {
  return ['no', 'one', 'two', 'three', 'four', 'five', 'six'][MINISTRY.administrations.length] ?? String(MINISTRY.administrations.length);
}
