// `npm run eval:calibration`: how often the answers are right, cross-validated, per question set; how well
// the confidence is calibrated (a reliability diagram) and what each threshold trades (a risk–coverage
// curve), drawn with the project's own chart code. Writes the cross-validated part of docs/accuracy.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartSpec } from '../core/answer.js';
import { loadContext } from '../core/engine.js';
import { MODEL } from '../core/model.js';
import { DATA_DIR, ROOT } from '../dataset/paths.js';
import { renderChartPng } from '../format/chart/index.js';
import { buildLabels } from './labels.js';
import { crossFitted, scoreOutOfFold } from './fit.js';
import { OUTCOMES, tally, type Outcome } from './outcome.js';
import { readAllSets } from './question-sets.js';

const DOC = join(ROOT, 'docs/accuracy.md');
const START = '<!-- cross-validated: written by npm run eval:calibration -->';
const END = '<!-- end of cross-validated -->';
const BINS = 10;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98];

type Row = ReturnType<typeof crossFitted>[number];

function tableOf(rows: Row[]): string {
  const sets = [...new Set(rows.map((r) => r.s.q.set))];
  const line = (name: string, rs: Row[]) => {
    const t = tally(rs.map((r) => r.outcome));
    const answerable = rs.filter((r) => !r.s.q.expect.none).length;
    const pct = (n: number) => (answerable ? `${((n / answerable) * 100).toFixed(1)}%` : '–');
    return `| ${name} | ${rs.length} | ${t.right} (${pct(t.right)}) | ${t.choices} | ${t.blank} | ${t.wrong} (${pct(t.wrong)}) | ${t.declined} |`;
  };
  return ['| set | questions | right | choices holding the gold | no figure | wrong | unanswerable declined |', '|---|---|---|---|---|---|---|',
    ...sets.map((s) => line(s, rows.filter((r) => r.s.q.set === s))), line('**all**', rows)].join('\n');
}

/** Predicted P in bins against the share of those figures that were right. */
function reliability(rows: Row[]): ChartSpec {
  const stated = rows.filter((r) => r.p !== null && (r.s.stated === 'right' || r.s.stated === 'wrong'));
  const bins = Array.from({ length: BINS }, (_, i) => stated.filter((r) => Math.min(BINS - 1, Math.floor(r.p! * BINS)) === i));
  return {
    kind: 'line', title: 'Reliability: predicted P(right) vs observed', unit: 'percent', categories: bins.map((_, i) => `${i * 10}–${i * 10 + 10}%`),
    series: [
      { name: 'observed right (%)', values: bins.map((b) => (b.length ? Math.round((b.filter((r) => r.s.stated === 'right').length / b.length) * 1000) / 10 : null)) },
      { name: 'predicted (%)', values: bins.map((b) => (b.length ? Math.round((b.reduce((s, r) => s + r.p!, 0) / b.length) * 1000) / 10 : null)) },
    ],
    caption: `${stated.length} figures answered out of fold, grouped by their predicted probability`,
  };
}

/** For each threshold: the share of answerable questions given a figure, and the share given a wrong one. */
function riskCoverage(rows: Row[]): { spec: ChartSpec; lines: string[] } {
  const answerable = rows.filter((r) => !r.s.q.expect.none);
  const at = (t: number) => answerable.filter((r) => r.p !== null && r.p >= t && (r.s.stated === 'right' || r.s.stated === 'wrong'));
  const points = THRESHOLDS.map((t) => ({ t, stated: at(t).length, wrong: at(t).filter((r) => r.s.stated === 'wrong').length }));
  const pct = (n: number) => Math.round((n / answerable.length) * 1000) / 10;
  return {
    spec: {
      kind: 'line', title: 'Risk and coverage by threshold', unit: 'percent', categories: THRESHOLDS.map((t) => `τ ${t}`),
      series: [{ name: 'figures stated (% of answerable)', values: points.map((p) => pct(p.stated)) }, { name: 'wrong figures (% of answerable)', values: points.map((p) => pct(p.wrong)) }],
      caption: 'out of fold: a figure is stated when P ≥ τ',
    },
    lines: points.map((p) => `| ${p.t} | ${p.stated} (${pct(p.stated)}%) | ${p.wrong} (${pct(p.wrong)}%) | ${p.stated ? ((p.wrong / p.stated) * 100).toFixed(1) : '–'}% |`),
  };
}

async function main(): Promise<void> {
  const { ctx } = loadContext(DATA_DIR);
  const questions = readAllSets();
  const labels = buildLabels({ ...ctx, model: MODEL }, questions);
  const rows = crossFitted(scoreOutOfFold({ ...ctx, model: MODEL }, questions, labels), MODEL.rank);
  const rc = riskCoverage(rows);
  writeFileSync(join(ROOT, 'docs/calibration-reliability.png'), await renderChartPng(reliability(rows)));
  writeFileSync(join(ROOT, 'docs/calibration-risk-coverage.png'), await renderChartPng(rc.spec));
  const section = [
    START, '## Cross-validated', '',
    `Five folds, a thread or a question never split between fitting and scoring; ranking weights, calibration and threshold fitted on four folds and the fifth scored, in turn. The committed model states a figure when P ≥ ${MODEL.threshold}.`, '',
    tableOf(rows), '', '![Reliability diagram](calibration-reliability.png)', '', '| τ | figures stated | wrong | wrong among stated |', '|---|---|---|---|', ...rc.lines, '',
    '![Risk and coverage](calibration-risk-coverage.png)', END,
  ].join('\n');
  const doc = readFileSync(DOC, 'utf8');
  const kept = doc.includes(START) ? doc.slice(0, doc.indexOf(START)) + doc.slice(doc.indexOf(END) + END.length) : `${doc.trimEnd()}\n\n`;
  writeFileSync(DOC, `${kept.trimEnd()}\n\n${section}\n`);
  const all = tally(rows.map((r) => r.outcome));
  console.error(OUTCOMES.map((o: Outcome) => `${o} ${all[o]}`).join(', '));
}

await main();
