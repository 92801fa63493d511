// Chart buttons pressed in a burst on a separate bot process as `npm start` runs it (the compiled
// bundle when built): every press is answered with a PNG or told to try again in a moment, the
// renders stay in the bounded pool so RSS peaks at no more than 350 MB, and a minute after the burst
// the workers are gone and RSS is at most 160 MB. The memory bounds are the goals, read from
// /proc; they are generous on this machine (the burst peaks near 225 MB and idles near 126 MB).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { discordChartBurst, slackChartBurst } from './chart-burst.js';
import { spawnBot, startEntry, type SpawnedBot } from './spawned.js';

const PEAK_MB = 350;
const IDLE_MB = 160;
// a ranking of agencies: an answer with a chart, from the data
const question = '114 年度哪個機關預算最多';

let bot: SpawnedBot;
beforeAll(async () => {
  bot = await spawnBot({}, startEntry());
}, 90_000);
afterAll(async () => {
  await bot?.stop();
});

describe.runIf(existsSync('/proc/self/status'))('200 chart presses at once, on Discord and on Slack', () => {
  it('answers every press (a PNG, or busy: try again), peaks under 350 MB and is under 160 MB after 60 s idle', async () => {
    expect(createEngine().ask(question).chart, 'the answer has a chart').toBeDefined();
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, bot.rssMb())), 5);
    const exact = bot.resetPeak();
    const discord = await discordChartBurst(bot, question, 200);
    const slack = await slackChartBurst(bot, question, 200);
    clearInterval(sample);
    if (exact) peak = Math.max(peak, bot.peakMb());
    for (const [surface, r] of Object.entries({ discord, slack })) {
      expect(r.acked, `${surface}: every press acknowledged`).toBe(200);
      expect(r.pngs + r.busy, `${surface}: every press answered`).toBe(200);
      // the pool draws what it can hold and refuses the rest at once
      expect(r.pngs, surface).toBeGreaterThan(0);
      expect(r.busy, surface).toBeGreaterThan(0);
    }
    expect(peak).toBeLessThanOrEqual(PEAK_MB);
    await new Promise((r) => setTimeout(r, 60_000));
    const idle = bot.rssMb();
    console.info(`chart burst: discord ${JSON.stringify(discord)}, slack ${JSON.stringify(slack)}, RSS peak ${peak.toFixed(1)} MB, after 60 s idle ${idle.toFixed(1)} MB`);
    expect(idle).toBeLessThanOrEqual(IDLE_MB);
    expect(bot.alive()).toBe(true);
    expect(bot.leaks()).toBe(0);
  }, 240_000);
});
