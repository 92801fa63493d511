// The real pages in headless Chromium: ask, read the headline figure, follow its citation to the
// highlighted line; a follow-up stays in the page's session; markup in a question stays text.
// Skips, saying so, where no Chromium is installed (set CHROMIUM_PATH to point at one).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adiBudget114, chromiumFor, thousands, webAndBrowser } from './harness.js';

const chromiumPath = chromiumFor('browser tests');

describe.skipIf(!chromiumPath)('web pages in Chromium', () => {
  const ctx = webAndBrowser(chromiumPath);
  let page: Page;

  async function open(path: string): Promise<Page> {
    page = await ctx.browser.newPage({ locale: 'zh-TW' });
    page.on('dialog', (d) => void d.dismiss());
    await page.goto(ctx.web.url + path);
    return page;
  }

  /** Type and press Enter: the box has the focus on the empty page; after an answer "/" gives it the focus, its old text selected. */
  async function ask(p: Page, q: string): Promise<void> {
    if (await p.locator('.answer').count()) {
      expect(await p.evaluate(() => document.activeElement?.id)).not.toBe('q');
      await p.keyboard.press('/');
    }
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('q');
    await p.keyboard.type(q);
    await Promise.all([p.waitForURL((u) => u.searchParams.get('q') === q), p.keyboard.press('Enter')]);
  }

  it('asks from the keyboard, shows the headline figure with its printed page, and its citation opens the viewer on that line', async () => {
    const row = adiBudget114();
    const p = await open('/');
    await ask(p, '數位產業署 114 年度預算');
    const headline = p.locator('.headline');
    expect(await headline.getAttribute('data-value')).toBe(String(row.budget));
    expect(await headline.locator('.figure-value').innerText()).toContain(`${thousands(row.budget!)} 千元`);
    // the exact 千元 part of a Chinese figure is the grey, smaller part
    expect(await headline.locator('.figure-value .exact').innerText()).toBe(`（${thousands(row.budget!)} 千元）`);
    expect(await headline.locator('.headline-cite').innerText()).toContain(`第 ${row.page} 頁`);

    await Promise.all([p.waitForURL(/\/sources\//), headline.locator('.headline-cite').click()]);
    const url = new URL(p.url());
    expect(url.pathname).toBe(`/sources/${row.doc}`);
    expect(url.hash).toBe(`#L${row.line}`);
    const target = p.locator(':target');
    expect(await target.getAttribute('id')).toBe(`L${row.line}`);
    await expect.poll(() => target.evaluate((el) => el.classList.contains('highlight'))).toBe(true);
    const records = p.locator(`#R${row.line}`);
    expect(await records.isVisible()).toBe(true);
    expect(await records.innerText()).toContain(`${thousands(row.budget!)} 千元`);
    expect(await records.locator('summary').innerText()).toContain(`第 ${row.page} 頁`);
  });

  it('carries the page session into a follow-up question', async () => {
    const p = await open('/');
    await ask(p, '數位產業署 114 年度預算');
    const session = (await p.context().cookies()).find((c) => c.name === 'moda_session');
    expect(session?.value).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(session?.httpOnly).toBe(true);
    await ask(p, '那 113 年呢？');
    expect(new URL(p.url()).searchParams.get('s')).toBeNull();
    expect(await p.locator('.history li').allInnerTexts()).toEqual(['數位產業署 114 年度預算', '那 113 年呢？']);
  });

  it('answers the follow-up "那 113 年呢？" with ADI\'s FY113 budget', async () => {
    const row = adiBudget114();
    const p = await open('/');
    await ask(p, '數位產業署 114 年度預算');
    await ask(p, '那 113 年呢？');
    expect(await p.locator('.headline').getAttribute('data-value')).toBe(String(row.previousBudget));
  });

  it('shows a question containing <script> as text and runs none of it', async () => {
    const q = '<script>window.__injected = 1</script><img src=x onerror="window.__injected = 2">';
    const p = await open(`/?q=${encodeURIComponent(q)}`);
    expect(await p.locator('.answer .query').innerText()).toBe(q);
    expect(await p.locator('#q').inputValue()).toBe(q);
    expect(await p.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(await p.locator('main script, main img').count()).toBe(0);
  });

  it('switches to presentation mode with P, keeping the question and the session', async () => {
    const p = await open('/');
    await ask(p, '114 年度哪個機關預算最多');
    await p.locator('.summary').click();
    await Promise.all([p.waitForURL((u) => u.searchParams.get('present') === '1'), p.keyboard.press('p')]);
    expect(await p.locator('body').getAttribute('class')).toContain('present');
    expect(new URL(p.url()).searchParams.get('s')).toBeNull();
    expect(await p.locator('.answer .query').innerText()).toBe('114 年度哪個機關預算最多');
    await p.locator('.summary').click();
    await p.keyboard.press('/');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('q');
  });
});
