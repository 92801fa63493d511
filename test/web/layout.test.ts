// The lookup page on a phone (390×844), a laptop (1280×800) and a projector (1920×1080, presentation
// mode), in headless Chromium: nothing wider than the screen, the headline figure on one line and on
// the screen, chart text at least 11 px as drawn on the screen, the answer on one projector screen,
// and P / Esc switching presentation mode after an answer whatever has the focus, unless typing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adiBudget114, chromiumFor, sharedEngine, webAndBrowser } from './harness.js';

const chromiumPath = chromiumFor('layout tests');

/** A ranking (headline, table and chart) and a figure over years (a table with sources, a chart). */
const QUESTIONS = ['114 年度哪個機關預算最多', '數位產業署 114 年度預算', 'Which agency has the largest budget in 2025?'];
const SCREENS = [
  { name: 'phone', width: 390, height: 844, present: [false, true] },
  { name: 'laptop', width: 1280, height: 800, present: [false, true] },
  { name: 'projector', width: 1920, height: 1080, present: [true] },
];
const CASES = SCREENS.flatMap((s) => s.present.flatMap((present) => QUESTIONS.map((q) => ({ ...s, present, q }))));

/** What the page measures of itself once its fonts are in and the headline has been fitted. */
interface Measured {
  pageWidth: number;
  viewWidth: number;
  headlineLines: number;
  headline: { left: number; right: number; top: number; bottom: number; clipped: boolean };
  chartsShown: number;
  smallestChartText: number;
  answerBottom: number;
}

function measure(p: Page): Promise<Measured> {
  return p.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const fig = document.querySelector<HTMLElement>('.figure-value')!;
    const range = document.createRange();
    range.selectNodeContents(fig);
    // text on one line overlaps vertically (a smaller part sits on the same baseline); a wrapped line starts below
    const rects = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
    let lines = 0;
    let lineBottom = -Infinity;
    for (const r of rects) {
      if (r.top >= lineBottom - 1) lines++;
      lineBottom = Math.max(r.top >= lineBottom - 1 ? r.bottom : lineBottom, r.bottom);
    }
    const box = fig.getBoundingClientRect();
    const shown = [...document.querySelectorAll<HTMLElement>('.chart-at')].filter((c) => c.getClientRects().length > 0);
    const sizes = shown.flatMap((c) => {
      const svg = c.querySelector('svg')!;
      const scale = svg.getScreenCTM()!.a;
      return [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
    });
    const parts = ['.answer-main', '.chart', '.sources', '.chips'].map((s) => document.querySelector(s)).filter((e): e is Element => !!e);
    return {
      pageWidth: document.documentElement.scrollWidth,
      viewWidth: document.documentElement.clientWidth,
      headlineLines: lines,
      headline: { left: box.left, right: box.right, top: box.top, bottom: box.bottom, clipped: fig.scrollWidth > fig.clientWidth + 1 },
      chartsShown: shown.length,
      smallestChartText: Math.min(...sizes),
      answerBottom: Math.max(...parts.map((e) => e.getBoundingClientRect().bottom)),
    };
  });
}

