// Citations on every surface, on real answers: short titles, tables, rows and lines in words; never an
// internal code (`L790`, `prose`, a document number); links to the source viewer when a base URL is set.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { citationTexts, shortTitle } from '../../src/format/citations.js';
import { formatDiscordMessage } from '../../src/format/discord.js';
import { formatSlackMessage } from '../../src/format/slack.js';
import { formatTerminal } from '../../src/format/terminal.js';
import { HOME_EXAMPLES } from '../../src/format/slack-home.js';

const engine = createEngine();
const QUESTIONS = [
  ...HOME_EXAMPLES, '114 年度哪個機關預算最多', '數位產業署 114 年度預算', '數產署 112 到 114 年度預算比較',
  '搜尋 無障礙', 'MyData agencies connected', '連結亞太強韌陸海空網路計畫執行情形', 'ACS budget 2025',
];
const answers = QUESTIONS.map((q) => engine.ask(q));

/** An internal code a reader cannot use: a line as L123, the data's `prose` tables, a file's number. */
const CODE = /\bL\d+\b|\bprose\b|(?<![\d,.])00[0-4](?=[\s_])|\d{3}_[0-9a-f]{6}/;

function surfaces(a: (typeof answers)[number]): string[] {
  const slack = formatSlackMessage(a);
  return [
    JSON.stringify(slack.blocks), JSON.stringify(slack.fallback?.blocks ?? []),
    JSON.stringify(formatDiscordMessage(a).embeds), formatTerminal(a),
  ];
}

describe('citations', () => {
  it('name documents by short title, never by an internal code, on every surface', () => {
    for (const a of answers) for (const text of surfaces(a)) expect(text, a.query).not.toMatch(CODE);
  });

  it('say each document once, with its table, rows and the printed page of each row', () => {
    const ranking = engine.ask('114 年度哪個機關預算最多');
    const texts = citationTexts(ranking);
    expect(texts).toHaveLength(new Set(ranking.sources.map((s) => s.doc)).size);
    const [text] = texts;
    expect(text.startsWith(shortTitle(ranking.sources[0].title, 'zh'))).toBe(true);
    for (const f of ranking.figures) {
      expect(f.source!.page, f.label).toBeDefined();
      expect(text).toContain(`（第 ${f.source!.page} 頁）`);
      expect(text).not.toContain(`第 ${f.source!.line} 行`);
    }
    expect(text).toContain(ranking.sources[0].table!);
    expect(text.split(shortTitle(ranking.sources[0].title, 'zh')).length - 1).toBe(1);
  });

  it('link every page to the source viewer at its line when a base URL is set', () => {
    const a = engine.ask('數位產業署 114 年度預算');
    const { line, page, doc } = a.figures[0].source!;
    const url = `https://budget.example.tw/sources/${encodeURIComponent(doc)}#L${line}`;
    const slack = JSON.stringify(formatSlackMessage(a, { baseUrl: 'https://budget.example.tw/' }).blocks);
    expect(slack).toContain(`第 <${url}|${page}> 頁`);
    const discord = JSON.stringify(formatDiscordMessage(a, { baseUrl: 'https://budget.example.tw' }).embeds);
    expect(discord).toContain(`第 [${page}](${url}) 頁`);
  });

  it('give a table printed without counted pages its pages once, after its name, each row linked', () => {
    const a = engine.ask('數位發展部主管 114 年度用途別細分');
    const src = a.sources.find((s) => s.table === '歲出一級用途別科目分析表')!;
    expect(src.page).toBeUndefined();
    const [text] = citationTexts(a, { baseUrl: 'https://budget.example.tw', link: (t, u) => `[${t}](${u})` });
    expect(text).toContain(`歲出一級用途別科目分析表（第 [${src.pages}](https://budget.example.tw/sources/${src.doc}#L${src.line}) 頁）`);
  });

  it('name a report\'s numbered section, in both languages, and a row by its label before the date', () => {
    const zh = engine.ask('MyData 會員數');
    const en = engine.ask('MyData members');
    const section = en.figures[0].source!.section!;
    expect(section).toMatch(/^[壹貳參肆伍陸柒捌玖拾]+、/);
    expect(citationTexts(zh)[0]).toContain(`（${section.slice(0, 20)}`);
    const [text] = citationTexts(en);
    expect(text).toContain(`MyData members (section ${section.slice(0, 20)}`);
    expect(text).not.toMatch(/（Feb|line \d/);
  });

  it('read titles as staff say them, in both languages', () => {
    expect(shortTitle('中華民國114年度中央政府總預算 數位發展部主管預算', 'zh')).toBe('114 年度總預算書');
    expect(shortTitle('中華民國112年度中央政府總預算 數位發展部數位產業署單位預算', 'zh')).toBe('112 年度數位產業署單位預算');
    expect(shortTitle('數位發展部業務概況報告（立法院第11屆第5會期交通委員會，115年4月）', 'zh')).toBe('業務概況報告（115 年 4 月）');
    expect(shortTitle('中華民國114年度中央政府總預算 數位發展部主管預算', 'en')).toBe('FY2025 general budget');
  });
});
