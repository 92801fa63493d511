// The English glossary maps the asker's words to the words the documents print: every Chinese side
// must stand in a source document, or no record could ever match it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/core/lexicon.js';
import { REPORT_GLOSSARY } from '../../src/core/glossary-reports.js';
import { SOURCES_DIR } from '../../src/dataset/ingest/text.js';
import { normalizeQuestion } from '../../src/core/normalize.js';

const corpus = readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt'))
  .map((f) => normalizeQuestion(readFileSync(join(SOURCES_DIR, f), 'utf8')).replace(/\s+/g, '')).join('\n');

describe('English glossary of the reports', () => {
  it('maps each English phrase once', () => {
    const keys = GLOSSARY.map(([en]) => en);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
  it('uses only words the documents print', () => {
    expect(REPORT_GLOSSARY.length).toBeGreaterThan(200);
    expect(REPORT_GLOSSARY.filter(([, zh]) => !corpus.includes(zh.replace(/\s+/g, '')))).toEqual([]);
  });
});
