// Regenerates the web screenshots in docs/: `npx tsx test/web/screenshots.ts` (needs Chromium).
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { adiBudget114, findChromium, startWeb } from './harness.js';
import { CHOICES_QUESTION } from '../conversation/choices.js';

const DOCS = join(import.meta.dirname, '../../docs');

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  const web = await startWeb();
  const browser = await chromium.launch({ executablePath });
  const shoot = async (path: string, file: string, width: number, height: number) => {
    const page = await browser.newPage({ viewport: { width, height }, locale: 'zh-TW' });
    await page.goto(web.url + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(DOCS, file) });
    await page.close();
  };
  try {
    const row = adiBudget114();
    // the three screens the layout tests measure: a laptop, a phone, a projector in presentation mode
    await shoot(`/?q=${encodeURIComponent('數位產業署 114 年度預算')}`, 'web-lookup.png', 1280, 800);
    await shoot(`/?q=${encodeURIComponent('114 年度哪個機關預算最多')}`, 'web-phone.png', 390, 844);
    await shoot(`/?q=${encodeURIComponent('114 年度哪個機關預算最多')}&present=1`, 'web-present.png', 1920, 1080);
    await shoot(`/?q=${encodeURIComponent('數位產業署 114 年度預算')}&present=1`, 'web-present-laptop.png', 1280, 800);
    // an unsure answer: its choices under the summary, on a phone
    await shoot(`/?q=${encodeURIComponent(CHOICES_QUESTION)}`, 'web-choices-phone.png', 390, 844);
    await shoot(`/sources/${row.doc}?lang=zh#L${row.line}`, 'web-viewer.png', 1280, 800);
    await shoot(`/sources/${row.doc}?lang=zh#L${row.line}`, 'web-viewer-phone.png', 390, 844);
  } finally {
    await browser.close();
    await web.close();
  }
}

await main();
