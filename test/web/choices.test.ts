// Choices on the web: the lookup page in Chromium shows an unsure answer's choices as links under the
// summary; one reached from the keyboard answers with exactly that figure in the page's session (its
// cookie), and a follow-up carries on from it. The JSON API on the same server returns `choices` and `confidence`, and
// answers `?pick=<token>&q=<question>` with that figure, in a session or alone.
import { Writable } from 'node:stream';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Choice } from '../../src/core/answer.js';
import { createAskApi } from '../../src/adapters/http/api.js';
import { RateLimiter } from '../../src/adapters/limits.js';
import { createConversationStore } from '../../src/adapters/state/conversations.js';
import { MemoryStore } from '../../src/adapters/state/store.js';
import { createLogger } from '../../src/log.js';
import { shortValue } from '../../src/format/choices.js';
import { CHOICES_QUESTION, FOLLOW_UP, expectChoices, expectFollowUp, expectPicked, followUpFact } from '../conversation/choices.js';
import { chromiumFor, sharedEngine, startWeb, webAndBrowser, type WebServer } from './harness.js';

const chromiumPath = chromiumFor('choices on the lookup page');
const choices = expectChoices(sharedEngine().ask(CHOICES_QUESTION));
const current = choices.find((c) => c.label.includes('經常門'))!;

describe.skipIf(!chromiumPath)('choices on the lookup page, in Chromium', () => {
  const ctx = webAndBrowser(chromiumPath);

  async function asked(q: string): Promise<Page> {
    const p = await ctx.browser.newPage({ locale: 'zh-TW' });
    await p.goto(`${ctx.web.url}/?q=${encodeURIComponent(q)}`);
    return p;
  }
  const headline = async (p: Page) => Number(await p.locator('.headline').getAttribute('data-value'));

  it('shows each choice under the summary with its label and value', async () => {
    const p = await asked(CHOICES_QUESTION);
    const links = p.locator('.answer .choices .choice');
    expect(await links.count()).toBe(choices.length);
    for (const [i, c] of choices.entries()) {
      const text = await links.nth(i).innerText();
      expect(text).toContain(c.label);
      expect(text).toContain(shortValue(c, 'zh'));
    }
    const below = await p.locator('.answer .summary').evaluate((s) =>
      Boolean(s.compareDocumentPosition(document.querySelector('.answer .choices')!) & Node.DOCUMENT_POSITION_FOLLOWING));
    expect(below).toBe(true);
    expect(await p.locator('.headline').count()).toBe(0);
  });

  it('answers with the choice reached by Tab and Enter, in the session, and reads a follow-up after it', async () => {
    const p = await asked(CHOICES_QUESTION);
    const cookie = async () => (await p.context().cookies()).find((c) => c.name === 'moda_session')?.value;
    const session = await cookie();
    expect(session).toBeDefined();
    const target = choices.indexOf(current);
    const onTarget = () => p.evaluate((k) => document.activeElement === document.querySelectorAll('.choice')[k], target);
    for (let i = 0; i < 20 && !(await onTarget()); i++) await p.keyboard.press('Tab');
    expect(await onTarget()).toBe(true);
    await Promise.all([p.waitForURL((u) => u.searchParams.get('pick') === current.pick), p.keyboard.press('Enter')]);
    expect(await cookie()).toBe(session);
    expect(await headline(p)).toBe(current.figure.value);
    expect(await p.locator('.choices').count()).toBe(0);

    await p.locator('.summary').click();
    await p.keyboard.press('/');
    await p.keyboard.type(FOLLOW_UP);
    await Promise.all([p.waitForURL((u) => u.searchParams.get('q') === FOLLOW_UP), p.keyboard.press('Enter')]);
    const want = followUpFact(current.figure);
    const stated = await p.locator('.headline').count();
    expect(stated ? await headline(p) : Number(await p.locator('.choice').first().getAttribute('data-value'))).toBe(want.value);
  });

  it.each([
    { screen: 'phone', width: 390, height: 844, present: '' },
    { screen: 'projector', width: 1920, height: 1080, present: '&present=1' },
  ])('fits the choices on the $screen screen, each whole and on the first screen', async ({ width, height, present }) => {
    const p = await ctx.browser.newPage({ locale: 'zh-TW', viewport: { width, height } });
    await p.goto(`${ctx.web.url}/?q=${encodeURIComponent(CHOICES_QUESTION)}${present}`);
    const laid = await p.evaluate(() => ({
      pageWidth: document.documentElement.scrollWidth,
      viewWidth: document.documentElement.clientWidth,
      boxes: [...document.querySelectorAll('.choice')].map((c) => {
        const r = c.getBoundingClientRect();
        return { left: r.left, right: r.right, bottom: r.bottom, clipped: c.scrollWidth > c.clientWidth + 1 };
      }),
    }));
    expect(laid.pageWidth).toBeLessThanOrEqual(laid.viewWidth);
    for (const b of laid.boxes) expect(b).toMatchObject({ clipped: false });
    expect(Math.min(...laid.boxes.map((b) => b.left))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...laid.boxes.map((b) => b.right))).toBeLessThanOrEqual(width);
    expect(Math.max(...laid.boxes.map((b) => b.bottom))).toBeLessThanOrEqual(height);
  });

  it('answers with a choice when its number is typed after the choices', async () => {
    const p = await asked(CHOICES_QUESTION);
    await p.locator('.summary').click();
    await p.keyboard.press('2');
    await Promise.all([p.waitForURL((u) => u.searchParams.get('q') === '2'), p.keyboard.press('Enter')]);
    expect(await headline(p)).toBe(choices[1].figure.value);
  });
});

