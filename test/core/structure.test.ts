// The core's structure: every number that decides which record answers lives in the weights table,
// and the core never tests the language itself (the phrasebook in src/format says things in each).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offenders as offendersIn, sourceFiles, withoutComments, withoutStrings } from '../code-scan.js';

const CORE = join(import.meta.dirname, '../../src/core');
const WEIGHTS = join(CORE, 'weights.ts');
/** The fitted weights: numbers written by `npm run fit`. */
const LEARNED = join(CORE, 'weights.learned.ts');
/** The modules that read the question's words: the concept table, the matcher and the reader. */
const READER = ['understand.ts', 'correct.ts', 'matcher.ts', 'frame.ts', 'frame-words.ts', 'concepts.ts', 'years.ts', 'normalize.ts', 'lexicon.ts', 'glossary-reports.ts'];
/** Where the question as asked is echoed into the answer (never read). */
const ECHO = ['answers/context.ts', 'converse.ts', 'pick.ts', 'engine.ts'];
/** The longest function the core holds. */
const MAX_FUNCTION_LINES = 40;

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
    expect(offenders(DECIMAL, code, files.filter((f) => f !== WEIGHTS && f !== LEARNED))).toEqual([]);
  });

  it('never tests the language itself: it asks the phrasebook', () => {
    expect(offenders(LANGUAGE_TEST, withoutComments, files)).toEqual([]);
  });
});

/** The top-level alternatives of a pattern: a|b(?:c|d) is a and b(?:c|d). */
function alternatives(pattern: string): string[] {
  const out = [''];
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') { out[out.length - 1] += ch + (pattern[++i] ?? ''); continue; }
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (ch === '|' && depth === 0) out.push('');
    else out[out.length - 1] += ch;
  }
  return out;
}

/** Functions and the lines they span: a declaration or an arrow body, to its closing brace. */
function functionLengths(file: string): { at: string; lines: number }[] {
  const lines = withoutStrings(withoutComments(readFileSync(file, 'utf8'))).split('\n');
  const start = /^\s*(?:export\s+)?(?:async\s+)?function\s+\w+|^\s*(?:export\s+)?const\s+\w+\s*(?::[^=]+)?=\s*(?:\([^)]*\)|\w+)\s*(?::[^=]+)?=>\s*\{\s*$/;
  const out: { at: string; lines: number }[] = [];
  lines.forEach((line, i) => {
    if (!start.test(line)) return;
    let depth = 0;
    for (let j = i; j < lines.length; j++) {
      for (const ch of lines[j]) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      if (depth <= 0 && lines.slice(i, j + 1).join('').includes('{')) {
        out.push({ at: `${relative(CORE, file)}:${i + 1}`, lines: j - i + 1 });
        return;
      }
    }
  });
  return out;
}

describe('src/core reads the question once', () => {
  const files = sourceFiles(CORE);
  const outside = (names: string[]) => files.filter((f) => !names.includes(relative(CORE, f)));

  it('has no normalised or raw question text outside the reader', () => {
    expect(offenders(/\.(?:norm|raw)\b/, withoutComments, outside(READER))).toEqual([]);
  });

  it('reads the question as asked only to echo it in the answer', () => {
    expect(offenders(/\b(?:u|frame|merged|prev|w|asked)\.query\b/, withoutComments, outside([...READER, ...ECHO]))).toEqual([]);
  });

  it('defines each word of the concept table once, and uses every concept', async () => {
    const { WORDS, CONCEPTS } = await import('../../src/core/concepts.js');
    const seen = new Map<string, number>();
    const twice: string[] = [];
    WORDS.forEach((row, i) => {
      const context = `${row.after ?? ''}${row.before ?? ''}${row.englishOnly ? 'en' : ''}`;
      for (const word of [...alternatives(row.chinese ?? ''), ...alternatives(row.english ?? '')].filter(Boolean)) {
        const key = `${word}${context}`;
        if (seen.has(key)) twice.push(`${word} (rows ${seen.get(key)} and ${i})`);
        seen.set(key, i);
      }
    });
    expect(twice).toEqual([]);
    const used = new Set(WORDS.flatMap((r) => r.tags));
    expect(CONCEPTS.filter((c) => !used.has(c))).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap(functionLengths).filter((f) => f.lines > MAX_FUNCTION_LINES)).toEqual([]);
  });
});
