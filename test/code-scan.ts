// Reading the project's code as code: its files, without comments (or strings), and the lines where a
// pattern stands. For the structure tests.
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { join } from 'node:path';

export function sourceFiles(dir: string, ext = /\.ts$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []);
}

/** Blanks a match out, keeping its line breaks so that line numbers still count. */
const blank = (m: string) => m.replace(/[^\n]/g, ' ');

export function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/(^|[^:\\])\/\/.*$/gm, (m, pre: string) => pre + blank(m.slice(pre.length)));
}

export function withoutStrings(code: string): string {
  return code.replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, blank);
}

/** The lines of the code where the pattern stands, as file:line: text (the file relative to `root`). */
export function offenders(pattern: RegExp, clean: (code: string) => string, files: string[], root: string): string[] {
  return files.flatMap((file) => {
    const raw = readFileSync(file, 'utf8').split('\n');
    return clean(readFileSync(file, 'utf8')).split('\n')
      .flatMap((line, k) => (pattern.test(line) ? [`${relative(root, file)}:${k + 1}: ${raw[k].trim()}`] : []));
  });
}
