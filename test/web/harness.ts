// The web routes on a real HTTP server (createHttpServer + createWebRoutes), and where Chromium is.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createEngine, type Engine } from '../../src/core/engine.js';
import { DATA_DIR } from '../../src/dataset/paths.js';
import { createHttpServer, type RouteHandler } from '../../src/adapters/http/server.js';
import { createWebRoutes, type WebDeps } from '../../src/adapters/web/index.js';
import { createLogger } from '../../src/log.js';

let engine: Engine | undefined;

export function sharedEngine(): Engine {
  return (engine ??= createEngine());
}

export interface WebServer {
  url: string;
  server: Server;
  logs: string[];
  close(): Promise<void>;
}

export async function startWeb(extra: Partial<WebDeps> = {}, more: Record<string, RouteHandler> = {}): Promise<WebServer> {
  const logs: string[] = [];
  const logger = createLogger('debug', new Writable({ write: (c, _e, cb) => (logs.push(String(c)), cb()) }));
  const routes = { ...createWebRoutes({ engine: sharedEngine(), logger, ...extra }), ...more };
  const server = createHttpServer({ routes, isReady: () => true, dataVersion: 'test', logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, server, logs, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A Chromium binary to drive, or undefined (the browser tests then skip and say so). */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}

/** The Chromium for a browser test file, or undefined after a visible notice that its tests are skipped. */
export function chromiumFor(what: string): string | undefined {
  const path = findChromium();
  if (!path) console.warn(`[test/web] no Chromium found (apt-get install chromium, or set CHROMIUM_PATH): ${what} skipped`);
  return path;
}

/** The web routes on a server and a Chromium, started before a describe block's tests and closed after them. */
export function webAndBrowser(executablePath: string | undefined): { web: WebServer; browser: Browser } {
  const ctx = {} as { web: WebServer; browser: Browser };
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    ctx.web = await startWeb();
    ctx.browser = await chromium.launch({ executablePath });
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.web?.close();
  });
  return ctx;
}

export interface BudgetLineRow {
  doc: string;
  line: number;
  table: string;
  kind: string;
  level: string;
  agency: string;
  year: number;
  name: string;
  budget: number | null;
  previousBudget: number | null;
  pages?: string;
  page?: number;
}

export function readData<T>(file: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as T;
}

/** The Administration for Digital Industries' FY114 expenditure line, as the ministry-level book prints it. */
export function adiBudget114(): BudgetLineRow {
  const rows = readData<BudgetLineRow[]>('budget_lines.json');
  const row = rows.find((r) => r.kind === 'expenditure' && r.level === 'agency' && r.agency === '6220' && r.year === 114 && r.doc.startsWith('000_'));
  if (!row || row.budget === null) throw new Error('data has no FY114 budget line for 數位產業署');
  return row;
}

/** 2216120000 → "2,216,120" (the 千元 figure as the documents print it) */
export function thousands(twd: number): string {
  return (twd / 1000).toLocaleString('en-US');
}
