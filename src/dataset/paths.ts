// Where the project's files are, found from wherever this code runs (the TypeScript source, the
// compiled tree or the bundle): the nearest directory above that holds the package.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const ROOT = projectRoot(import.meta.dirname);
export const DATA_DIR = join(ROOT, 'data');
