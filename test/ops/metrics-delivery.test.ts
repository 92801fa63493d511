// The delivery metrics against the real Delivery queue: a reply tried again counts as retried, one
// given up counts with why (retries used up, not worth retrying, queue full), and the outbound
// queue is read when Prometheus scrapes. And the one word per answer every counter uses.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { createEngine } from '../../src/core/engine.js';
import { Delivery, GiveUpError } from '../../src/adapters/delivery.js';
import { answerOutcome } from '../../src/adapters/gap-frame.js';
import { createHttpServer } from '../../src/adapters/http/server.js';
import { startMetrics, type RunningMetrics } from '../../src/adapters/metrics/index.js';
import { delta, sample, scrape } from './scrape.js';

const logger = createLogger('silent');
const delivery = new Delivery({ logger, sleep: async () => undefined });
let running: RunningMetrics;
let url: string;
const server = () => createHttpServer({ routes: running.routes, isReady: () => true, dataVersion: 'test', logger });
let http: ReturnType<typeof server>;

beforeAll(async () => {
  running = await startMetrics({ host: '127.0.0.1', logger, sources: { delivery, dataVersion: 'test' } });
  http = server();
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/metrics`;
});
afterAll(async () => {
  await running.stop();
  http.closeAllConnections();
  await new Promise((r) => http.close(r));
});

const failing = (status: number) => Object.assign(new Error(`status ${status}`), { status });
const retried = (platform: string) => sample('moda_budget_deliveries_retried_total', { platform });
const givenUp = (platform: string, reason: string) => sample('moda_budget_deliveries_given_up_total', { platform, reason });

describe('delivery metrics', () => {
  it('counts retries and give-ups by platform and reason', async () => {
    const before = await scrape(url);
    let calls = 0;
    await delivery.send('slack:slash', async () => {
      if (++calls === 1) throw failing(503);
      return 'ok';
    });
    await expect(delivery.send('discord:edit', async () => Promise.reject(failing(400)))).rejects.toBeInstanceOf(GiveUpError);
    await expect(delivery.send('slack:mention', async () => Promise.reject(failing(502)))).rejects.toBeInstanceOf(GiveUpError);
    const full = new Delivery({ logger, maxPending: 0 });
    await expect(full.send('slack:dm', async () => 'never')).rejects.toBeInstanceOf(GiveUpError);
    const after = await scrape(url);
    // 503 then ok: one retry; 502 three times: two retries, then given up
    expect(delta(before, after, retried('slack'))).toBe(3);
    expect(delta(before, after, retried('discord'))).toBe(0);
    expect(delta(before, after, givenUp('discord', 'not_retryable'))).toBe(1);
    expect(delta(before, after, givenUp('slack', 'exhausted'))).toBe(1);
    expect(delta(before, after, givenUp('slack', 'queue_full'))).toBe(1);
  });

  it('reads the outbound queue at scrape time', async () => {
    let release!: () => void;
    const sending = delivery.send('slack:slash', () => new Promise<void>((r) => (release = r)));
    expect((await scrape(url)).get(sample('moda_budget_outbound_queue'))).toBe(1);
    release();
    await sending;
    expect((await scrape(url)).get(sample('moda_budget_outbound_queue'))).toBe(0);
  });
});

describe('the outcome of an answer', () => {
  const engine = createEngine();
  it('is choices for a clarifying answer and for any answer that offers choices', () => {
    const clarify = engine.ask('What is the approved total of the satellite plan?');
    expect(clarify.intent).toBe('clarify');
    expect(answerOutcome(clarify)).toBe('choices');
    const figure = engine.ask('數位產業署 114 年度預算');
    expect(answerOutcome(figure)).toBe('figure');
    // the answer contract's list of choices, when an answer carries one
    expect(clarify.choices?.length).toBeGreaterThan(1);
    expect(answerOutcome({ ...figure, choices: clarify.choices })).toBe('choices');
    expect(answerOutcome({ ...figure, choices: [] })).toBe('figure');
  });
  it('is not_found, help or passages for answers without a figure', () => {
    expect(answerOutcome(engine.ask('衛生福利部 114 年度預算'))).toBe('not_found');
    expect(answerOutcome(engine.ask('help'))).toBe('help');
    const search = engine.ask('搜尋 資安');
    expect(search.figures).toEqual([]);
    expect(answerOutcome(search)).toBe('passages');
  });
});
