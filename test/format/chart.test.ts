// Every chart kind, drawn from real answers: a PNG of sensible size, decoded and looked at, with ink
// where the title, the labels and the sources go, nothing past the margins, and real Chinese glyphs.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/core/answer.js';
import { createEngine } from '../../src/core/engine.js';
import { renderChart, renderChartPng, renderChartSvg } from '../../src/format/chart/index.js';
import { groupDigits } from '../../src/format/numbers.js';

/** 億 with two decimals for every value of a chart whose largest is in 億. */
const yi = (v: number) => `${groupDigits(v / 1e8, 2)} 億`;
import { agenciesOverYears, chartOf, classesByNature, SAMPLE_QUESTIONS } from '../../scripts/render-sample-charts.js';

const engine = createEngine();
const BG = { light: [255, 255, 255], dark: [0x1a, 0x1d, 0x21] };

function decode(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return PNG.sync.read(png);
}

/** Share of pixels in a box that differ clearly from the background. */
function ink(img: PNG, bg: number[], x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  let total = 0;
  for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) {
      const i = (y * img.width + x) * 4;
      total++;
      if (Math.abs(img.data[i] - bg[0]) + Math.abs(img.data[i + 1] - bg[1]) + Math.abs(img.data[i + 2] - bg[2]) > 60) n++;
    }
  }
  return total ? n / total : 0;
}

const specs: [string, () => ChartSpec][] = [
  ['bar: the agencies of 114', () => chartOf(engine, SAMPLE_QUESTIONS['agencies-114'])],
  ['bar: one agency 112→114', () => chartOf(engine, SAMPLE_QUESTIONS['adi-112-114'])],
  ['bar: a ranking with long names', () => chartOf(engine, '114 年度預算最多的前 5 個業務計畫')],
  ['line: the MyData series', () => chartOf(engine, SAMPLE_QUESTIONS['mydata-series'])],
  ['progress: a major plan', () => chartOf(engine, SAMPLE_QUESTIONS['plan-progress'])],
  ['grouped-bar: agencies over the years', () => agenciesOverYears(engine)],
  ['stacked-bar: object classes by nature', () => classesByNature(engine)],
];

describe('every kind renders', () => {
  it.each(specs)('%s, at 2× (1600 px) for slides', async (_, make) => {
    const spec = make();
    for (const theme of ['light', 'dark'] as const) {
      const png = await renderChartPng(spec, { theme });
      const img = decode(png);
      expect(png.readUInt32BE(16)).toBe(img.width);
      expect(img.width).toBe(1600);
      const s = 2; // layout px → image px
      expect(img.height).toBeGreaterThan(180 * s);
      expect(img.height).toBeLessThan(1600 * s);
      expect(png.length).toBeGreaterThan(5_000);
      expect(png.length).toBeLessThan(800_000);
      const bg = BG[theme];
      const h = img.height / s;
      const box = (x0: number, y0: number, x1: number, y1: number) => ink(img, bg, x0 * s, y0 * s, x1 * s, y1 * s);
      expect(box(0, 0, 800, 4), 'background').toBe(0);
      expect(box(24, 26, 300, 50), 'title').toBeGreaterThan(0.04);
      expect(box(24, 70, 120, h - 60), 'labels').toBeGreaterThan(0.01);
      expect(box(24, h - 40, 400, h - 18), 'sources').toBeGreaterThan(0.01);
      expect(box(800 - 8, 0, 800, h), 'right margin').toBe(0);
      expect(box(0, 0, 16, h), 'left margin').toBe(0);
    }
  });

  it('renders SVG on request, and 1× when asked', async () => {
    const spec = specs[0][1]();
    const svg = (await renderChart(spec, { format: 'svg' })).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(decode(await renderChartPng(spec, { scale: 1 })).width).toBe(800);
  });
});

