// formatSlackMessage on answers from the real engine, and on answers stretched past every limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { createEngine } from '../../src/core/engine.js';
import type { BudgetLine } from '../../src/dataset/schema.js';
import { DATA_DIR } from '../../src/dataset/paths.js';
import { ACTION, formatSlackMessage, type SlackMessage } from '../../src/format/slack.js';
import { HOME_EXAMPLES } from '../../src/format/slack-home.js';
import { otherSuggestions } from '../../src/format/choices.js';
import { parsePickValue, PICK_ACTION } from '../../src/format/slack-choices.js';
import { escapeSlack, truncateProse } from '../../src/format/slack-text.js';
import { fullWidthBrackets } from '../../src/format/numbers.js';
import { readableStrings } from './fake-slack.js';
import { expectWithinSlackLimits } from './limits.js';
import { CHOICES_QUESTION } from '../conversation/choices.js';

const engine = createEngine();
const lines = JSON.parse(readFileSync(join(DATA_DIR, 'budget_lines.json'), 'utf8')) as BudgetLine[];

function realAnswers(): Answer[] {
  const questions = new Set<string>(['help', 'ADI budget 2025', CHOICES_QUESTION, ...HOME_EXAMPLES]);
  for (const l of lines.filter((x) => x.level === 'agency' || x.level === 'programme').slice(0, 30)) questions.add(`${l.name} ${l.year} 年度預算`);
  const first = [...questions].map((q) => engine.ask(q));
  const follow = first.flatMap((a) => a.suggestions).filter((q) => !questions.has(q)).slice(0, 40).map((q) => engine.ask(q));
  return [...first, ...follow];
}

const answers = realAnswers();
const withTable = answers.find((a) => a.table && a.table.rows.length > 0 && (a.table.numeric?.length ?? 0) > 0);

const tableBlock = (m: SlackMessage) => m.blocks.find((b) => b.type === 'table' || b.type === 'data_table') as { rows: { text: string }[][] } | undefined;
const codeSections = (m: SlackMessage) =>
  m.blocks.filter((b) => b.type === 'section' && String((b.text as { text: string }).text).startsWith('```')).map((b) => (b.text as { text: string }).text);
const codeText = (m: SlackMessage) => codeSections(m).join('\n');
/** Data rows in the fixed-width fallback: each section repeats the header line between its fences. */
const codeRows = (m: SlackMessage) => codeSections(m).reduce((n, s) => n + s.split('\n').length - 3, 0);
const moreRows = (m: SlackMessage) => {
  const note = JSON.stringify(m.blocks).match(/另有 (\d+) 列未顯示|(\d+) more rows? not shown/);
  return note ? Number(note[1] ?? note[2]) : 0;
};

