// Answer → Discord message: aligned tables on real rows, Discord's limits, escaping, custom_ids.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Answer } from '../../src/core/answer.js';
import { createEngine, type Engine } from '../../src/core/engine.js';
import type { BudgetLine } from '../../src/dataset/schema.js';
import { formatDiscordMessage, LIMITS, type DiscordMessage } from '../../src/format/discord.js';
import { EMBED_COLUMNS, layoutTable, paginate, renderTablePage } from '../../src/format/discord-table.js';
import { chartId, pageId, pickId, parseCustomId, suggestionId, CUSTOM_ID_MAX } from '../../src/format/discord-ids.js';
import { clip, escapeDiscord, neutralizeMentions, restoreMentions } from '../../src/format/discord-text.js';
import { formatMoneyCell } from '../../src/format/numbers.js';
import { readableTable } from '../../src/format/readable-table.js';
import { displayWidth } from '../../src/format/width.js';

let engine: Engine;
let lines: BudgetLine[];
beforeAll(() => {
  engine = createEngine();
  lines = (JSON.parse(readFileSync('data/budget_lines.json', 'utf8')) as BudgetLine[]).filter((l) => l.budget !== null);
});

const codeLines = (description: string) => /```\n([\s\S]*?)\n```/.exec(description)?.[1].split('\n') ?? [];
const fitsEmbed = (lines: string[]) => lines.every((l) => displayWidth(l) <= EMBED_COLUMNS);

