// "占主管資本支出幾%", "兩個加起來占全署預算幾%": the last answer's figure (or the last two added)
// as a share of a whole the follow-up names (read by the reader as a frame of its own), with the
// last question's agency and year where the whole names none.
import type { Answer, Figure } from './answer.js';
import type { Conversation, TurnMemory } from './conversation.js';
import { emptyConversation } from './conversation.js';
import { inherit } from './follow-up.js';
import { runPipeline } from './pipeline.js';
import type { Understood } from './understand.js';
import { baseAnswer, collectSources, say, type Context } from './answers/context.js';
import { phrase } from '../format/phrases.js';

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
function withoutClass(ctx: Context, prev: Understood): Understood {
  const drop = (t: string) => objectClasses(ctx).reduce((x, name) => x.split(name).join(''), t);
  return { ...prev, itemText: drop(prev.itemText), residual: drop(prev.residual) };
}

function lastFigures(c: Conversation, added: boolean): Figure[] {
  const heads = c.turns.map((t) => t.figures[0]).filter((f) => f !== undefined);
  const own = heads.filter((f) => !f.computed);
  const picked = added ? own.slice(-2) : heads.slice(-1);
  return picked.map((f) => ({ label: f.label, value: f.value, unit: f.unit as Figure['unit'], ...(f.year !== undefined ? { year: f.year } : {}) }));
}

/** The whole's figure: its own frame, with the last question's agency (全署, 該署) and year where it names none. */
function wholeFigure(ctx: Context, whole: Understood, base: { turn: TurnMemory; frame: Understood }): Figure | undefined {
  const prev = base.frame;
  let w = whole.asks.has('wholeOwnAgency') && !whole.agencies.length ? { ...whole, agencies: prev.agencies.filter((a) => a !== '62') } : whole;
  // a whole named by its kind alone (占歲入幾%, 占總預算幾%) is the last agency's total of that kind
  const total = w.residual.length < 2 && (w.asks.has('wholeFamily') || w.asks.has('wholeMinistry'));
  if (total && !w.agencies.length) w = { ...w, agencies: w.asks.has('wholeMinistry') ? ['62'] : prev.agencies.length ? prev.agencies : ['62'], years: prev.years };
  // "占核定總經費幾%": a whole named by its measure alone is the last subject's
  if (w.residual.length < 2 && !w.agencies.length && !w.ministryAmbiguous) {
    const from = w.asks.has('plan') ? withoutClass(ctx, prev) : prev;
    w = inherit(emptyConversation(), { turn: base.turn, frame: from }, w);
  }
  if (!w.years.length && w.relative === null) w = { ...w, years: prev.years };
  const head = runPipeline(ctx, { ...w, operation: 'value', unitAsked: 'money', countWords: [] }).answer.figures[0];
  return head && head.unit === 'TWD' && head.value ? head : undefined;
}

export function answerShareOfLast(ctx: Context, u: Understood, c: Conversation, base: { turn: TurnMemory; frame: Understood }): Answer | undefined {
  if (u.operation !== 'share' || !u.partPointsBack || !u.whole) return undefined;
  const parts = lastFigures(c, u.asks.has('sum') || u.asks.has('both'));
  const whole = wholeFigure(ctx, u.whole, base);
  if (!parts.length || !whole || parts.some((p) => p.unit !== 'TWD')) return undefined;
  // a figure as a share of itself says nothing
  if (parts.length === 1 && parts[0].value === whole.value) return undefined;
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
