// The core's structure: every number that decides which record answers lives in the weights table,
// and the core never tests the language itself (the phrasebook in src/format says things in each).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../../src/core');
const WEIGHTS = join(CORE, 'weights.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/** Blanks a match out, keeping its line breaks so that line numbers still count. */
const blank = (m: string) => m.replace(/[^\n]/g, ' ');

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/(^|[^:\\])\/\/.*$/gm, (m, pre: string) => pre + blank(m.slice(pre.length)));
}

function withoutStrings(code: string): string {
  return code.replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, blank);
}

const DECIMAL = /(?<![\w.])\d+\.\d+(?![\w.])/;
const LANGUAGE_TEST = /\blang\s*[!=]==|[!=]==\s*['"](?:zh|en)['"]|['"](?:zh|en)['"]\s*[!=]==|(?<![\w.])zh\s*\?(?![.?])/;

/** The lines of the code where the pattern stands, as file:line: text. */
function offenders(pattern: RegExp, clean: (code: string) => string, files: string[]): string[] {
  return files.flatMap((file) => {
    const raw = readFileSync(file, 'utf8').split('\n');
    return clean(readFileSync(file, 'utf8')).split('\n')
      .flatMap((line, k) => (pattern.test(line) ? [`${relative(CORE, file)}:${k + 1}: ${raw[k].trim()}`] : []));
  });
}

describe('the detectors', () => {
  it('see a decimal in code but not in a comment or a string', () => {
    expect(DECIMAL.test(withoutStrings(withoutComments('const w = 0.3;')))).toBe(true);
    expect(DECIMAL.test(withoutStrings(withoutComments('// costs 0.2 s\nconst s = "v1.5 0.5";')))).toBe(false);
  });
  it('see a language tested in code but not in a comment', () => {
    for (const code of ["lang === 'zh' ? a : b", "u.lang !== 'en'", "const x = zh ? '多' : 'more';"]) {
      expect(LANGUAGE_TEST.test(withoutComments(code))).toBe(true);
    }
    expect(LANGUAGE_TEST.test(withoutComments("// lang === 'zh'\nconst a = info.zh ? 1 : 2;"))).toBe(false);
  });
});

describe('src/core', () => {
  const files = sourceFiles(CORE);

  it('holds no decimal literal outside the weights table', () => {
    const code = (c: string) => withoutStrings(withoutComments(c));
    expect(offenders(DECIMAL, code, files.filter((f) => f !== WEIGHTS))).toEqual([]);
  });

  it('never tests the language itself: it asks the phrasebook', () => {
    expect(offenders(LANGUAGE_TEST, withoutComments, files)).toEqual([]);
  });
});
