// Every chart kind, rendered from real answers: a PNG of sensible size with ink where the labels are.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { ChartSpec } from '../../src/core/answer.js';
import { renderChartPng, renderChartRaster, renderChartSvg } from '../../src/format/chart/index.js';
import { THEMES } from '../../src/format/chart/svg.js';

const engine = createEngine();
const chartOf = (q: string): ChartSpec => {
  const a = engine.ask(q);
  expect(a.chart, q).toBeDefined();
  return a.chart!;
};

/** Share of pixels in a box that differ from the background. */
function ink(r: { width: number; pixels: Buffer }, bg: string, x0: number, y0: number, x1: number, y1: number): number {
  const [br, bgc, bb] = [1, 3, 5].map((i) => parseInt(bg.slice(i, i + 2), 16));
  let n = 0;
  let total = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * r.width + x) * 4;
      total++;
      if (Math.abs(r.pixels[i] - br) + Math.abs(r.pixels[i + 1] - bgc) + Math.abs(r.pixels[i + 2] - bb) > 60) n++;
    }
  }
  return n / total;
}

const cases: [string, string][] = [
  ['bar (ranking)', '114 年度各機關預算排名'],
  ['bar (compare)', '數位產業署 112 與 114 年度預算比較'],
  ['bar (breakdown)', '數位發展部主管 114 年度用途別細分'],
  ['line (KPI series)', 'MyData 介接多少機關'],
  ['progress (major plan)', '連結亞太強韌陸海空網路計畫執行情形'],
];

describe('charts', () => {
  it.each(cases)('%s', async (_, q) => {
    const spec = chartOf(q);
    for (const theme of ['light', 'dark'] as const) {
      const r = await renderChartRaster(spec, { theme, lang: 'zh' });
      expect(r.png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(r.png.readUInt32BE(16)).toBe(r.width);
      expect(r.width).toBe(800);
      expect(r.height).toBeGreaterThan(150);
      expect(r.png.length).toBeGreaterThan(5_000);
      expect(r.png.length).toBeLessThan(300_000);
      const bg = THEMES[theme].bg;
      expect(ink(r, bg, 24, 20, 400, 50), 'title').toBeGreaterThan(0.02);
      expect(ink(r, bg, 24, 80, 200, r.height - 60), 'labels').toBeGreaterThan(0.005);
    }
  });

  it('grouped and stacked bars draw every series with a legend', async () => {
    const a = engine.ask('數位發展部主管 114 年度用途別細分');
    const base = a.chart!;
    for (const kind of ['grouped-bar', 'stacked-bar'] as const) {
      const spec: ChartSpec = { ...base, kind, series: [base.series[0], { name: '對照', values: base.series[0].values.map((v) => (v === null ? null : Math.round(v / 2))) }] };
      const svg = renderChartSvg(spec);
      expect(svg).toContain('對照');
      expect(svg.match(/<rect /g)!.length).toBeGreaterThan(spec.categories.length * 2);
      const png = await renderChartPng(spec);
      expect(png.length).toBeGreaterThan(5_000);
    }
  });

  it('escapes markup in labels', () => {
    const spec: ChartSpec = { kind: 'bar', title: '<b>&</b>', unit: 'count', categories: ['<x>'], series: [{ name: 's', values: [1] }], caption: '"' };
    const svg = renderChartSvg(spec);
    expect(svg).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(svg).not.toContain('<x>');
  });
});
