// A discord.js REST client pointed at DISCORD_API_URL (".../api/v10" → api ".../api", version "10"),
// with the outbound timeout from the configuration and no retries of its own for replies.
import { REST, type RESTOptions, type ResponseLike } from 'discord.js';
import type { Config } from '../../config.js';

export function restOptions(config: Pick<Config, 'DISCORD_API_URL' | 'OUTBOUND_TIMEOUT_MS'>): Partial<RESTOptions> {
  const url = config.DISCORD_API_URL.replace(/\/+$/, '');
  const m = /^(.*)\/v(\d+)$/.exec(url);
  return {
    api: m ? m[1] : url,
    ...(m ? { version: m[2] } : {}),
    timeout: config.OUTBOUND_TIMEOUT_MS,
    // Replies are retried by the delivery queue (bounded, Retry-After honoured, logged), so a rate
    // limit on a reply is an error here rather than an unbounded silent wait; the client's own
    // reads (GET) keep discord.js's handling. Its own global limit (50 a second) is not Discord's for
    // interaction webhooks (they are not bound by it): an edit waits its turn (under a second) instead.
    retries: 0,
    rejectOnRateLimit: (limit) => limit.method !== 'GET' && !(limit.global && limit.route.startsWith('/webhooks/')),
    // Node's own fetch, with its own FormData: discord.js's bundled undici request() sends through
    // the process-wide dispatcher, which another undici version (Bolt's Socket Mode) may have
    // created first and which cannot read that FormData (chart uploads failed that way).
    makeRequest: (url, init) => fetch(url, init as RequestInit) as Promise<unknown> as Promise<ResponseLike>,
  };
}

export function createDiscordRest(
  config: Pick<Config, 'DISCORD_API_URL' | 'OUTBOUND_TIMEOUT_MS' | 'DISCORD_TOKEN'>,
): REST {
  const rest = new REST(restOptions(config));
  if (config.DISCORD_TOKEN) rest.setToken(config.DISCORD_TOKEN);
  return rest;
}
