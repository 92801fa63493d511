// Load and validate the dataset at start-up; a corrupt file fails with the file and record named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RESOURCES, type Dataset, type ResourceName } from './schema.js';
import { DATA_DIR } from './paths.js';
import { contentHash } from './ingest/datapackage.js';

export class DataError extends Error {}

function fileOf(name: ResourceName): string {
  return name === 'sources' ? 'sources/manifest.json' : `${name}.json`;
}

/** Validate every resource; throws DataError naming the resource, record index and id, and field. */
export function validateDataset(data: Dataset, where = 'data'): Dataset {
  const out = {} as Record<ResourceName, unknown[]>;
  for (const name of Object.keys(RESOURCES) as ResourceName[]) out[name] = validateResource(name, data[name], where);
  return out as unknown as Dataset;
}

function validateResource(name: ResourceName, records: unknown, where: string): unknown[] {
  const schema = RESOURCES[name] as z.ZodType;
  if (!Array.isArray(records)) throw new DataError(`${where}/${fileOf(name)}: expected a JSON array`);
  const seen = new Set<string>();
  return records.map((rec, i) => {
      const res = schema.safeParse(rec);
      const r = rec as { id?: unknown; code?: unknown; doc?: unknown } | null;
      // a record's id; an agency is known by its code, a source document by its file
      const id = r?.id ?? (name === 'agencies' ? r?.code : r?.doc);
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

/** The hashes the ingest recorded in datapackage.json for the files it validated. */
function validatedHashes(dir: string): Map<string, string> {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources?: { path?: string; hash?: string }[] };
    return new Map((pkg.resources ?? []).filter((r) => r.path && r.hash).map((r) => [r.path!, r.hash!]));
  } catch {
    return new Map();
  }
}

/**
 * Read and validate the dataset. A file whose bytes still have the hash the ingest recorded after
 * validating it is not validated again (that is most of the start-up time); any other file is.
 */
export function loadDataset(dir = DATA_DIR): Dataset {
  const hashes = validatedHashes(dir);
  const out = {} as Record<ResourceName, unknown[]>;
  for (const name of Object.keys(RESOURCES) as ResourceName[]) {
    const path = join(dir, fileOf(name));
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new DataError(`${path}: missing; run \`npm run ingest\` to rebuild data/`);
    }
    let records: unknown;
    try {
      records = JSON.parse(text);
    } catch (err) {
      throw new DataError(`${path}: not valid JSON (${(err as Error).message})`);
    }
    const trusted = hashes.get(fileOf(name)) === contentHash(text) && Array.isArray(records);
    out[name] = trusted ? (records as unknown[]) : validateResource(name, records, dir);
  }
  return out as unknown as Dataset;
}
