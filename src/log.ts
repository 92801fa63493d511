// Structured logs with pino. Errors pass an allow-list serializer: name, message, code, status,
// method, host and path (tokens masked), a short stack — never request bodies, files, headers or
// the question. Secrets are also redacted wherever they appear in a logged object.
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import pino, { type Logger } from 'pino';

export const REDACT_PATHS = [
  '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.clientSecret', '*.publicKey',
  'token', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
  '*.headers["x-slack-signature"]', '*.headers["x-signature-ed25519"]',
  'config.SLACK_BOT_TOKEN', 'config.SLACK_SIGNING_SECRET', 'config.SLACK_APP_TOKEN', 'config.DISCORD_TOKEN', 'config.REDIS_URL', 'config.MCP_TOKEN', 'config.METRICS_TOKEN',
];

/** Credentials that may appear inside an error's text: chat tokens, interaction and webhook tokens, response URLs. */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\b(xox[abeprs]|xapp)-[A-Za-z0-9-]+/g, '[redacted]'],
  [/(\/(?:webhooks|interactions)\/\d+\/)[^/?\s"']+/g, '$1[token]'],
  [/(hooks\.slack(?:-gov)?\.com\/(?:commands|actions|services|triggers)\/)[^\s?"']+/g, '$1[token]'],
  [/((?:Bot|Bearer)\s+)[A-Za-z0-9._~+/=-]+/g, '$1[redacted]'],
  [/(rediss?:\/\/[^:@/\s]*:)[^@\s]+@/g, '$1[redacted]@'],
];

export function maskSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((t, [re, by]) => t.replace(re, by), text);
}

/** Personal details a person may type into a question: e-mail addresses, phone numbers, national ids. */
const PERSONAL_PATTERNS: [RegExp, string][] = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  [/(?:\+886[-\s]?|\b0)9\d{2}[-\s]?\d{3}[-\s]?\d{3}\b/g, '[phone]'],
  [/\(0\d{1,2}\)\s?\d{3,4}-?\d{4}\b|\b0\d{1,2}-\d{3,4}-?\d{4}\b/g, '[phone]'],
  [/\b[A-Z][1289]\d{8}\b/g, '[id]'],
];

/** A question as a log line may hold it: secrets and personal details masked, at most `max` characters. */
export function redactText(text: string, max = 300): string {
  return PERSONAL_PATTERNS.reduce((t, [re, by]) => t.replace(re, by), maskSecrets(text)).slice(0, max);
}

const MAX_MESSAGE = 300;
const STACK_LINES = 8;
const PRIMITIVE_FIELDS = ['code', 'status', 'statusCode', 'method', 'retryAfter', 'timeToReset', 'global'];

function urlParts(url: unknown): { host?: string; path?: string } {
  if (typeof url !== 'string') return {};
  try {
    const u = new URL(url);
    return { host: u.host, path: maskSecrets(u.pathname) };
  } catch {
    return { path: maskSecrets(url.split('?')[0]).slice(0, 200) };
  }
}

/** An error as a log may hold it. */
export function serializeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!err || typeof err !== 'object') return { message: maskSecrets(String(err)).slice(0, MAX_MESSAGE) };
  const e = err as Record<string, unknown> & { name?: unknown; message?: unknown; stack?: unknown; data?: { error?: unknown } };
  const out: Record<string, unknown> = {
    type: maskSecrets(typeof e.name === 'string' ? e.name : (err.constructor?.name ?? 'Object')).slice(0, 120),
    message: maskSecrets(String(e.message ?? '')).slice(0, MAX_MESSAGE),
  };
  for (const k of PRIMITIVE_FIELDS) {
    const v = e[k];
    if (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 60)) out[k] = typeof v === 'string' ? maskSecrets(v) : v;
  }
  Object.assign(out, urlParts(e.url));
  if (typeof e.data?.error === 'string') out.platformError = e.data.error.slice(0, 60);
  if (typeof e.stack === 'string') out.stack = maskSecrets(e.stack.split('\n').slice(1, STACK_LINES + 1).join('\n'));
  if (e.cause !== undefined && depth < 2) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

/** The log lines `npm run report` reads: one per question, one per 👍/👎 vote. */
export const QUESTION_LINES = new Set(['question', 'answer feedback']);

/**
 * The bot's logger: JSON lines to `destination` (stderr) at `level`. With `questionFile`, the question
 * and feedback lines also go there, whatever `level` says (they are info lines).
 */
export function createLogger(level = 'info', destination?: pino.DestinationStream, questionFile?: pino.DestinationStream): Logger {
  const options = { redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: undefined, serializers: { err: (e: unknown) => serializeError(e) } };
  const main = destination ?? pino.destination(2);
  if (!questionFile) return pino({ ...options, level }, main);
  // pino hands a stream marked with this symbol the message of the line it writes
  const questions = {
    [Symbol.for('pino.metadata')]: true,
    lastMsg: '',
    write(line: string) {
      if (QUESTION_LINES.has(this.lastMsg)) questionFile.write(line);
    },
  };
  const streams: pino.StreamEntry[] = [{ level: 'info', stream: questions }];
  if (level !== 'silent') streams.push({ level: level as pino.Level, stream: main });
  const lowest = level === 'silent' || pino.levels.values[level] > pino.levels.values.info ? 'info' : level;
  return pino({ ...options, level: lowest }, pino.multistream(streams));
}

export interface QuestionFile {
  stream: pino.DestinationStream;
  /** open the file again under its name (after logrotate moved it) */
  reopen(): void;
  close(): Promise<void>;
}

/** QUESTION_LOG_FILE opened for appending (its directory made); an error names the setting, not the path. */
export function openQuestionFile(path: string): QuestionFile {
  try {
    mkdirSync(dirname(path), { recursive: true });
    closeSync(openSync(path, 'a'));
  } catch (err) {
    throw new Error(`Cannot append to QUESTION_LOG_FILE (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path and its permissions`);
  }
  const file = pino.destination({ dest: path, append: true, sync: false });
  return {
    stream: file,
    reopen: () => file.reopen(),
    close: () => new Promise<void>((resolve) => {
      file.once('close', () => resolve());
      file.end();
    }),
  };
}
