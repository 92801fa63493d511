// A real question that gets choices, and what picking one and following up must answer with, read from
// data/: the 業務費 of 數位發展部 in the latest ministry-level budget book. The name is both the ministry
// as a whole (數位發展部主管) and the ministry proper (本部), whose 業務費 is printed twice (經常門 and
// 資本門), so the figures fit alike; the follow-up names the Administration for Cyber Security, whose
// 業務費 of the same nature and year it must answer with.
import { expect } from 'vitest';
import type { Answer, Choice, Figure } from '../../src/core/answer.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Fact } from '../../src/dataset/schema.js';
import type { ConverseCall } from './recording.js';

const data = loadDataset();
const CATEGORY = '業務費';
const MODA = '數位發展部';
const ACS = '資通安全署';

const rows = data.facts.filter((f) => f.family === 'object_class' && f.doc.startsWith('000_') && f.category === CATEGORY && f.measure === 'budget');
const modaCurrent = rows.find((f) => f.subject === MODA && f.nature === 'current');
if (!modaCurrent || !rows.some((f) => f.subject === MODA && f.nature === 'capital' && f.year === modaCurrent.year)) {
  throw new Error(`data has no ${MODA} ${CATEGORY} printed as both 經常門 and 資本門`);
}

/** The question (it names neither the whole nor the part, nor a nature, so several rows fit it) and the
 * follow-up that names another agency. */
export const CHOICES_QUESTION = `${MODA} ${modaCurrent.year} 年度${CATEGORY}`;
export const FOLLOW_UP = '資安署呢？';

/** The data row a figure was read from: the fact at its source line, holding its value. */
export function factOf(f: Figure): Fact {
  const fact = data.facts.find((r) => r.doc === f.source?.doc && r.line === f.source?.line && r.value === f.value);
  if (!fact) throw new Error(`no fact at ${f.source?.doc} L${f.source?.line} with ${f.value}`);
  return fact;
}

/** The Administration for Cyber Security's row of the same table, item, nature and year as the one picked. */
export function followUpFact(picked: Figure): Fact {
  const p = factOf(picked);
  const fact = rows.find((r) => r.subject === ACS && r.doc === p.doc && r.nature === p.nature && r.year === p.year);
  if (!fact) throw new Error(`no ${ACS} ${CATEGORY} (${p.nature}, ${p.year}) in ${p.doc}`);
  return fact;
}

/** An answer with choices and no figure: each choice a figure read from the data, with a pick to send back. */
export function expectChoices(a: Answer): Choice[] {
  expect(a.intent).toBe('clarify');
  expect(a.figures).toEqual([]);
  expect(a.choices?.length).toBeGreaterThanOrEqual(2);
  expect(a.confidence).toBeGreaterThan(0);
  for (const c of a.choices!) {
    expect(c.pick).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    expect(factOf(c.figure).value).toBe(c.figure.value);
  }
  return a.choices!;
}

/** The answer to a pick states exactly the figure chosen, first, as sure as a figure gets. */
export function expectPicked(a: Answer, chosen: Choice): void {
  expect(a.intent).not.toBe('clarify');
  expect(a.choices).toBeUndefined();
  expect(a.figures[0]).toEqual(chosen.figure);
  expect(a.confidence).toBe(1);
}

/**
 * The follow-up read in the context of the figure picked: the Administration for Cyber Security's row of
 * the same nature and year, stated, or offered first where the core still offers both natures.
 */
export function expectFollowUp(a: Answer, picked: Figure): void {
  const want = followUpFact(picked);
  const headline = a.figures[0] ?? a.choices?.[0]?.figure;
  expect(headline, a.summary).toBeDefined();
  expect({ value: headline!.value, line: headline!.source?.line, year: headline!.year }).toEqual({ value: want.value, line: want.line, year: want.year });
}

/** The answer the surface got for the text `q` as typed (the last time it was asked; a pick's answer repeats
 * the question it was offered for, so it is told apart by what was asked). */
export function answerTo(calls: ConverseCall[], q: string): Answer {
  const call = [...calls].reverse().find((c) => c.question === q);
  if (!call) throw new Error(`never asked: ${q}`);
  return call.answer;
}
