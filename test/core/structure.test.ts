// The core's structure: every number that decides which record answers lives in the weights table,
// and the core never tests the language itself (the phrasebook in src/format says things in each).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offenders as offendersIn, sourceFiles, withoutComments, withoutStrings } from '../code-scan.js';

const CORE = join(import.meta.dirname, '../../src/core');
const WEIGHTS = join(CORE, 'weights.ts');

const DECIMAL = /(?<![\w.])\d+\.\d+(?![\w.])/;
const LANGUAGE_TEST = /\blang\s*[!=]==|[!=]==\s*['"](?:zh|en)['"]|['"](?:zh|en)['"]\s*[!=]==|(?<![\w.])zh\s*\?(?![.?])/;

/** The lines of the core where the pattern stands, as file:line: text. */
const offenders = (pattern: RegExp, clean: (code: string) => string, files: string[]) => offendersIn(pattern, clean, files, CORE);

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
