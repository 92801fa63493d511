// All settings come from the environment, validated once at start-up.
import { z } from 'zod';
import { isEd25519Point } from './adapters/discord/ed25519.js';

const optionalSecret = z.string().trim().min(1).optional();
const url = z.string().trim().url();

export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),

    SLACK_MODE: z.enum(['socket', 'http']).optional(),
    SLACK_BOT_TOKEN: optionalSecret,
    SLACK_SIGNING_SECRET: optionalSecret,
    SLACK_APP_TOKEN: optionalSecret,
    SLACK_API_URL: url.default('https://slack.com/api/'),

    DISCORD_MODE: z.enum(['gateway', 'http']).optional(),
    DISCORD_TOKEN: optionalSecret,
    DISCORD_PUBLIC_KEY: z.string().trim().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters').optional(),
    DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d{5,25}$/, 'must be the numeric application id').optional(),
    DISCORD_GUILD_ID: z.string().trim().regex(/^\d{5,25}$/, 'must be a numeric guild id').optional(),
    DISCORD_API_URL: url.default('https://discord.com/api/v10'),

    /** Redis for conversations, rate limits and idempotency shared by every replica; in process when unset. */
    REDIS_URL: z.string().trim().regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL').optional(),
    /** Longest wait for one Redis call, in ms; past it (or while Redis is down) state is kept in process. */
    REDIS_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(300),
    /**
     * Proxies in front of the server whose X-Forwarded-For is believed: "loopback", a comma-separated
     * list of addresses, or unset (the client address is the socket's).
     */
    TRUST_PROXY: z.string().trim().min(1).optional(),
    /** The address people reach this server at; citations link to its source viewer when set. */
    PUBLIC_BASE_URL: url.optional(),

    /**
     * Bearer token for the Model Context Protocol endpoint: when set, the HTTP server also serves
     * POST /mcp (Streamable HTTP) and refuses any request without `Authorization: Bearer <token>`.
     */
    MCP_TOKEN: z.string().trim().min(24, 'must be at least 24 characters (e.g. openssl rand -hex 32)').optional(),

    /**
     * Prometheus metrics at GET /metrics: with a token, only for `Authorization: Bearer <token>`;
     * with METRICS_PORT, on that port of its own instead of PORT. Either one turns metrics on.
     */
    METRICS_TOKEN: z.string().trim().min(24, 'must be at least 24 characters (e.g. openssl rand -hex 32)').optional(),
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** Where the question and feedback lines are also appended (JSON lines), for `npm run report` and /budget report. */
    QUESTION_LOG_FILE: z.string().trim().min(1).optional(),
    /** Slack and Discord user ids allowed to ask `/budget report`, comma-separated. */
    REPORT_ADMIN_IDS: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]+(\s*,\s*[A-Za-z0-9]+)*$/, 'must be user ids separated by commas (e.g. U012AB3CD,123456789012345678)')
      .transform((s) => s.split(',').map((id) => id.trim()))
      .optional(),

    /** Longest question accepted, in characters. */
    MAX_QUESTION_CHARS: z.coerce.number().int().min(10).max(10_000).default(500),
    /** Questions per user per minute. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(20),
    /** Charts drawn at once, each in its own worker thread (default: one core fewer than the machine has, at least one). */
    CHART_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
    /** Charts waiting for a worker; one more is answered "busy, try again in a moment". */
    CHART_QUEUE: z.coerce.number().int().min(0).max(10_000).default(32),
    /** A chart worker whose memory passed this after a chart is replaced, in MB. */
    CHART_WORKER_MAX_MB: z.coerce.number().int().min(32).max(4_096).default(160),
    /** Timeout for every outbound call to a chat API, in ms. */
    OUTBOUND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  })
  .superRefine((c, ctx) => {
    if (c.SLACK_MODE === 'http' && !c.SLACK_SIGNING_SECRET)
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'is required when SLACK_MODE=http' });
    if (c.SLACK_MODE === 'socket' && !c.SLACK_APP_TOKEN)
      ctx.addIssue({ code: 'custom', path: ['SLACK_APP_TOKEN'], message: 'is required when SLACK_MODE=socket' });
    if (c.SLACK_MODE && !c.SLACK_BOT_TOKEN)
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: `is required when SLACK_MODE=${c.SLACK_MODE}` });
    if (c.DISCORD_PUBLIC_KEY && !isEd25519Point(c.DISCORD_PUBLIC_KEY))
      ctx.addIssue({ code: 'custom', path: ['DISCORD_PUBLIC_KEY'], message: 'is not an Ed25519 public key (copy it from the application\'s General Information page)' });
    if (c.DISCORD_MODE === 'http' && !c.DISCORD_PUBLIC_KEY)
      ctx.addIssue({ code: 'custom', path: ['DISCORD_PUBLIC_KEY'], message: 'is required when DISCORD_MODE=http' });
    if (c.DISCORD_MODE === 'gateway' && !c.DISCORD_TOKEN)
      ctx.addIssue({ code: 'custom', path: ['DISCORD_TOKEN'], message: 'is required when DISCORD_MODE=gateway' });
    if (c.METRICS_PORT !== undefined && c.METRICS_PORT === c.PORT)
      ctx.addIssue({ code: 'custom', path: ['METRICS_PORT'], message: 'must differ from PORT (unset it to serve /metrics on PORT behind METRICS_TOKEN)' });
    if (c.DISCORD_MODE && !c.DISCORD_APPLICATION_ID && c.DISCORD_MODE === 'http')
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required when DISCORD_MODE=http' });
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parse the environment; the error names each bad variable and what is wrong, never its value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const res = ConfigSchema.safeParse(cleaned);
  if (res.success) return res.data;
  const lines = res.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