function checkLimits(m: DiscordMessage): void {
  expect(m.allowed_mentions).toEqual({ parse: [] });
  for (const e of m.embeds) {
    const fields = e.fields ?? [];
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    expect(e.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.author);
    expect(fields.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of fields) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    const total = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) +
      fields.reduce((s, f) => s + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  }
  const buttons = m.components.flatMap((r) => r.components) as { custom_id: string; label: string }[];
  expect(m.components.length).toBeLessThanOrEqual(5);
  expect(new Set(buttons.map((b) => b.custom_id)).size).toBe(buttons.length);
  for (const b of buttons) {
    expect(b.custom_id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(b.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
  }
}

describe('code-block tables', () => {
  it('line up real rows of mixed Chinese and ASCII: every line has the same display width', () => {
    expect(lines.length, 'data/budget_lines.json has rows').toBeGreaterThan(20);
    const table = {
      columns: ['項目 Item', 'Code', '本年度預算（千元）', '上年度 (NT$ 千元)'],
      rows: lines.slice(0, 60).map((l) => [l.name, l.code ?? '-', formatMoneyCell(l.budget!, 'zh'), l.previousBudget === null ? '-' : formatMoneyCell(l.previousBudget, 'zh')]),
      numeric: [2, 3],
    };
    const layout = layoutTable(table);
    const all = [...layout.header, ...layout.rows].flatMap((r) => r.split('\n'));
    expect(new Set(all.map(displayWidth)).size).toBe(1);
    expect(fitsEmbed(all)).toBe(true);
    // numbers are right-aligned and whole, on the first line of their row
    layout.rows.forEach((row, i) => expect(row.split('\n')[0].endsWith(table.rows[i][3])).toBe(true));
    layout.rows.forEach((row, i) => expect(row.split('\n')[0]).toContain(table.rows[i][2]));
  });

  it('keeps the amount header of a ranking on at most two lines when the table has the room', () => {
    for (const q of ['114 年度哪個機關預算最多', 'Which agency has the largest budget in 2025?']) {
      const a = engine.ask(q);
      const table = readableTable(a)!;
      const amount = table.columns.findIndex((c) => /千元|million/.test(c));
      expect(amount, q).toBeGreaterThanOrEqual(0);
      const layout = layoutTable(table);
      const headLines = layout.header.length - 1; // the last is the rule
      expect(headLines, q).toBeLessThanOrEqual(2);
      expect(displayWidth(table.columns[amount]), q).toBeGreaterThan(layout.widths[amount]);
      expect(fitsEmbed([...layout.header, ...layout.rows.flatMap((r) => r.split('\n'))]), q).toBe(true);
    }
  });

  it('lines up the tables of real answers as sent', () => {
    for (const q of ['數位產業署 114 年度預算', '114 年度預算最多的前 5 名工作計畫排名', 'ADI budget 2025', 'help']) {
      const answer = engine.ask(q);
      const block = codeLines(formatDiscordMessage(answer).embeds[0].description ?? '');
      expect(block.length, q).toBeGreaterThan(2);
      expect(new Set(block.map(displayWidth)).size, q).toBe(1);
      expect(fitsEmbed(block), q).toBe(true);
    }
  });

  it('wraps text cells of real answers instead of cutting them, and keeps prose out of number columns', () => {
    for (const q of ['114 年度預算最多的前 5 名工作計畫排名', '連結亞太強韌陸海空網路計畫執行情形', '搜尋 無障礙', '數位產業署 114 年度預算', 'MyData 介接機關數']) {
      const answer = engine.ask(q);
      const table = readableTable(answer)!;
      const layout = layoutTable(table);
      const numeric = new Set(table.numeric ?? []);
      layout.cells.forEach((row, r) => row.forEach((lines, c) => {
        const cell = table.rows[r][c].replace(/\s+/g, ' ').trim();
        const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/^.*?：/, '');
        // every character is there, in order: nothing cut
        expect(squeeze(lines.join('')), `${q}: ${cell}`).toContain(squeeze(cell).replace(/^.*?：/, ''));
        // a word that fits the column is never split across lines
        const width = layout.widths[Math.min(c, layout.widths.length - 1)];
        for (const word of cell.match(/[A-Za-z0-9.,%+-]+/g) ?? []) if (displayWidth(word) <= width) expect(lines.some((l) => l.includes(word)), `${q}: ${word}`).toBe(true);
        if (numeric.has(c)) expect(displayWidth(cell), `${q}: prose in a number column`).toBeLessThanOrEqual(20);
      }));
      const block = codeLines(formatDiscordMessage(answer).embeds[0].description ?? '');
      expect(fitsEmbed(block), q).toBe(true);
      // no ellipsis of ours: only those the engine's own snippets carry
      const ours = block.join('\n').split('…').length - 1;
      expect(ours, q).toBeLessThanOrEqual(table.rows.flat().join('').split('…').length - 1);
    }
  });

  it('shows a figure at most twice: in the summary and in the table or a field', () => {
    for (const q of ['數位產業署 114 年度預算', '114 年度哪個機關預算最多', 'MyData 介接機關數']) {
      const m = formatDiscordMessage(engine.ask(q));
      const all = JSON.stringify(m.embeds);
      const a = engine.ask(q);
      const money = formatMoneyCell(a.figures[0].value, 'zh');
      if (a.figures[0].unit === 'TWD') expect(all.split(money).length - 1, q).toBeLessThanOrEqual(2);
      if (a.table?.rows.length) expect(m.embeds[0].fields?.every((f) => f.name === '📄 出處')).toBe(true);
    }
  });

  it('pages cover every row once, each page within its budget', () => {
    const table = { columns: ['名稱', '預算'], rows: lines.map((l) => [l.name, formatMoneyCell(l.budget!, 'zh')]), numeric: [1] };
    const bounds = paginate(layoutTable(table), 1500);
    expect(bounds[0][0]).toBe(0);
    expect(bounds.at(-1)![1]).toBe(table.rows.length);
    bounds.forEach(([from, to], p) => {
      if (p > 0) expect(from).toBe(bounds[p - 1][1]);
      expect(renderTablePage(table, p, 1500).block.length).toBeLessThanOrEqual(1500);
      expect(to).toBeGreaterThan(from);
    });
  });
});

describe('limits', () => {
  it('keeps a real answer blown up far beyond the limits within them, dropping whole rows and saying how many', () => {
    const real = engine.ask('114 年度預算最多的前 5 名工作計畫排名');
    const table = real.table!;
    const big: Answer = {
      ...real,
      summary: real.summary.repeat(30),
      figures: Array.from({ length: 40 }, () => real.figures).flat(),
      table: { ...table, rows: Array.from({ length: 80 }, () => table.rows).flat() },
      sources: Array.from({ length: 60 }, (_, i) => ({ ...real.sources[0], line: i + 1 })),
    };
    const m = formatDiscordMessage(big);
    checkLimits(m);
    const d = m.embeds[0].description!;
    const shown = Number(/第 1–(\d+) 列/.exec(d)?.[1]);
    expect(d).toContain(`共 ${big.table!.rows.length} 列；還有 ${big.table!.rows.length - shown} 列`);
    const block = codeLines(d).join('\n');
    for (const r of table.rows) for (const c of table.numeric ?? []) expect(block).toContain(r[c]);
    expect(fitsEmbed(codeLines(d))).toBe(true);
    // the table shows the figures: they are not repeated as fields
    expect(m.embeds[0].fields!.map((f) => f.name)).toEqual(['📄 出處']);
  });

  it('respects every limit for arbitrary tables and text', () => {
    const text = fc.string({ unit: fc.constantFrom('預', '算', 'A', 'b', ' ', '1', '@', '*', '`', '<', '>', '_', '數', 'ｗ'), maxLength: 300 });
    const num = fc.integer({ min: -1e12, max: 1e12 }).map((n) => formatMoneyCell(n * 1000, 'zh'));
    fc.assert(
      fc.property(text, fc.array(fc.tuple(text, num, text), { maxLength: 120 }), fc.nat(10), (summary, rows, page) => {
        const answer: Answer = {
          query: summary, lang: 'zh', intent: 'search', summary, figures: [], sources: [], suggestions: [summary, summary + '1'],
          table: { columns: ['名稱', '數字', 'Text'], rows: rows.map((r) => [...r]), numeric: [1] },
        };
        const m = formatDiscordMessage(answer, { page });
        checkLimits(m);
        const block = codeLines(m.embeds[0].description ?? '');
        expect(fitsEmbed(block)).toBe(true);
        // every number is shown whole, on one line
        const shown = Number(/第 \d+–(\d+) 列/.exec(m.embeds[0].description ?? '')?.[1] ?? (block.length ? rows.length : 0));
        for (const r of rows.slice(0, shown)) if (r[1].trim()) expect(block.some((l) => l.includes(r[1].trim()))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('escaping and cutting', () => {
  it('escapes markdown and neutralises mentions', () => {
    const out = escapeDiscord('@everyone @here <@123> <@&5> <#9> **b** _i_ ~~s~~ ||x|| `c` > q');
    expect(out).not.toMatch(/@everyone|@here|<@123>|<@&5>|<#9>/);
    expect(out).toContain('\\*\\*b\\*\\*');
    expect(out).toContain('\\`c\\`');
    for (const c of ['_', '~', '|', '>']) expect(out).toContain(`\\${c}`);
  });

  it('reads neutralised text back as typed', () => {
    fc.assert(fc.property(fc.string().filter((s) => !s.includes('\u200b')), (s) => restoreMentions(neutralizeMentions(s)) === s));
  });

  it('never cuts inside a number', () => {
    const word = fc.oneof(fc.integer({ min: 0, max: 1e9 }).map((n) => n.toLocaleString('en-US')), fc.constantFrom('億元', 'budget', '預算', '（', '%'));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 2, max: 200 }), (words, max) => {
        const text = words.join(' ');
        const cut = clip(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut === text) return;
        const kept = cut.slice(0, -1);
        const last = /[0-9.,%]+$/.exec(kept.trimEnd());
        if (last) expect(/^[0-9.,%]/.test(text.slice(kept.trimEnd().length))).toBe(false);
      }),
    );
  });
});

describe('custom_ids', () => {
  it('fit in 100 characters and read back, with the question when it fits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.nat(9999), fc.nat(24), (q, page, index) => {
        for (const id of [pageId(page, q), chartId(q), suggestionId(q, index, q)]) expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
        const p = parseCustomId(pageId(page, q));
        expect(p).toMatchObject({ kind: 'page', page });
        if (pageId(page, q).includes(':') && q.trim()) expect(p).toHaveProperty('query', q);
        if (!q) return;
        const s = parseCustomId(suggestionId(q, index, 'question'));
        if (s?.kind === 'ask') expect(s.text).toBe(q);
        else expect(s).toMatchObject({ kind: 'suggestion', index });
      }),
    );
    expect(parseCustomId('x'.repeat(101))).toBeNull();
    expect(parseCustomId('p1:!!')).toBeNull();
  });

  it('carry a choice\'s pick, and its question when it fits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 1, max: 3 }), fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/), (q, index, pick) => {
        const id = pickId(index, pick, q);
        expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
        const parsed = parseCustomId(id);
        expect(parsed).toMatchObject({ kind: 'pick', index, pick });
        if (parsed && 'query' in parsed) expect(parsed.query).toBe(q);
        else expect(q.trim() === '' || id === `k${index}:${pick}`).toBe(true);
      }),
    );
    for (const bad of ['k1', 'k1:', 'k1:i 4', `k1:${'i'.repeat(33)}`, 'k12:i4', 'k1:i4:!!', 'a.i4:YQ']) expect(parseCustomId(bad)).toBeNull();
  });

  it('carry the pick an answer answered on its page, chart and suggestion buttons', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.nat(9999), fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/), (q, page, pick) => {
        for (const id of [pageId(page, q, pick), chartId(q, pick), suggestionId('x'.repeat(80), 3, q, pick)]) {
          expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
          expect(parseCustomId(id)).toHaveProperty('pick', pick);
        }
        expect(parseCustomId(pageId(page, q))).not.toHaveProperty('pick');
      }),
    );
  });
});
