// Where the project's files are, found from wherever this code runs (the TypeScript source, the
// compiled tree or the bundle): the nearest directory above that holds the package.json.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const ROOT = projectRoot(import.meta.dirname);
/**
 * The data directory: `DATA_DIR` from the environment (a copy of data/ with other documents added,
 * for one), else the project's data/. Read once, when the code loads.
 */
export const DATA_DIR = process.env.DATA_DIR ? resolve(process.env.DATA_DIR) : join(ROOT, 'data');