describe('answers from the real engine', () => {
  it('stay within Block Kit limits, private or not', () => {
    expect(answers.length).toBeGreaterThan(10);
    for (const a of answers) {
      expectWithinSlackLimits(formatSlackMessage(a, { ephemeral: true }));
      expectWithinSlackLimits(formatSlackMessage(a));
    }
  });

  it('show the table natively with every figure cell as the engine wrote it, and sources in words', () => {
    expect(withTable, 'some answer has a table').toBeDefined();
    const m = formatSlackMessage(withTable!);
    const t = tableBlock(m)!;
    const cells = (rows: string[][]) => rows.map((r) => (withTable!.table!.numeric ?? []).map((c) => r[c]));
    expect(cells(t.rows.map((r) => r.map((c) => c.text)))).toEqual(
      cells([withTable!.table!.columns, ...withTable!.table!.rows].map((r) => r.map((c) => escapeSlack(c.replace(/\s+/g, ' ').trim()) || '—'))),
    );
    for (const r of t.rows) for (const c of r) expect(c.text).not.toMatch(/\bL\d+\b|\bprose\b|^\d{3} /);
  });

  it('offer share only when private, chart only with a chart, each choice and each other suggestion as a button', () => {
    expect(answers.some((a) => a.choices?.length)).toBe(true);
    for (const a of answers) {
      const ids = (m: SlackMessage) => m.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as { action_id: string; value: string }[]);
      const priv = ids(formatSlackMessage(a, { ephemeral: true }));
      const pub = ids(formatSlackMessage(a));
      expect(priv.some((e) => e.action_id === ACTION.share)).toBe(a.intent !== 'help');
      expect(pub.some((e) => e.action_id === ACTION.share)).toBe(false);
      expect(pub.some((e) => e.action_id === ACTION.chart)).toBe(Boolean(a.chart));
      const asks = pub.filter((e) => e.action_id.startsWith(ACTION.ask)).map((e) => e.value);
      expect(asks).toEqual(otherSuggestions(a).slice(0, 5).map(escapeSlack));
      const picks = pub.filter((e) => PICK_ACTION.test(e.action_id)).map((e) => parsePickValue(e.value)?.pick);
      expect(picks).toEqual((a.choices ?? []).map((c) => c.pick));
    }
  });

  it('escape what the person typed, everywhere', () => {
    const a = engine.ask('<!channel> <!here> <@U123> 數位產業署 114 年度預算 & <b>');
    for (const t of readableStrings(formatSlackMessage(a, { ephemeral: true }))) {
      expect(t).not.toMatch(/<[!@#a-z]/);
    }
    expect(formatSlackMessage(a).text).toContain('&lt;!channel&gt;');
  });
});

describe('answers past the limits', () => {
  const base = withTable!;
  const tall = (n: number): Answer => ({ ...base, table: { ...base.table!, rows: Array.from({ length: n }, (_, i) => base.table!.rows[i % base.table!.rows.length]) } });
  const wide = (cols: number): Answer => {
    const t = base.table!;
    const idx = Array.from({ length: cols }, (_, i) => i % t.columns.length);
    return { ...base, table: { columns: idx.map((c, i) => `${t.columns[c]} ${i}`), rows: t.rows.map((r) => idx.map((c) => r[c])), numeric: idx.flatMap((c, i) => (t.numeric?.includes(c) ? [i] : [])) } };
  };

  it('fall back to a code block past 100 rows, dropping whole rows and counting them', () => {
    for (const n of [99, 100, 250, 2000]) {
      const a = tall(n);
      const m = formatSlackMessage(a);
      expectWithinSlackLimits(m);
      const table = tableBlock(m);
      const shown = table ? table.rows.length - 1 : codeRows(m);
      expect(shown + moreRows(m), `rows at n=${n}`).toBe(n);
      if (!table) {
        const code = codeText(m);
        for (const r of a.table!.rows.slice(0, shown)) for (const c of a.table!.numeric ?? []) expect(code).toContain(r[c]);
      }
    }
  });

  it('fall back to a code block past 20 columns', () => {
    const m = formatSlackMessage(wide(25));
    expectWithinSlackLimits(m);
    expect(tableBlock(m)).toBeUndefined();
    expect(codeText(m)).toContain(base.table!.rows[0][base.table!.numeric![0]]);
  });

  it('never cut a number in a long summary, and never exceed a section', () => {
    const digits = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n.toLocaleString('en-US'));
    const decimal = fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a.toLocaleString('en-US')}.${b}`);
    const word = fc.constantFrom('預算', '數位產業署', ' budget ', 'ADI', ' & ', '<!channel>', '。', '，', ' ', '\n', '<@U123>', '億元', '(', ')', '%');
    const summary = fc.array(fc.oneof(digits, decimal, word, word), { minLength: 200, maxLength: 1500 }).map((p) => p.join(''));
    fc.assert(
      fc.property(summary, fc.constantFrom<'zh' | 'en'>('zh', 'en'), (s, lang) => {
        const a: Answer = { ...base, lang, summary: s };
        const m = formatSlackMessage(a);
        expectWithinSlackLimits(m);
        const shown = (m.blocks[1].text as { text: string }).text;
        const full = escapeSlack(lang === 'zh' ? fullWidthBrackets(s) : s);
        if (shown === full) return;
        const kept = shown.slice(0, shown.lastIndexOf('…'));
        expect(full.startsWith(kept)).toBe(true);
        const next = full.slice(kept.length);
        const insideNumber = /\d[.,]?$/.test(kept) && /^[.,]?\d/.test(next);
        const insideEntity = /&[a-z]*$/.test(kept);
        expect(insideNumber || insideEntity, `cut inside a token: …${kept.slice(-12)}|${next.slice(0, 12)}`).toBe(false);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('keep random tables within limits with every row either shown whole or counted', () => {
    const cell = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }).map((n) => n.toLocaleString('en-US')), fc.string({ maxLength: 80 }), fc.constant('<!here>'));
    const table = fc.integer({ min: 1, max: 30 }).chain((cols) =>
      fc.record({
        columns: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: cols, maxLength: cols }),
        rows: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { maxLength: 220 }),
        numeric: fc.subarray(Array.from({ length: cols }, (_, i) => i)),
      }),
    );
    fc.assert(
      fc.property(table, (t) => {
        const m = formatSlackMessage({ ...base, table: t });
        expectWithinSlackLimits(m);
        const tb = tableBlock(m);
        if (tb) {
          expect(tb.rows.length - 1 + moreRows(m)).toBe(t.rows.length);
          tb.rows.slice(1).forEach((r, i) => t.numeric.forEach((c) => expect(r[c].text).toBe(escapeSlack(t.rows[i][c].replace(/\s+/g, ' ').trim()) || '—')));
        }
        for (const s of readableStrings(m.blocks)) expect(s).not.toMatch(/<[!@]/);
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });

  it('truncate prose with a note', () => {
    const a: Answer = { ...base, summary: base.summary.repeat(200) };
    const m = formatSlackMessage(a);
    expectWithinSlackLimits(m);
    expect(JSON.stringify(m.blocks[1])).toContain(a.lang === 'zh' ? '已截斷' : 'truncated');
    expect(truncateProse('短句。', 3000, 'zh')).toBe('短句。');
  });
});
