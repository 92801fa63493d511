// Frictionless data package descriptor for data/: one JSON resource per record type.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { RESOURCES, type Dataset, type ResourceName } from '../schema.js';
import { ministryOf } from '../agencies.js';

/** One record per line inside a JSON array: diffable and byte-stable. */
export function serializeResource(records: unknown[]): string {
  if (records.length === 0) return '[]\n';
  return '[\n' + records.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
}

const TYPE_OF: Record<string, string> = { string: 'string', number: 'number', integer: 'integer', boolean: 'boolean', array: 'array', object: 'object' };

function fieldsOf(schema: z.ZodType): { name: string; type: string }[] {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as { properties?: Record<string, { type?: string | string[]; anyOf?: { type?: string }[] }> };
  return Object.entries(json.properties ?? {}).map(([name, p]) => {
    const t = Array.isArray(p.type) ? p.type.find((x) => x !== 'null') : p.type ?? p.anyOf?.find((x) => x.type && x.type !== 'null')?.type;
    return { name, type: TYPE_OF[t ?? ''] ?? 'any' };
  });
}

/** Frictionless `hash`: the algorithm, then the digest of the file's bytes. */
export const contentHash = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** A short hash of every resource's content: changes exactly when the data does. */
export function dataVersion(data: Dataset): string {
  const h = createHash('sha256');
  for (const name of Object.keys(RESOURCES) as ResourceName[]) h.update(name).update(serializeResource(data[name]));
  return h.digest('hex').slice(0, 12);
}

export function buildDataPackage(data: Dataset) {
  return {
    name: 'moda-budget',
    version: dataVersion(data),
    title: `${ministryOf(data.agencies).proper.official} (Taiwan) budgets and performance indicators`,
    description:
      'Budget lines, revenue, object classes, positions, execution, major plans, KPIs and prose passages parsed from official documents. Money in whole NT$, years in ROC (民國) years.',
    licenses: [{ name: 'OGDL-Taiwan-1.0', title: 'Open Government Data License, version 1.0' }],
    sources: data.sources.map((s) => ({ title: s.title, path: `sources/${s.doc}` })),
    resources: (Object.keys(RESOURCES) as ResourceName[]).map((name) => ({
      name,
      path: name === 'sources' ? 'sources/manifest.json' : `${name}.json`,
      format: 'json',
      mediatype: 'application/json',
      profile: 'tabular-data-resource',
      count: data[name].length,
      // the ingest validated exactly these bytes; the bot skips re-validating a file that still has them
      ...(name === 'sources' ? {} : { hash: contentHash(serializeResource(data[name])) }),
      schema: { fields: fieldsOf(RESOURCES[name]) },
    })),
  };
}
