// Memory under hostile uploads, measured on a separate bot process (its RSS from /proc): 200
// concurrent unsigned 4 MB posts are cut off at the body cap, so the bot's resident memory stays
// under 250 MB while they arrive and the bot keeps answering.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oversizedChunkedPosts, oversizedPosts } from './burst.js';
import { spawnBot, type SpawnedBot } from './spawned.js';

const LIMIT_MB = 250;
const PATHS = ['/slack/events', '/discord/interactions'];

let bot: SpawnedBot;
beforeAll(async () => {
  bot = await spawnBot();
}, 90_000);
afterAll(async () => {
  await bot?.stop();
});

describe.runIf(existsSync('/proc/self/status'))('a separate bot process under oversized posts', () => {
  it('keeps RSS under 250 MB through 200 concurrent unsigned 4 MB posts, declared or chunked', async () => {
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, bot.rssMb())), 5);
    const exact = bot.resetPeak();
    const declared = await oversizedPosts(bot.url, PATHS, 200, 4 * 1024 * 1024);
    const chunked = await oversizedChunkedPosts(bot.url, PATHS, 200, 4 * 1024 * 1024);
    clearInterval(sample);
    if (exact) peak = Math.max(peak, bot.peakMb());
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(LIMIT_MB);
    // each is refused (413) or cut off mid-upload; none is answered
    expect([...declared, ...chunked].every((s) => s === 413 || s === 0)).toBe(true);
    expect(bot.alive()).toBe(true);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect(bot.leaks()).toBe(0);
  }, 120_000);
});
