// Autocomplete choices for /budget options: the core's names from the data, with the agencies'
// short names and aliases (數產, 資安署, ADI, ACS) and the object classes' English names (personnel
// → 人事費) found too, ranked exact → starts with → contains; raw sentences are never offered.
import type { CompletionKind, Engine } from '../../core/engine.js';
import { AGENCIES, GLOSSARY } from '../../core/lexicon.js';

export interface Choice {
  name: string;
  value: string;
}

const MAX_CHOICES = 25;
/** Not a name: a clause of a sentence (另依資安法第 27 條…), or longer than a name gets. */
const SENTENCE = /[，。；！？「」]|第\s*\d+\s*條|^(?:另|並|及|且|惟|如|依)/;
const MAX_NAME = 40;

const usable = (name: string) => name.length >= 1 && name.length <= MAX_NAME && !SENTENCE.test(name);

/** 0 exact, 1 starts with, 2 contains, undefined no match. */
function rank(names: string[], typed: string): number | undefined {
  const ranks = names.map((n) => n.toLowerCase()).map((n) => (n === typed ? 0 : n.startsWith(typed) ? 1 : n.includes(typed) ? 2 : 3));
  const best = Math.min(...ranks);
  return best < 3 ? best : undefined;
}

function aliasChoices(kind: CompletionKind, typed: string): { choice: Choice; rank: number }[] {
  const out: { choice: Choice; rank: number }[] = [];
  if (kind === 'agency' || kind === 'item' || kind === 'any') {
    for (const a of AGENCIES) {
      const r = rank([a.zh, a.short, a.en, ...a.aliases], typed);
      if (r !== undefined) out.push({ choice: { name: `${a.zh}（${a.short}）`, value: a.zh }, rank: r });
    }
  }
  if (kind === 'item' || kind === 'any') {
    for (const [en, zh] of GLOSSARY) {
      const r = rank([zh, en], typed);
      if (r !== undefined) out.push({ choice: { name: zh === en ? zh : `${zh}（${en}）`.slice(0, 100), value: zh }, rank: r });
    }
  }
  return out;
}

export function completionChoices(engine: Pick<Engine, 'complete'>, kind: CompletionKind, typedRaw: string): Choice[] {
  const typed = typedRaw.trim().toLowerCase();
  const first: Choice[] = kind === 'any' && typedRaw.trim() ? [{ name: typedRaw.trim().slice(0, 100), value: typedRaw.trim().slice(0, 100) }] : [];
  const aliases = typed ? aliasChoices(kind, typed).sort((a, b) => a.rank - b.rank).map((x) => x.choice) : [];
  const names = engine.complete(kind, typedRaw, MAX_CHOICES * 2).filter(usable).map((n) => ({ name: n, value: n }));
  const seen = new Set<string>();
  return [...first, ...aliases, ...names]
    .filter((c) => c.value.length >= 1 && c.value.length <= 100 && c.name.length <= 100)
    .filter((c) => (seen.has(c.value) ? false : (seen.add(c.value), true)))
    .slice(0, MAX_CHOICES);
}
