// The gap report as Markdown (for people and issue trackers), CSV (for a spreadsheet) and a short
// plain text for a chat reply (the top groups only, within the platform's length).
import type { Lang } from '../../core/answer.js';
import { csvText } from '../web/csv.js';
import type { GapGroup, GapGroups } from './groups.js';
import type { LogSummary } from './records.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const none = (s: string | undefined) => s || '—';

function header(s: LogSummary, lang: Lang): string {
  const when = `${day(s.from)} → ${day(s.to)} UTC`;
  return lang === 'zh'
    ? `${when}：共 ${s.questions} 題；${s.figures} 題有數字，${s.noFigure} 題沒有數字，${s.choices} 題給了選項；👎 ${s.down}、👍 ${s.up}。`
    : `${when}: ${s.questions} questions; ${s.figures} with a figure, ${s.noFigure} without one, ${s.choices} with choices; 👎 ${s.down}, 👍 ${s.up}.`;
}

// a question is shown as text in any Markdown viewer: no table breaks, no HTML
const cell = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const examples = (g: GapGroup) => g.examples.map(cell).join('<br>');
const counts = (g: GapGroup) => [g.asked, g.noFigure, g.choices, g.down].map(String);

export function reportMarkdown(s: LogSummary, groups: GapGroups): string {
  const frameRows = groups.byFrame.map((g, i) =>
    `| ${i + 1} | ${counts(g).join(' | ')} | ${cell(none(g.subject))} | ${none(g.measure)} | ${none(g.operation)} | ${examples(g)} |`);
  const wordRows = groups.byWord.map((g, i) => `| ${i + 1} | ${cell(g.word!)} | ${counts(g).join(' | ')} | ${examples(g)} |`);
  return [
    '# Gap report · 缺口報告', '',
    header(s, 'en'), header(s, 'zh'), '',
    'Questions that got no figure, got choices, or were marked 👎, most asked first.', '',
    '## By what the frame understood · 依理解的問題', '',
    '| # | asked | no figure | choices | 👎 | subject | measure | operation | examples |',
    '|--:|--:|--:|--:|--:|---|---|---|---|',
    ...(frameRows.length ? frameRows : ['| | 0 | 0 | 0 | 0 | | | | |']), '',
    '## By words it could not read · 依讀不懂的詞', '',
    '| # | word | asked | no figure | choices | 👎 | examples |',
    '|--:|---|--:|--:|--:|--:|---|',
    ...(wordRows.length ? wordRows : ['| | | 0 | 0 | 0 | 0 | |']), '',
  ].join('\n');
}

export function reportCsv(groups: GapGroups): string {
  const columns = ['grouping', 'rank', 'subject', 'measure', 'operation', 'word', 'asked', 'no_figure', 'choices', 'thumbs_down', 'example_1', 'example_2'];
  const row = (grouping: string, g: GapGroup, i: number) => [
    grouping, String(i + 1), g.subject ?? '', g.measure ?? '', g.operation ?? '', g.word ?? '', ...counts(g), g.examples[0] ?? '', g.examples[1] ?? '',
  ];
  const rows = [...groups.byFrame.map((g, i) => row('frame', g, i)), ...groups.byWord.map((g, i) => row('word', g, i))];
  return csvText(columns, rows, new Set([1, 6, 7, 8, 9]));
}

const CHAT = {
  zh: {
    title: (since: string) => `缺口報告（最近 ${since}）`,
    byFrame: '依理解的問題（對象・量・運算）：',
    byWord: '讀不懂的詞：',
    tally: (g: GapGroup) => `${g.asked} 題（沒有數字 ${g.noFigure}、選項 ${g.choices}、👎 ${g.down}）`,
    quote: (q: string) => `「${q}」`,
    empty: '這段期間沒有缺口。',
    more: (since: string) => `完整報告：npm run report -- --since ${since}`,
  },
  en: {
    title: (since: string) => `Gap report (last ${since})`,
    byFrame: 'By what was understood (subject · measure · operation):',
    byWord: 'Words not read:',
    tally: (g: GapGroup) => `${g.asked} asked (no figure ${g.noFigure}, choices ${g.choices}, 👎 ${g.down})`,
    quote: (q: string) => `“${q}”`,
    empty: 'No gaps in this period.',
    more: (since: string) => `Full report: npm run report -- --since ${since}`,
  },
};

const EXAMPLE_CHARS = 60;
const clipped = (q: string) => (q.length > EXAMPLE_CHARS ? `${q.slice(0, EXAMPLE_CHARS - 1)}…` : q);

/** The top groups as plain text of at most `maxChars` (the caller escapes it for its platform). */
export function reportChat(s: LogSummary, groups: GapGroups, since: string, lang: Lang, maxChars = 1800): string {
  const w = CHAT[lang];
  const lines = [w.title(since), header(s, lang)];
  const tail = w.more(since);
  let used = lines.join('\n').length + tail.length + 2;
  const section = (title: string, list: GapGroup[], label: (g: GapGroup) => string) => {
    if (!list.length) return;
    const block = [title];
    for (const [i, g] of list.entries()) {
      const entry = [`${i + 1}. ${label(g)} — ${w.tally(g)}`, `   ${g.examples.map((q) => w.quote(clipped(q))).join(' ')}`];
      // the section's title counts with its first entry
      const size = entry.join('\n').length + 1 + (block.length === 1 ? title.length + 1 : 0);
      if (used + size > maxChars) break;
      used += size;
      block.push(...entry);
    }
    if (block.length > 1) lines.push(...block);
  };
  if (!s.records.length) lines.push(w.empty);
  section(w.byFrame, groups.byFrame, (g) => [g.subject, g.measure, g.operation].map(none).join(lang === 'zh' ? '・' : ' · '));
  section(w.byWord, groups.byWord, (g) => g.word!);
  lines.push(tail);
  return lines.join('\n');
}
