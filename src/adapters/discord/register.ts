// `npm run discord:register`: PUT the slash commands to Discord, for one guild when DISCORD_GUILD_ID
// is set (instant, for testing) or globally.
import { Routes, type REST } from 'discord.js';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../log.js';
import { commandsJSON } from './commands.js';
import { createDiscordRest } from './rest.js';

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  guildId?: string;
}

export async function registerCommands(opts: RegisterOptions): Promise<{ route: string; count: number }> {
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
    : Routes.applicationCommands(opts.applicationId);
  const body = commandsJSON();
  await opts.rest.put(route, { body });
  return { route, count: body.length };
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  const logger = createLogger(config.LOG_LEVEL);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    throw new Error('DISCORD_TOKEN and DISCORD_APPLICATION_ID are required to register commands');
  }
  const rest = createDiscordRest(config);
  const done = await registerCommands({ rest, applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID });
  logger.info({ route: done.route, commands: done.count, scope: config.DISCORD_GUILD_ID ? 'guild' : 'global' }, 'discord commands registered');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