describe.skipIf(!chromiumPath)('the lookup page on a phone, a laptop and a projector', () => {
  const ctx = webAndBrowser(chromiumPath);

  async function open(path: string, width: number, height: number): Promise<Page> {
    const page = await ctx.browser.newPage({ viewport: { width, height }, locale: 'zh-TW' });
    await page.goto(ctx.web.url + path, { waitUntil: 'load' });
    return page;
  }

  it.each(CASES)('$name $width×$height, presentation $present: "$q" fits', async ({ width, height, present, q }) => {
    const p = await open(`/?q=${encodeURIComponent(q)}${present ? '&present=1' : ''}`, width, height);
    try {
      const m = await measure(p);
      expect(m.pageWidth, 'no page-wide horizontal overflow').toBeLessThanOrEqual(m.viewWidth);
      expect(m.headlineLines, 'the headline figure on one line').toBe(1);
      expect(m.headline.clipped, 'the headline figure not cut off').toBe(false);
      expect(m.headline.left).toBeGreaterThanOrEqual(0);
      expect(m.headline.right).toBeLessThanOrEqual(width);
      if (present) expect(m.headline.bottom, 'the headline figure on the first screen').toBeLessThanOrEqual(height);
      expect(m.chartsShown, 'one drawing of the chart shown').toBe(1);
      expect(m.smallestChartText, 'chart text as shown').toBeGreaterThanOrEqual(11);
      if (width === 1920) expect(m.answerBottom, 'the answer on one projector screen').toBeLessThanOrEqual(height);
    } finally {
      await p.close();
    }
  });

  it('shows a ranking table on a phone as cards, each cell under its column name, inside the screen', async () => {
    const q = QUESTIONS[0];
    const p = await open(`/?q=${encodeURIComponent(q)}`, 390, 844);
    try {
      const table = sharedEngine().ask(q).table!;
      const cells = p.locator('.answer-table tbody tr').first().locator('td');
      expect(await cells.count()).toBe(table.columns.length);
      for (let i = 0; i < table.columns.length; i++) {
        const box = (await cells.nth(i).boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        expect(await cells.nth(i).evaluate((td) => getComputedStyle(td, '::before').content)).toBe(`"${table.columns[i]}"`);
      }
    } finally {
      await p.close();
    }
  });

  it('keeps the records of a cited line on a phone within the screen, beside a table that scrolls in its own box', async () => {
    const row = adiBudget114();
    const p = await open(`/sources/${row.doc}?lang=zh#L${row.line}`, 390, 844);
    try {
      const records = p.locator(`#R${row.line}`);
      await expect.poll(() => records.isVisible()).toBe(true);
      const box = (await records.locator('.record').first().boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const widths = await p.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.view);
    } finally {
      await p.close();
    }
  });

  it.each(SCREENS)('$name: after an answer P and Esc switch presentation mode whatever has the focus; typing in the box is typing', async ({ width, height }) => {
    const p = await open('/', width, height);
    try {
      await p.keyboard.type('ADI budget 2025');
      await Promise.all([p.waitForURL((u) => u.searchParams.get('q') === 'ADI budget 2025'), p.keyboard.press('Enter')]);
      const presentNow = () => p.evaluate(() => document.body.classList.contains('present'));
      const press = async (key: string, present: boolean) => {
        await Promise.all([p.waitForURL((u) => (u.searchParams.get('present') === '1') === present), p.keyboard.press(key)]);
        await p.waitForLoadState('load');
        expect(await presentNow()).toBe(present);
      };
      await press('p', true);
      await press('Escape', false);
      await press('P', true);
      await p.locator('.chip').first().focus(); // focus on a link
      await press('p', false);
      // in the box P is a letter; Esc leaves the box, and then P works again
      await p.keyboard.press('/');
      await p.keyboard.type('p');
      expect(await p.locator('#q').inputValue()).toBe('p');
      expect(await presentNow()).toBe(false);
      await p.keyboard.press('Escape');
      expect(await p.evaluate(() => document.activeElement?.id)).not.toBe('q');
      await press('p', true);
      // a visible button does the same
      await Promise.all([p.waitForURL((u) => u.searchParams.get('present') === null), p.locator('#toggle-present').click()]);
      expect(await presentNow()).toBe(false);
    } finally {
      await p.close();
    }
  });

  it('starts a new question when a letter is typed after an answer', async () => {
    const p = await open(`/?q=${encodeURIComponent('ADI budget 2025')}`, 1280, 800);
    try {
      expect(await p.evaluate(() => document.activeElement?.id)).not.toBe('q');
      await p.keyboard.type('ACS budget 2025');
      expect(await p.locator('#q').inputValue()).toBe('ACS budget 2025');
    } finally {
      await p.close();
    }
  });
});
