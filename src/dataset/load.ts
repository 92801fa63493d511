// Load and validate the dataset at start-up; a corrupt file fails with the file and record named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RESOURCES, type Dataset, type ResourceName } from './schema.js';
import { DATA_DIR } from './paths.js';

export class DataError extends Error {}

function fileOf(name: ResourceName): string {
  return name === 'sources' ? 'sources/manifest.json' : `${name}.json`;
}

/** Validate every resource; throws DataError naming the resource, record index and id, and field. */
export function validateDataset(data: Dataset, where = 'data'): Dataset {
  const out = {} as Record<ResourceName, unknown[]>;
  for (const name of Object.keys(RESOURCES) as ResourceName[]) {
    const schema = RESOURCES[name] as z.ZodType;
    const records = data[name];
    if (!Array.isArray(records)) throw new DataError(`${where}/${fileOf(name)}: expected a JSON array`);
    const seen = new Set<string>();
    out[name] = records.map((rec, i) => {
      const res = schema.safeParse(rec);
      const id = (rec as { id?: unknown; doc?: unknown })?.id ?? (rec as { doc?: unknown })?.doc;
      if (!res.success) {
        const issue = res.error.issues[0];
        throw new DataError(
          `${where}/${fileOf(name)}: record ${i}${id ? ` (${String(id)})` : ''}: ${issue.path.join('.') || '(record)'}: ${issue.message}`,
        );
      }
      if (typeof id === 'string') {
        if (seen.has(id)) throw new DataError(`${where}/${fileOf(name)}: record ${i}: duplicate id ${id}`);
        seen.add(id);
      }
      return res.data;
    });
  }
  return out as unknown as Dataset;
}

export function loadDataset(dir = DATA_DIR): Dataset {
  const raw = {} as Record<ResourceName, unknown>;
  for (const name of Object.keys(RESOURCES) as ResourceName[]) {
    const path = join(dir, fileOf(name));
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new DataError(`${path}: missing; run \`npm run ingest\` to rebuild data/`);
    }
    try {
      raw[name] = JSON.parse(text);
    } catch (err) {
      throw new DataError(`${path}: not valid JSON (${(err as Error).message})`);
    }
  }
  return validateDataset(raw as unknown as Dataset, dir);
}
