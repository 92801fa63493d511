// Settings from `.env` in the directory a command is started in (the project's, for every npm
// script), read the same way by the bot and every other entry point: variables already set in the
// environment win over the file.
import { existsSync } from 'node:fs';

export const ENV_FILE = '.env';

/** Loads `.env` when there is one; says whether it did. */
export function loadEnvFile(path = ENV_FILE): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}
