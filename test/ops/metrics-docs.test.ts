// The Grafana dashboard and the alerting rules in docs/ read only metrics the bot exports, with
// outcomes it counts: a renamed metric or label breaks this test, not the operators' dashboards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrometheusMetrics } from '../../src/adapters/metrics/prometheus.js';
import { ROOT } from './spawned.js';

const files = ['docs/grafana-dashboard.json', 'docs/prometheus-alerts.yml'];
const OUTCOMES = ['figure', 'choices', 'passages', 'not_found', 'help', 'refused'];

describe('docs/grafana-dashboard.json and docs/prometheus-alerts.yml', () => {
  it('name only metrics the bot exports', async () => {
    const { registry } = createPrometheusMetrics({ delivery: { queued: 0, workingNow: 0, waitingNow: 0 }, redisUp: () => true, dataVersion: 'x' });
    const exported = new Set((await registry.getMetricsAsJSON()).map((m) => m.name));
    const dashboard = JSON.parse(readFileSync(join(ROOT, files[0]), 'utf8')) as { panels: { targets: { expr: string }[] }[] };
    expect(dashboard.panels.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const named = new Set([...text.matchAll(/\b((?:moda_budget|process|nodejs)_[a-z0-9_]+)/g)].map((m) => m[1].replace(/_(bucket|count|sum)$/, '')));
      expect(named.size, file).toBeGreaterThan(5);
      for (const name of named) expect(exported.has(name), `${file}: ${name}`).toBe(true);
      const outcomes = [...text.matchAll(/outcome[!=]~?\\?"([^"\\]+)\\?"/g)].flatMap((m) => m[1].split('|'));
      expect(outcomes.length, file).toBeGreaterThan(3);
      for (const value of outcomes) expect(OUTCOMES, `${file}: outcome ${value}`).toContain(value);
    }
  });
});
