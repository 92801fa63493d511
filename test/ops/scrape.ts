// Prometheus text as a test reads it: every sample by its name and labels, exactly as printed.
export type Samples = Map<string, number>;

export function parseSamples(text: string): Samples {
  const out: Samples = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    out.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return out;
}

export async function scrape(url: string, token?: string): Promise<Samples> {
  const res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  if (res.status !== 200) throw new Error(`scrape answered ${res.status}`);
  return parseSamples(await res.text());
}

/** A sample's key: `name{a="x",b="y"}` with the labels in the order the metric declares them. */
export function sample(name: string, labels: Record<string, string> = {}): string {
  const inner = Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(',');
  return inner ? `${name}{${inner}}` : name;
}

/** How much each sample grew between two scrapes (absent before: from zero). */
export function delta(before: Samples, after: Samples, key: string): number {
  return (after.get(key) ?? 0) - (before.get(key) ?? 0);
}
