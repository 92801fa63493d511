// Suggested prompts for the assistant pane, drawn from the data: a budget line, an indicator, a
// major plan and a ranking, with real names the engine lists. A prompt is offered only when the
// engine answers it with a figure, so a click never ends in "not found".
import type { Answer, Intent, Lang } from '../../core/answer.js';
import type { Engine } from '../../core/engine.js';
import { rocToAd } from '../../core/years.js';

export interface SuggestedPrompt {
  title: string;
  message: string;
}

type Kind = 'line' | 'kpi' | 'plan' | 'ranking';

const KINDS: Kind[] = ['line', 'kpi', 'plan', 'ranking'];

/** The intents an answer to each kind of prompt may have. */
const FITS: Record<Kind, Intent[]> = {
  line: ['amount'],
  kpi: ['kpi'],
  plan: ['plan'],
  ranking: ['ranking'],
};

const LABEL: Record<Lang, Record<Kind, string>> = {
  zh: { line: '預算', kpi: '績效指標', plan: '重大計畫', ranking: '排名' },
  en: { line: 'Budget', kpi: 'Indicator', plan: 'Major plan', ranking: 'Ranking' },
};

/** Ranking levels in the words the core reads, with how each is said in English. */
const RANK_LEVELS: { zh: string; en: string; short: string }[] = [
  { zh: '機關', en: 'Which agency has the largest budget', short: 'agencies' },
  { zh: '業務計畫', en: 'Top programmes by budget', short: 'programmes' },
  { zh: '工作計畫', en: 'Top work plans by budget', short: 'work plans' },
];

/** How many candidates of one kind are tried before that kind is left out. */
const TRIES = 6;
/** Longest prompt title shown on a chip; the message itself is never cut. */
const TITLE_CHARS = 40;
/** Names longer than this make unreadable chips and are not offered. */
const NAME_CHARS = 30;

/** A budget programme or plan line (not a revenue item, a reserve or a year's total). */
const BUDGET_LINE = /(計畫|經費|業務|行政|建設|強化|創新|升級)$/;
const NOT_A_LINE = /收入|罰|規費|孳息|收回|預備金|合計/;

/** What a ranking prompt's title names: 機關（114 年度） / agencies, 2025. */
function rankingName(level: number, year: number | undefined, lang: Lang): string {
  const l = RANK_LEVELS[level];
  if (lang === 'zh') return `${l.zh}${year ? `（${year} 年度）` : ''}`;
  return `${l.short}${year ? `, ${rocToAd(year)}` : ''}`;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function question(kind: Kind, name: string, year: number | undefined, lang: Lang): string {
  const ad = year === undefined ? '' : ` ${rocToAd(year)}`;
  const roc = year === undefined ? '' : `${year} 年度`;
  if (lang === 'en') {
    if (kind === 'line') return `${name} budget${ad}`;
    if (kind === 'kpi') return `Latest figure for ${name}`;
    if (kind === 'plan') return `Progress of ${name}`;
    return `${name}${year === undefined ? '' : ` in${ad}`}?`;
  }
  if (kind === 'line') return `${name} ${roc}預算多少？`;
  if (kind === 'kpi') return `${name}是多少？`;
  if (kind === 'plan') return `${name}執行進度`;
  return `${roc}預算最多的${name}排名`;
}

export interface PromptSource {
  /** Up to four prompts in the language, one of each kind the data answers; `seed` rotates the names. */
  prompts(lang: Lang, seed: string): SuggestedPrompt[];
}

/** Prompts for one engine; names and checks are kept, so a pane opens without asking the engine again. */
export function createPromptSource(engine: Engine): PromptSource {
  const checked = new Map<string, boolean>();
  let names: Record<Kind, string[]> | undefined;
  let latest: number | undefined | null = null;

  const hasFigure = (kind: Kind, q: string): boolean => {
    let ok = checked.get(q);
    if (ok === undefined) {
      const a: Answer = engine.ask(q);
      ok = FITS[kind].includes(a.intent) && a.figures.length > 0;
      checked.set(q, ok);
    }
    return ok;
  };

  const namesOf = (): Record<Kind, string[]> => {
    if (names) return names;
    const agencies = new Set(engine.complete('agency', '', 50));
    const clean = (list: string[]) => list.filter((n) => !/\d/.test(n) && n.length >= 4 && n.length <= NAME_CHARS);
    return (names = {
      line: clean(engine.complete('item', '', 2000)).filter((n) => BUDGET_LINE.test(n) && !NOT_A_LINE.test(n) && !agencies.has(n)),
      kpi: clean(engine.complete('kpi', '', 2000)),
      plan: clean(engine.complete('plan', '', 2000)),
      ranking: [],
    });
  };

  /** The latest budget year: the year of the top agency's budget. */
  const year = (): number | undefined => {
    if (latest === null) latest = engine.command('top', { level: '機關' }).figures[0]?.year;
    return latest;
  };

  const pick = (kind: Kind, lang: Lang, start: number): SuggestedPrompt | undefined => {
    const y = year();
    const pool = kind === 'ranking' ? RANK_LEVELS.map((l) => (lang === 'zh' ? l.zh : l.en)) : namesOf()[kind];
    for (let i = 0; i < Math.min(TRIES, pool.length); i++) {
      const at = (start + i) % pool.length;
      const message = question(kind, pool[at], y, lang);
      if (!hasFigure(kind, message)) continue;
      const name = kind !== 'ranking' ? pool[at] : rankingName(at, y, lang);
      return { title: cut(`${LABEL[lang][kind]}${lang === 'zh' ? '：' : ': '}${name}`, TITLE_CHARS), message };
    }
    return undefined;
  };

  return {
    prompts(lang, seed) {
      const start = seedNumber(seed);
      return KINDS.map((k) => pick(k, lang, start)).filter((p): p is SuggestedPrompt => p !== undefined);
    },
  };
}

/** A small stable number from a string (a thread's ts), to vary the names between panes. */
function seedNumber(seed: string): number {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}
