// The registry of agencies: each agency's code and every name it goes by, read from the data. The
// names the books print come from the books (an agency line such as "0062200000 數位產業署"; the
// ministry's name before it in titles and running heads); what the books do not print (English
// names, short names, the names people call it by) from sources/agencies.json. The ingest builds it
// from the sources and writes data/agencies.json; the bot reads it from there. No other code names
// an agency.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Agency, AgencyCode, SourceDoc } from './schema.js';
import { DATA_DIR } from './paths.js';

/** What sources/agencies.json says of the agencies. */
const Curated = z.object({
  ambiguous: z.object({ names: z.array(z.string()) }),
  agencies: z.array(z.object({ code: AgencyCode, official: z.string(), en: z.string(), short: z.string(), aliases: z.array(z.string()) })),
});

export const CURATED_FILE = 'agencies.json';

/** An agency line: "0062200000 數位產業署" (00, ministry, agency, 0000); agency 00 is the ministry as a whole. */
const AGENCY_LINE = /^00(\d{2})(\d{2})0000\s+(\S+)$/;
const BOOKS = ['ministry-budget', 'unit-budget'];

/** A document's text by file name, with its line numbers. */
export interface Printed {
  doc: string;
  lines: string[];
}

/** The agencies' printed names: the first agency line of each code, every other one checked against it. */
function agencyLines(books: Printed[]): Map<string, { name: string; doc: string; line: number }> {
  const out = new Map<string, { name: string; doc: string; line: number }>();
  for (const { doc, lines } of books) {
    lines.forEach((text, i) => {
      for (const cell of text.split('\t')) {
        const m = AGENCY_LINE.exec(cell.trim());
        if (!m) continue;
        const code = m[2] === '00' ? m[1] : m[1] + m[2];
        const seen = out.get(code);
        if (seen && seen.name !== m[3]) throw new Error(`${doc}:${i + 1}: agency ${code} is printed as "${m[3]}", but ${seen.doc}:${seen.line} prints "${seen.name}"`);
        if (!seen) out.set(code, { name: m[3], doc, line: i + 1 });
      }
    });
  }
  return out;
}

/** The registry of the books given and what agencies.json adds; fails naming what does not fit. */
export function buildRegistry(books: Printed[], curatedText: string): Agency[] {
  const curated = Curated.parse(JSON.parse(curatedText));
  const printed = agencyLines(books);
  for (const c of curated.agencies) if (!printed.has(c.code)) throw new Error(`${CURATED_FILE} lists agency ${c.code}, but no budget book prints its agency line`);
  const codes = [...printed.keys()].sort();
  return codes.map((code) => {
    const { name, doc, line } = printed.get(code)!;
    const ministry = code.slice(0, 2);
    const proper = printed.get(`${ministry}01`);
    const c = curated.agencies.find((x) => x.code === code);
    const isProper = code === `${ministry}01`;
    const fullName = code === ministry || isProper || !proper ? name : `${proper.name}${name}`;
    // the ministry proper's own name also stands for the ministry as a whole: never read as one alone
    const aliases = [...new Set([...(isProper ? [] : [name.toLowerCase()]), ...(c?.aliases ?? [])])];
    const ambiguous = code === ministry && proper ? { ambiguous: [...new Set([proper.name, ...curated.ambiguous.names])] } : {};
    return Agency.parse({
      code, name, fullName, parent: code === ministry ? null : ministry,
      official: c?.official ?? name, en: c?.en ?? name, short: c?.short ?? name, aliases, ...ambiguous, doc, line,
    });
  });
}

/** The budget books a sources directory's manifest lists, as printed. */
function booksIn(sourcesDir: string): Printed[] {
  const manifest = SourceDoc.array().parse(JSON.parse(readFileSync(join(sourcesDir, 'manifest.json'), 'utf8')));
  return manifest.filter((s) => BOOKS.includes(s.type)).map((s) => ({ doc: s.doc, lines: readFileSync(join(sourcesDir, s.doc), 'utf8').split('\n') }));
}

const built = new Map<string, Agency[]>();

/** The registry of a sources directory (what the ingest writes), with other texts' agency lines if given. */
export function registryOf(sourcesDir: string, more: Printed[] = []): Agency[] {
  const make = () => buildRegistry([...booksIn(sourcesDir), ...more], readFileSync(join(sourcesDir, CURATED_FILE), 'utf8'));
  if (more.length) return make();
  if (!built.has(sourcesDir)) built.set(sourcesDir, make());
  return built.get(sourcesDir)!;
}

let loaded: Agency[] | undefined;

/** The registry of the data directory: its agencies.json, or (before the first ingest) built from its sources. */
export function agencyRegistry(): Agency[] {
  const file = join(DATA_DIR, 'agencies.json');
  loaded ??= existsSync(file) ? Agency.array().parse(JSON.parse(readFileSync(file, 'utf8'))) : registryOf(join(DATA_DIR, 'sources'));
  return loaded;
}

/** An agency of a registry by its code, or an error naming the code. */
export function agencyOf(registry: Agency[], code: string): Agency {
  return registry.find((a) => a.code === code) ?? (() => { throw new Error(`agency ${code} is not in the registry`); })();
}

/** The ministry-level budget (the whole of the ministry), its proper part, and the agencies under it. */
export function ministryOf(registry: Agency[]): { total: Agency; proper: Agency; administrations: Agency[] } {
  const total = registry.find((a) => a.parent === null) ?? (() => { throw new Error('no ministry-level agency line in the books'); })();
  const proper = agencyOf(registry, `${total.code}01`);
  return { total, proper, administrations: registry.filter((a) => a.parent === total.code && a !== proper) };
}
