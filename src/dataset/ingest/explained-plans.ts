// The 說明 of a coded row, joined from the fragments it prints on one line after another, and the
// named plans and items inside it: `(3)未來情境及創新應用計畫經費18,259千元，較上年度減列…`,
// multi-year plans `…計畫總經費1,391,837千元，…本年度續編第3年經費160,048千元，本科目編列39,000千元`,
// sub-items `<1> …經費280,913千元` and `其中…計畫總經費…`. The object-class sentence
// (`本年度預算數…，包括人事費…，業務費…`) carries no item marker and is never read here.
import { joinCjk, plainText, thousandsToTwd } from './text.js';

/** A piece of a row's 說明 as printed on one source line. */
export interface Fragment {
  line: number;
  raw: string;
}

/** Explanation text of a row: fragments cleaned and joined, with where each starts. */
export interface Explanation {
  text: string;
  /** offset in text where the fragment of each source line starts */
  starts: { offset: number; line: number }[];
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

export function explanation(fragments: Fragment[]): Explanation {
  let text = '';
  const starts: Explanation['starts'] = [];
  for (const f of fragments) {
    // `<1>` numbers sub-items; keep it from being read as an HTML tag
    const piece = joinCjk(plainText(f.raw.replace(/<(\d+)>/g, '〈$1〉'))).replace(/(\d)\s+(?=千元)/g, '$1');
    if (!piece) continue;
    // a page break inside a word or a number: join without a space
    text += text && !(CJK.test(piece[0]) && /[\u3000-\u9fff\uff00-\uffef\d,]$/.test(text)) ? ' ' : '';
    starts.push({ offset: text.length, line: f.line });
    text += piece;
  }
  return { text, starts };
}

/** A plan an explanation names: its amount in NT$, the line that prints it, and the whole item. */
export interface PlanItem {
  name: string;
  /** NT$ in this row (for a plan shared by several rows: 本科目編列) */
  budget: number;
  line: number;
  /** the clause, marker included */
  text: string;
}

export interface ExplainedPlan extends PlanItem {
  change: number | null;
  /** `(n)` item, `<n>` sub-item of the item above, `其中` part of the item above */
  depth: 'item' | 'sub' | 'within';
}

const MARKER = /\((\d+)\)|〈(\d+)〉|其中/g;
const SECTION = /\s\d\.\s*本年度預算數/;
const NUM = String.raw`(\d[\d,]*)千元`;
const MULTI_YEAR = new RegExp(String.raw`^(新增)?([^，。：；]{2,80}?)總經費${NUM}`);
const THIS_YEAR = new RegExp(String.raw`本年度(?:續編|編列|新編)?(?:第\d+年|最後\d+年|首年)?經費${NUM}`);
const THIS_ROW = new RegExp(String.raw`本科目編列${NUM}`);
const SIMPLE = new RegExp(String.raw`^(新增)?([^，。：；]{1,60}?費)${NUM}`);
/** a plan that ended last year: `上年度辦理晶片驅動產業創新再升級經費預算業已編竣，所列55,106千元如數減列` */
const ENDED = new RegExp(String.raw`^上年度辦理([^，。：；]{2,60}?)經費預算業已編竣，所列${NUM}如數減列`);
/** object classes: the breakdown another table gives, not plans */
const OBJECT_CLASS = /^(人事費|業務費|設備及投資|獎補助費|債務費|預備金)$/;

const toTwd = (s: string): number => thousandsToTwd(s)!;

/** The change vs last year stated in the clause after the amount, when it is unambiguous. */
function changeOf(rest: string, isNew: boolean, budget: number): number | null {
  if (/與上年度同/.test(rest)) return 0;
  if (!/較上年度/.test(rest)) return isNew ? budget : null;
  const net = new RegExp(String.raw`計淨(增|減)${NUM}`).exec(rest);
  if (net) return (net[1] === '增' ? 1 : -1) * toTwd(net[2]);
  const moves = [...rest.matchAll(new RegExp(String.raw`(增列|減列)[^。]*?${NUM}`, 'g'))];
  if (moves.length === 1) return (moves[0][1] === '增列' ? 1 : -1) * toTwd(moves[0][2]);
  return null;
}

function parseClause(body: string): { name: string; amountAt: number; budget: number; change: number | null } | null {
  const multi = MULTI_YEAR.exec(body);
  if (multi) {
    const m = THIS_ROW.exec(body) ?? THIS_YEAR.exec(body);
    if (!m) return null;
    const budget = toTwd(m[1]);
    const end = m.index + m[0].length;
    return { name: multi[2], amountAt: m.index + m[0].indexOf(m[1]), budget, change: changeOf(body.slice(end), !!multi[1], budget) };
  }
  const ended = ENDED.exec(body);
  if (ended) return { name: ended[1], amountAt: -1, budget: 0, change: -toTwd(ended[2]) };
  const simple = SIMPLE.exec(body);
  if (!simple) return null;
  const name = simple[2].replace(/(計畫)經費$/, '$1');
  if (OBJECT_CLASS.test(name)) return null;
  const budget = toTwd(simple[3]);
  const end = simple.index + simple[0].length;
  return { name, amountAt: simple[0].length - simple[3].length - 2, budget, change: changeOf(body.slice(end), !!simple[1], budget) };
}

/** Every clearly named plan or item of an explanation, in order. */
function explainedPlans(exp: Explanation): ExplainedPlan[] {
  const text = exp.text;
  const marks = [...text.matchAll(MARKER)];
  return marks.flatMap((m, i): ExplainedPlan[] => {
    let end = i + 1 < marks.length ? marks[i + 1].index : text.length;
    const section = SECTION.exec(text.slice(m.index, end));
    if (section) end = m.index + section.index;
    const bodyStart = m.index + m[0].length;
    const raw = text.slice(bodyStart, end);
    const body = raw.trimStart();
    const clause = parseClause(body);
    if (!clause) return [];
    const { amountAt, ...plan } = clause;
    const at = bodyStart + (raw.length - body.length) + Math.max(amountAt, 0);
    const line = (exp.starts.filter((s) => s.offset <= at).at(-1) ?? exp.starts[0]).line;
    return [{ ...plan, text: text.slice(m.index, end).trim(), line, depth: m[1] ? 'item' : m[2] ? 'sub' : 'within' }];
  });
}

const sum = (ps: ExplainedPlan[], f: (p: ExplainedPlan) => number | null): number | null =>
  ps.reduce<number | null>((s, p) => (s === null || f(p) === null ? null : s + f(p)!), 0);

/**
 * The plans an explanation names whose figures reconcile: its `(n)` items add up to the row's budget
 * (or, where the book lists only part of it, every item is read and their changes add up to the
 * row's change), the `<n>` sub-items add up to their item, and a `其中` part is at most its item.
 * A group that does not reconcile is dropped whole: a wrong amount is worse than a missing one.
 */
export function reconciledPlans(exp: Explanation, row: { budget: number; change: number }): ExplainedPlan[] {
  const plans = explainedPlans(exp);
  const items = plans.filter((p) => p.depth === 'item');
  const budgets = sum(items, (p) => p.budget)!;
  // every `(n)` item the explanation lists, read or not
  const complete = items.length === [...exp.text.matchAll(/\((\d+)\)/g)].length && sum(items, (p) => p.change) === row.change;
  if (budgets !== row.budget && !(complete && budgets < row.budget)) return [];
  // the item each plan is under (an item is its own)
  let item: ExplainedPlan | null = null;
  const under = plans.map((p) => (p.depth === 'item' ? (item = p) : item));
  const subsAddUp = (it: ExplainedPlan) => sum(plans.filter((p, i) => p.depth === 'sub' && under[i] === it), (p) => p.budget) === it.budget;
  return plans.filter((p, i) => {
    const it = under[i];
    if (p.depth === 'item') return true;
    if (!it) return false;
    return p.depth === 'sub' ? subsAddUp(it) : p.budget <= it.budget;
  });
}