describe('GET /api/ask with choices', () => {
  let api: WebServer;
  let base: string;
  beforeAll(async () => {
    const logger = createLogger('warn', new Writable({ write: (_c, _e, cb) => cb() }));
    const handler = createAskApi({
      engine: sharedEngine(), logger, limiter: new RateLimiter(1000), maxQuestionChars: 500, conversations: createConversationStore(new MemoryStore()),
    });
    api = await startWeb({}, { 'GET /api/ask': handler });
    base = api.url;
  });
  afterAll(async () => {
    await api?.close();
  });

  const get = async (params: Record<string, string>): Promise<{ status: number; json: Answer & { error?: string } }> => {
    const res = await fetch(`${base}/api/ask?${new URLSearchParams(params)}`);
    return { status: res.status, json: await res.json() };
  };
  const pickOf = (c: Choice) => ({ pick: c.pick, q: CHOICES_QUESTION });

  it('returns the choices and the confidence, and a pick answers with that figure', async () => {
    const asked = await get({ q: CHOICES_QUESTION });
    expect(asked.json.choices).toEqual(choices);
    expect(asked.json.confidence).toBe(sharedEngine().ask(CHOICES_QUESTION).confidence);
    for (const c of choices) expectPicked((await get(pickOf(c))).json, c);
  });

  it('carries a session on from the figure picked', async () => {
    const session = 'choices-test';
    expectChoices((await get({ q: CHOICES_QUESTION, session })).json);
    expectPicked((await get({ ...pickOf(current), session })).json, current);
    expectFollowUp((await get({ q: FOLLOW_UP, session })).json, current.figure);
  });

  it('refuses a malformed pick or one without its question, and says when a pick is not known', async () => {
    expect((await get({ pick: 'i1 or 1=1', q: CHOICES_QUESTION })).status).toBe(400);
    const alone = await get({ pick: current.pick });
    expect(alone.status).toBe(400);
    expect(alone.json.error).toContain('?q=');
    const gone = await get({ pick: 'i99999999', q: CHOICES_QUESTION });
    expect(gone.status).toBe(200);
    expect(gone.json.figures).toEqual([]);
    expect(gone.json.intent).toBe('not_found');
  });
});
