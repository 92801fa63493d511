// A dataset 100 times the real one, for scaling measurements: the real records cloned for ten
// ministries over ten years, with new names, account numbers and years. Cached by data version.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../src/dataset/load.js';
import { DATA_DIR } from '../src/dataset/paths.js';
import { RESOURCES, type Dataset, type ResourceName } from '../src/dataset/schema.js';
import { buildDataPackage, dataVersion, serializeResource } from '../src/dataset/ingest/datapackage.js';
import { buildItemIndex, buildPassageIndex, INDEX_FILES } from '../src/core/search/build.js';

const MINISTRIES = ['數位', '交通', '經濟', '文化', '教育', '衛福', '環境', '農業', '勞動', '內政'];

function clone(data: Dataset, k: number): Omit<Dataset, 'sources' | 'agencies' | 'disagreements'> {
  const m = MINISTRIES[k % 10];
  const dy = Math.floor(k / 10);
  const tag = (s: string) => (k === 0 ? s : `${s}（${m}${dy}）`);
  const id = (s: string) => (k === 0 ? s : `${s}#${k}`);
  const ref = (s: string | null) => (s === null ? null : id(s));
  return {
    budget_lines: data.budget_lines.map((l) => ({ ...l, id: id(l.id), parent: ref(l.parent), name: tag(l.name), year: l.year - dy, code: l.code && k ? l.code.slice(0, -2) + String(k).padStart(2, '0') : l.code })),
    facts: data.facts.map((f) => ({ ...f, id: id(f.id), subject: tag(f.subject), year: f.year - dy })),
    major_plans: data.major_plans.map((p) => ({ ...p, id: id(p.id), name: tag(p.name), year: p.year - dy })),
    kpis: data.kpis.map((q) => ({ ...q, id: id(q.id), metric: tag(q.metric), key: k ? `${q.key}_${k}` : q.key })),
    passages: data.passages.map((p) => ({ ...p, id: id(p.id), text: tag(p.text).slice(0, 600) })),
  };
}

/** Write (or reuse) the 100x dataset; returns its directory. */
export function syntheticDataDir(factor = 100, passageFactor = 10): { dir: string; records: number; built: boolean } {
  const real = loadDataset();
  // keyed by the data and by the real index, so a change to either rebuilds it
  const indexHash = createHash('sha256').update(readFileSync(join(DATA_DIR, 'search-index.json'))).digest('hex').slice(0, 8);
  const dir = join(tmpdir(), `moda-budget-bench-${dataVersion(real)}-${indexHash}-x${factor}-p${passageFactor}`);
  const done = join(dir, INDEX_FILES.items);
  const big: Dataset = { sources: real.sources, agencies: real.agencies, budget_lines: [], facts: [], major_plans: [], kpis: [], passages: [], disagreements: real.disagreements };
  for (let k = 0; k < factor; k++) {
    const c = clone(real, k);
    for (const name of Object.keys(c) as (keyof typeof c)[]) {
      // prose grows more slowly than tables: a ministry's text is not a hundred books long
      if (name === 'passages' && k >= passageFactor) continue;
      for (const r of c[name]) (big[name] as unknown[]).push(r);
    }
  }
  const records = big.budget_lines.length + big.facts.length + big.major_plans.length + big.kpis.length + big.passages.length;
  if (existsSync(done)) return { dir, records, built: false };
  mkdirSync(join(dir, 'sources'), { recursive: true });
  copyFileSync(join(DATA_DIR, 'sources/manifest.json'), join(dir, 'sources/manifest.json'));
  for (const name of Object.keys(RESOURCES) as ResourceName[]) if (name !== 'sources') writeFileSync(join(dir, `${name}.json`), serializeResource(big[name]));
  writeFileSync(join(dir, 's2t-chars.json'), readFileSync(join(DATA_DIR, 's2t-chars.json')));
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(buildDataPackage(big)));
  writeFileSync(join(dir, INDEX_FILES.passages), JSON.stringify(buildPassageIndex(big)));
  writeFileSync(done, JSON.stringify(buildItemIndex(big)));
  return { dir, records, built: true };
}
