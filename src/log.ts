// Structured logs with pino. Errors pass an allow-list serializer: name, message, code, status,
// method, host and path (tokens masked), a short stack — never request bodies, files, headers or
// the question. Secrets are also redacted wherever they appear in a logged object.
import pino, { type Logger } from 'pino';

export const REDACT_PATHS = [
  '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.clientSecret', '*.publicKey',
  'token', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
  '*.headers["x-slack-signature"]', '*.headers["x-signature-ed25519"]',
  'config.SLACK_BOT_TOKEN', 'config.SLACK_SIGNING_SECRET', 'config.SLACK_APP_TOKEN', 'config.DISCORD_TOKEN', 'config.REDIS_URL', 'config.MCP_TOKEN',
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

export function createLogger(level = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: undefined, serializers: { err: (e: unknown) => serializeError(e) } },
    destination ?? pino.destination(2),
  );
}
