// What metrics cost the slash path: two bots of the same build, one with METRICS_TOKEN set (and
// scraped every second while it is loaded, far more often than Prometheus would), one without,
// loaded in turn — A B B A … so that the machine's drift falls on both alike. Each turn: throughput
// closed-loop, then the CPU time the bot spent per request (from /proc) at a fixed 100 req/s, which
// neither the shared cores' contention nor the batching of a saturated event loop moves as much.
import { readFileSync } from 'node:fs';
import { createPrometheusMetrics } from '../src/adapters/metrics/prometheus.js';
import { closedLoop, openLoop, type SlashTarget } from './slash-load.js';

export interface MetricsAB {
  on: number[];
  off: number[];
  /** median req/s with metrics on over the median with them off */
  ratio: number;
  /** bot CPU ms per request at 100 req/s, each run */
  cpuOn: number[];
  cpuOff: number[];
  /** median CPU per request with metrics on over the median with them off */
  cpuRatio: number;
  scrapes: number;
}

type Bot = SlashTarget & { pid: number };

/** user + system CPU time of a process, in ms (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function metricsAB(off: Bot, on: Bot & { metricsUrl: string; token: string }, rounds = 3, seconds = 3): Promise<MetricsAB> {
  const figures: MetricsAB = { on: [], off: [], ratio: NaN, cpuOn: [], cpuOff: [], cpuRatio: NaN, scrapes: 0 };
  const load = async (bot: Bot, rps: number[], cpu: number[]) => {
    rps.push((await closedLoop(bot, { seconds })).rps);
    const c0 = cpuMs(bot.pid);
    const o = await openLoop(bot, 100, 4);
    // the answers go out after the acks: let them finish before reading the CPU spent
    await new Promise((res) => setTimeout(res, 500));
    cpu.push(Math.round(((cpuMs(bot.pid) - c0) / Math.max(1, o.requests)) * 1000) / 1000);
  };
  const scraped = async () => {
    const res = await fetch(on.metricsUrl, { headers: { authorization: `Bearer ${on.token}` } });
    if (!res.ok) throw new Error(`/metrics answered ${res.status}`);
    await res.text();
    figures.scrapes++;
  };
  const loadOn = async () => {
    const timer = setInterval(() => void scraped(), 1000);
    try {
      await load(on, figures.on, figures.cpuOn);
    } finally {
      clearInterval(timer);
    }
  };
  const loadOff = () => load(off, figures.off, figures.cpuOff);
  // warm both up first: the first seconds of a process are not its steady state
  await closedLoop(off, { seconds: 1 });
  await closedLoop(on, { seconds: 1 });
  for (let r = 0; r < rounds; r++) {
    const [first, second] = r % 2 ? [loadOn, loadOff] : [loadOff, loadOn];
    await first();
    await second();
  }
  await scraped();
  figures.ratio = Math.round((median(figures.on) / median(figures.off)) * 1000) / 1000;
  figures.cpuRatio = Math.round((median(figures.cpuOn) / median(figures.cpuOff)) * 1000) / 1000;
  return figures;
}

/**
 * The metrics' own work for one slash question, in this process: the answer counted and the core's
 * time observed, the reply timed — in microseconds, median of 5 runs of 20,000.
 */
export function sinkMicroseconds(): number {
  const { sink } = createPrometheusMetrics({ delivery: { queued: 0, workingNow: 0, waitingNow: 0 }, dataVersion: 'bench' });
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const n = 20_000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const replied = sink.replyTimer('slack');
      sink.answered('slack', 'figure', 0.0003);
      replied();
    }
    runs.push(((performance.now() - t0) * 1000) / n);
  }
  return Math.round(median(runs) * 100) / 100;
}
