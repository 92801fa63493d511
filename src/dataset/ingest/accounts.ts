// Expenditure account numbers (00 AAAA 0000 for an agency, 5F AAAA PP NN for its function, programme
// and work plan) as a book prints them next to a name anywhere in its tables ("5262200100 一般行政"),
// plus the nine-digit ones a correction quotes. Tables that print names only take their codes here.
import type { AgencyCode } from '../schema.js';
import { ACCOUNT_CODE_CORRECTIONS, correctionFor, quotedLine } from './corrections.js';
import { compact, type Doc } from './source.js';
import { cells } from './text.js';

const ACCOUNT_CELL = /^((?:00|5\d)\d{8})\s+(\S.*)$/;

/** Codes by agency and name with spaces removed: "6220 一般行政"; 0062000000 is the ministry as a whole (62). */
function directory(d: Doc): Map<string, Set<string>> {
  return d.memo('accounts', () => {
    const out = new Map<string, Set<string>>();
    const add = (code: string, name: string) => {
      const key = `${code.slice(2, 6).replace(/^6200$/, '62')} ${compact(name)}`;
      out.set(key, (out.get(key) ?? new Set<string>()).add(code));
    };
    for (const m of d.lines.flatMap(cells).map((c) => ACCOUNT_CELL.exec(c))) if (m) add(m[1], m[2]);
    for (const c of ACCOUNT_CODE_CORRECTIONS) {
      if (!d.lines.some((l) => l.includes(c.printed))) continue;
      quotedLine(d, c);
      add(c.corrected, c.printed.replace(/^\d+\s+/, ''));
    }
    return out;
  });
}

/** The account number of a name under an agency, when the book prints exactly one. */
export function accountCode(d: Doc, agency: AgencyCode, name: string): string | null {
  const codes = [...(directory(d).get(`${agency} ${compact(name)}`) ?? [])];
  return codes.length === 1 ? codes[0] : null;
}

/** The account number of a name of the book's own agency, which the book must print. */
export function ownAccount(d: Doc, name: string): string {
  return accountCode(d, d.agency, name) ?? d.fail('-', `no account number for "${name}"`);
}

/** A name cell that may print its code first ("006220000 數位產業署"): the code, corrected, and the name. */
export function splitAccount(d: Doc, cell: string, line: number): { code: string | null; name: string } {
  const m = /^(\d{9,10})\s*(\D.*)$/.exec(cell.trim());
  if (!m) return { code: null, name: compact(cell) };
  const corrected = () => correctionFor(d, ACCOUNT_CODE_CORRECTIONS, cell) ?? d.fail(line, `account number "${m[1]}" has nine digits and no correction`);
  return { code: m[1].length === 10 ? m[1] : corrected(), name: compact(m[2]) };
}
