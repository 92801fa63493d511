// "占主管資本支出幾%", "兩個加起來占全署預算幾%": the last answer's figure (or the last two added)
// as a share of a whole the follow-up names, read with the last question's agency and year.
import type { Answer, Figure } from './answer.js';
import type { Conversation } from './conversation.js';
import { inherit, type FrameMemory } from './follow-up.js';
import { runPipeline } from './pipeline.js';
import { understand, type Understood } from './understand.js';
import { agencyInfo } from './lexicon.js';
import { baseAnswer, collectSources, say, type Context } from './answers/context.js';
import { phrase } from '../format/phrases.js';

const SHARE_AT = /[占佔]|as a share of|share of|percentage of/;
const ADDED = /加起來|合計|加總|兩個|兩者|both|together|combined/;
/** What only says "how much of it": removed from the whole's words */
const SHARE_WORDS = /(?:的)?(?:幾|多少)?\s*(?:[%％]|比例|比率|比重|百分比)|是多少|多少|[?？]/g;
/** The part's words may only point at the last answers */
const POINTS_BACK = /^(?:這|那|它|其|兩個|兩者|加起來|合計|這些|那些|the two|both|together|combined|it|they|\s)*$/;
const OWN_AGENCY = /全署|該署|本署|全部會/;

const classNames = new WeakMap<Context['catalog'], string[]>();

/** The object classes the data holds (人事費, 業務費, 委辦費 …), longest first. */
export function objectClasses(ctx: Context): string[] {
  let names = classNames.get(ctx.catalog);
  if (!names) {
    names = [...new Set(ctx.catalog.items.filter((i) => i.family === 'object_class' && i.category && !/合計|小計/.test(i.category)).map((i) => i.category!))]
      .sort((a, b) => b.length - a.length);
    classNames.set(ctx.catalog, names);
  }
  return names;
}

/** "占這個工作計畫預算幾%" after an object class of it: the whole is the plan itself, its class words dropped. */
const LEVEL_NAMED = /工作計畫|業務計畫|分支計畫|計畫|program|plan/;
function withoutClass(ctx: Context, prev: FrameMemory): FrameMemory {
  const drop = (t: string) => objectClasses(ctx).reduce((x, name) => x.split(name).join(''), t);
  return { ...prev, itemText: drop(prev.itemText), residual: drop(prev.residual), norm: drop(prev.norm) };
}

function lastFigures(c: Conversation, added: boolean): Figure[] {
  const heads = c.turns.map((t) => t.figures[0]).filter((f) => f !== undefined);
  const own = heads.filter((f) => !f.computed);
  const picked = added ? own.slice(-2) : heads.slice(-1);
  return picked.map((f) => ({ label: f.label, value: f.value, unit: f.unit as Figure['unit'], ...(f.year !== undefined ? { year: f.year } : {}) }));
}

/** The whole named after 占, with the last question's agency and year where it names none. */
function wholeFigure(ctx: Context, text: string, prev: FrameMemory): Figure | undefined {
  const agency = prev.agencies.find((a) => a !== '62');
  const words = text.replace(SHARE_WORDS, ' ').replace(OWN_AGENCY, agency ? agencyInfo(agency).zh : '$&').trim();
  if (!words) return undefined;
  let w: Understood = understand(words);
  // "占核定總經費幾%": a whole named by its measure alone is the last subject's
  if (w.residual.length < 2 && !w.agencies.length && !w.ministryAmbiguous) w = inherit(LEVEL_NAMED.test(words) ? withoutClass(ctx, prev) : prev, w);
  if (!w.years.length && w.relative === null) w = { ...w, years: prev.years };
  const head = runPipeline(ctx, { ...w, operation: 'value', unitAsked: 'money', countWords: [] }).answer.figures[0];
  return head && head.unit === 'TWD' && head.value ? head : undefined;
}

export function answerShareOfLast(ctx: Context, u: Understood, c: Conversation, prev: FrameMemory): Answer | undefined {
  if (u.operation !== 'share') return undefined;
  const at = u.raw.search(SHARE_AT);
  if (at < 0 || !POINTS_BACK.test(u.raw.slice(0, at).replace(ADDED, ' '))) return undefined;
  const parts = lastFigures(c, ADDED.test(u.raw.slice(0, at)));
  const whole = wholeFigure(ctx, u.raw.slice(at).replace(SHARE_AT, ''), prev);
  if (!parts.length || !whole || parts.some((p) => p.unit !== 'TWD')) return undefined;
  const partValue = parts.reduce((s, p) => s + p.value, 0);
  const partLabel = parts.map((p) => p.label).join(' + ');
  const p = phrase(u.lang).computed;
  const head: Figure = {
    label: p.shareOfLastLabel(partLabel, whole.label), value: Math.round((partValue / whole.value) * 10000) / 100, unit: 'percent',
    measure: 'share', computedFrom: [...parts.map((f) => f.label), whole.label], formula: `(${partLabel}) ÷ ${whole.label} × 100`,
    ...(whole.year !== undefined ? { year: whole.year } : {}),
  };
  const partFigure: Figure = { label: partLabel, value: partValue, unit: 'TWD' };
  const summary = p.shareOfLastSummary(partLabel, say(partFigure, u.lang), whole.label, say(whole, u.lang), head.value);
  return { ...baseAnswer(u, 'amount'), summary, figures: [head, ...parts, whole], sources: collectSources([whole]), suggestions: [] };
}
