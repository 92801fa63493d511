// What Bolt needs from the rest of the app: a logger that writes through pino (tokens scrubbed),
// and Web API client options with a timeout and a short retry policy.
import { LogLevel, type AppOptions, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';
import { fetchWithTimeout } from '../http/post.js';

type WebClientOptions = NonNullable<AppOptions['clientOptions']>;

const TOKEN = /\b(xox[abeprs]|xapp)-[A-Za-z0-9-]+/g;

/** Tokens never reach a log line, whatever a library chooses to print. */
export function scrubSecrets(text: string): string {
  return text.replace(TOKEN, '[redacted]');
}

function show(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const PINO_TO_BOLT: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR, fatal: LogLevel.ERROR,
};

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack' });
  let level = PINO_TO_BOLT[logger.level] ?? LogLevel.INFO;
  const emit = (lvl: 'debug' | 'info' | 'warn' | 'error') => (...msg: unknown[]) => log[lvl](scrubSecrets(msg.map(show).join(' ')));
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** Web API client options: the API base (slack.com or GovSlack) and a timeout; a rate limit is an error. */
export function webClientOptions(slackApiUrl: string, timeoutMs: number): WebClientOptions {
  return {
    slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/`,
    timeout: timeoutMs,
    fetch: fetchWithTimeout(timeoutMs),
    // Retries are the delivery queue's (src/adapters/delivery.ts): bounded, Retry-After honoured, logged.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  };
}
