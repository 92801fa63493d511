// Follow-ups read with the last question: an object class swapped within its programme, a share of
// the last two figures, a measure named after a rate. Expected figures are read from the data.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Conversation } from '../../src/core/conversation.js';
import { loadDataset } from '../../src/dataset/load.js';

const engine = createEngine();
const data = loadDataset();
const round2 = (n: number) => Math.round(n * 100) / 100;

/** The answers to one thread's questions, in order. Where an answer offers choices instead of a figure,
 * the person picks the one they meant (the value given for that turn, else the first, the most likely):
 * the test reads the picked answer, and the thread goes on from it. */
function thread(...questions: (string | { q: string; meant: number })[]) {
  let conversation: Conversation | undefined;
  return questions.map((item) => {
    const { q, meant } = typeof item === 'string' ? { q: item, meant: undefined } : item;
    let r = engine.converse(q, conversation);
    const choices = r.answer.choices ?? [];
    const picked = choices.find((c) => c.figure.value === meant) ?? choices[0];
    if (picked) r = engine.converse({ pick: picked.pick }, r.conversation);
    conversation = r.conversation;
    return r.answer;
  });
}

describe('follow-ups', () => {
  it('swap the object class and keep the programme: 業務費呢？ after 一般行政的人事費', () => {
    const cls = (agency: string, category: string) => data.facts.find((f) => f.family === 'object_class' && f.agency === agency && f.subject === '一般行政' && f.category === category && f.nature === 'current' && f.year === 114 && f.doc.startsWith('000'))!;
    const [, own, other] = thread('數產署 114 年度一般行政的人事費多少？', '業務費呢？', '那資安署呢？');
    expect(own.figures[0].value).toBe(cls('6220', '業務費').value);
    expect(other.figures[0].value).toBe(cls('6210', '業務費').value);
  });

  it('take one of the last two figures as a share of the other, the whole being the one named after 占', () => {
    const p = data.major_plans.find((m) => m.budgetedToDate && m.approvedTotal && m.name.startsWith('低軌'))!;
    const answers = thread(`${p.name} 截至 ${p.year} 年度已編列預算多少？`, '核定總經費呢？', '已編列占核定總經費幾%？');
    expect(answers[2].figures[0].value).toBe(round2((p.budgetedToDate! / p.approvedTotal!) * 100));
  });

  it('ask another measure of the same sentence by naming it alone (服務項目呢？ after the agencies on T-Road)', () => {
    const k = data.kpis.find((x) => x.sentence.includes('介接 T-Road') && x.unitLabel === '項' && x.asOf === '114-12')!;
    const [, , third] = thread('T-Road 截至 112 年底介接幾個機關？', '那 114 年底呢？', '服務項目呢？');
    expect(third.figures[0].value).toBe(k.value);
  });

  it('answer a measure named after a rate with that measure, not the rate again', () => {
    const final = data.facts.find((f) => f.family === 'execution' && f.subject === '特別預算' && f.measure === 'final' && f.table !== '預、決算落差原因分析')!;
    const [, second] = thread(`${final.year} 年特別預算執行率多少？`, '決算數呢？');
    expect(second.figures[0].value).toBe(final.value);
  });

  it('point back with "of them", ask a measure of the same passage, and take the smaller as a share of the larger', () => {
    const [reported, confirmed] = ['疑似詐騙訊息', '確認為詐騙訊息'].map((w) => data.kpis.find((k) => k.sentence.includes(w) && k.sentence.includes('則') && k.doc.startsWith('004'))!);
    const answers = thread('How many suspected fraud messages have been reported through the fraud reporting and lookup site (網路詐騙通報查詢網)?',
      'How many of them were confirmed as fraud?', 'What share is that?');
    expect(answers.map((a) => a.figures[0].value)).toEqual([reported.value, confirmed.value, round2((confirmed.value / reported.value) * 100)]);
  });

  it('keep the agency and year of a count when the follow-up names a category of it (How many of those are 職員?)', () => {
    const row = (category: string) => data.facts.find((f) => f.family === 'positions' && f.agency === '6210' && f.category === category && f.year === 114 && f.doc.startsWith('000'))!;
    const [, civil] = thread('How many authorised positions does the Administration for Cyber Security have in the 2025 budget?', 'How many of those are civil servants (職員)?');
    expect(civil.figures[0].value).toBe(row('職員').value);
  });

  it('add the last two figures up when asked in English', () => {
    const answers = thread('What is the 2025 personnel expense (人事費) budget of the Administration for Digital Industries?', 'And ACS?', 'What do the two add up to?');
    expect(answers[2].figures[0].value).toBe(answers[0].figures[0].value + answers[1].figures[0].value);
    expect(answers[2].intent).toBe('compare');
    expect(answers[0].figures[0].value).not.toBe(answers[1].figures[0].value);
  });

  it('keep the rate for another budget named (特別預算呢？) and give two rates apart in percentage points', () => {
    const rate = (subject: string) => data.facts.find((f) => f.family === 'execution' && f.subject === subject && f.measure === 'rate' && f.table !== '預、決算落差原因分析')!;
    const [regular, special] = [rate('主管總預算'), rate('特別預算')];
    const answers = thread(`數位發展部 ${regular.year} 年度主管總預算的執行率是多少？`, '特別預算呢？', '差幾個百分點？');
    expect(answers.map((a) => a.figures[0].value)).toEqual([regular.value, special.value, round2(special.value - regular.value)]);
  });

  it('keep the measure a follow-up named when the next one changes only the date (下載量呢？ then 112 年底的時候呢？)', () => {
    const downloads = data.kpis.filter((k) => k.measure === '下載量' || (k.sentence.includes('下載量') && k.sentence.includes('政府資料開放平臺')));
    const at = (asOf: string) => downloads.find((k) => k.asOf.startsWith(asOf) && k.unitLabel === '人次' && /下載量[達逾]/.test(k.phrase ?? ''))!;
    const answers = thread('政府資料開放平臺瀏覽量有多少人次？', '下載量呢？', '112 年底的時候呢？', '增加了多少？');
    expect(answers.slice(1).map((a) => a.figures[0].value)).toEqual([at('115').value, at('112').value, at('115').value - at('112').value]);
  });

  it('ask again what the last prose figure measured when only the date changes ("What was it at the end of 2023?")', () => {
    const downloads = (asOf: string) => data.kpis.find((k) => k.asOf === asOf && /下載量[達逾]/.test(k.sentence) && k.unitLabel === '人次')!;
    const answers = thread({ q: 'How many downloads has the government open data platform recorded so far?', meant: downloads('115-02').value }, 'What was it at the end of 2023?');
    expect(answers.map((a) => a.figures[0].value)).toEqual([downloads('115-02').value, downloads('112-12').value]);
  });

  it('count actual staff by category after actual staff was asked (contract staff are the staff table\'s 約聘僱人員)', () => {
    const staff = (category: string) => data.facts.find((f) => f.family === 'staff' && f.agency === '62' && f.category === category)!;
    const answers = thread('How many staff did MODA actually have at the end of 2023?', 'How many of them were contract staff?');
    expect(answers.map((a) => a.figures[0].value)).toEqual([staff('合計').value, staff('約聘僱人員').value]);
  });

  it('read a plan\'s "total budget" as its approved total, "had been budgeted" as budgeted to date, and their share', () => {
    const approved = engine.ask('資料開放及利用躍升計畫 核定總經費').figures[0];
    const budgeted = engine.ask('資料開放及利用躍升計畫 110 至 113 年度已編列多少').figures[0];
    const answers = thread('What is the total budget of the open data and utilisation advancement plan (資料開放及利用躍升計畫)?',
      'How much had been budgeted for it from 2021 to 2024?', 'What share of the total is that?');
    expect(answers.map((a) => a.figures[0].value)).toEqual([approved.value, budgeted.value, round2((budgeted.value / approved.value) * 100)]);
    expect(approved.measure).toBe('approved');
  });

  it('take an object class as a share of its own work plan ("占這個工作計畫預算幾%"), not of itself', () => {
    const grants = data.facts.find((f) => f.family === 'object_class' && f.agency === '6201' && f.subject === '深化政府資通訊應用建設' && f.category === '獎補助費' && f.nature === 'current' && f.year === 114)!;
    const plan = data.budget_lines.find((l) => l.kind === 'expenditure' && l.name === '深化政府資通訊應用建設' && l.year === 114)!;
    const answers = thread('數位發展部本部「深化政府資通訊應用建設」114 年度業務費編多少？', '獎補助費呢？', '占這個工作計畫預算幾%？');
    expect(answers[2].figures[0].value).toBe(round2((grants.value / plan.budget!) * 100));
  });
});
