// A discord.js REST client pointed at DISCORD_API_URL (".../api/v10" → api ".../api", version "10"),
// with the outbound timeout from the configuration.
import { REST, type RESTOptions } from 'discord.js';
import type { Config } from '../../config.js';

export function restOptions(config: Pick<Config, 'DISCORD_API_URL' | 'OUTBOUND_TIMEOUT_MS'>): Partial<RESTOptions> {
  const url = config.DISCORD_API_URL.replace(/\/+$/, '');
  const m = /^(.*)\/v(\d+)$/.exec(url);
  return { api: m ? m[1] : url, ...(m ? { version: m[2] } : {}), timeout: config.OUTBOUND_TIMEOUT_MS, retries: 1 };
}

export function createDiscordRest(
  config: Pick<Config, 'DISCORD_API_URL' | 'OUTBOUND_TIMEOUT_MS' | 'DISCORD_TOKEN'>,
): REST {
  const rest = new REST(restOptions(config));
  if (config.DISCORD_TOKEN) rest.setToken(config.DISCORD_TOKEN);
  return rest;
}
