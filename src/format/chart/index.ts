// One chart renderer for every surface: ChartSpec → SVG → PNG with resvg and a bundled Noto Sans font.
// resvg and the font load on the first chart only, so answers without charts cost nothing.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ChartSpec } from '../../core/answer.js';
import { chartSvg, type ChartOptions } from './svg.js';

export type { ChartOptions } from './svg.js';

export interface Raster {
  png: Buffer;
  width: number;
  height: number;
  /** RGBA, row by row */
  pixels: Buffer;
}

interface Renderer {
  render(svg: string): Raster;
}

let renderer: Promise<Renderer> | null = null;

/** Noto Sans Hant (OFL) from the npm package, so labels show on a machine with no CJK fonts. */
export function fontFiles(): string[] {
  // the package exports only its main entry; the fonts sit beside it under fonts/
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@embedpdf/fonts-tc')), '..', 'fonts');
  return [join(dir, 'NotoSansHant-Regular.otf'), join(dir, 'NotoSansHant-Bold.otf')];
}

function loadRenderer(): Promise<Renderer> {
  renderer ??= import('@resvg/resvg-js').then(({ Resvg }) => {
    const font = { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans Hant' };
    return {
      render: (svg: string) => {
        const img = new Resvg(svg, { font, fitTo: { mode: 'original' } }).render();
        return { png: Buffer.from(img.asPng()), width: img.width, height: img.height, pixels: Buffer.from(img.pixels) };
      },
    };
  });
  return renderer;
}

export function renderChartSvg(spec: ChartSpec, opts: ChartOptions = {}): string {
  return chartSvg(spec, opts);
}

export async function renderChartRaster(spec: ChartSpec, opts: ChartOptions = {}): Promise<Raster> {
  const r = await loadRenderer();
  return r.render(chartSvg(spec, opts));
}

export async function renderChartPng(spec: ChartSpec, opts: ChartOptions = {}): Promise<Buffer> {
  return (await renderChartRaster(spec, opts)).png;
}