describe('what the charts say', () => {
  it('one unit and the same decimals for every value of a chart, with the unit said once', () => {
    for (const q of [SAMPLE_QUESTIONS['agencies-114'], 'Rank agencies by 2025 budget']) {
      const answer = engine.ask(q);
      const svg = renderChartSvg(answer.chart!, { lang: answer.lang });
      for (const v of answer.chart!.series[0].values) {
        expect(svg).toContain(answer.lang === 'zh' ? `>${yi(v!)}<` : `>NT$${groupDigits(v! / 1e9, 2)}B<`);
      }
      expect(svg).not.toMatch(/\d 萬</);
      expect(svg).toContain(answer.lang === 'zh' ? '單位：新臺幣億元' : 'Unit: NT$ billion');
    }
  });

  it('a comparison of two years says the change', () => {
    const spec = chartOf(engine, SAMPLE_QUESTIONS['adi-112-114']);
    const [a, b] = spec.series[0].values as number[];
    const svg = renderChartSvg(spec);
    expect(svg).toContain(`${yi(Math.abs(b - a))}（${b >= a ? '+' : '-'}${groupDigits(Math.abs((b - a) / a) * 100, 2)}%）`);
  });

  it('a date on the line carries its Western year', () => {
    const spec = chartOf(engine, SAMPLE_QUESTIONS['mydata-series']);
    const svg = renderChartSvg(spec);
    for (const c of spec.categories) {
      const [roc, month] = c.split('-');
      expect(svg).toContain(`(${Number(roc) + 1911}-${month})`);
    }
    expect(renderChartSvg({ ...spec, categories: spec.categories.map((c) => c.split('-')[0]), kind: 'bar' })).toContain(
      `${spec.categories[0].split('-')[0]} (${Number(spec.categories[0].split('-')[0]) + 1911})`,
    );
  });

  it('a plan shows each part as a share of its approved total', () => {
    const spec = chartOf(engine, SAMPLE_QUESTIONS['plan-progress']);
    const svg = renderChartSvg(spec);
    for (const v of spec.series[0].values) expect(svg).toContain(`（${groupDigits((v! / spec.total!) * 100, 1)}%）`);
    expect(svg).toContain(`核定總經費 ${yi(spec.total!)}`);
  });

  it('long names wrap instead of being cut, and the sources are all there', () => {
    const spec = chartOf(engine, '114 年度預算最多的前 5 個業務計畫');
    const svg = renderChartSvg(spec, { width: 480 });
    const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    for (const c of spec.categories) expect(squeeze(drawn)).toContain(squeeze(c));
    expect(squeeze(drawn)).toContain(squeeze(spec.caption));
    expect(svg).not.toContain('…');
  });

  it('draws real Chinese glyphs, not one missing-glyph box for every character', async () => {
    const base = chartOf(engine, SAMPLE_QUESTIONS['agencies-114']);
    const [a, b] = base.categories;
    const titleOf = async (title: string) => decode(await renderChartPng({ ...base, title }));
    const [ia, ib] = [await titleOf(a), await titleOf(b)];
    let differ = 0;
    for (let y = 52; y < 100; y++) for (let x = 48; x < 48 + 40 * 5; x++) if (ia.data[(y * ia.width + x) * 4] !== ib.data[(y * ib.width + x) * 4]) differ++;
    expect(a).not.toBe(b);
    expect(differ).toBeGreaterThan(50);
  });

  it('several series get a legend; a stack carries its total', () => {
    const grouped = agenciesOverYears(engine);
    const svg = renderChartSvg(grouped);
    for (const s of grouped.series) expect(svg).toContain(`>${s.name}<`);
    const stacked = classesByNature(engine);
    const totals = stacked.categories.map((_, i) => stacked.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
    const stackedSvg = renderChartSvg(stacked);
    for (const t of totals) expect(stackedSvg).toContain(yi(t));
  });
});

describe('odd input', () => {
  it('escapes markup, draws gaps for missing values, and renders an empty chart', async () => {
    const base = chartOf(engine, SAMPLE_QUESTIONS['agencies-114']);
    const svg = renderChartSvg({ ...base, title: '<b>&</b>', categories: ['<x>', ...base.categories.slice(1)] });
    expect(svg).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(svg).not.toContain('<x>');
    const gaps = { ...base, series: [{ ...base.series[0], values: [null, Number.NaN, ...base.series[0].values.slice(2)] }] };
    expect(decode(await renderChartPng(gaps)).width).toBe(1600);
    const empty = decode(await renderChartPng({ ...base, categories: [], series: [] }, { width: 400 }));
    expect(empty.width).toBe(800);
  });
});
