// `npm run discord:register`: PUT the slash commands to Discord, for one guild when DISCORD_GUILD_ID
// is set (instant, for testing) or globally. `-- --dry-run` prints the route and the JSON body that
// would be sent, and sends nothing (no token needed).
import { parseArgs } from 'node:util';
import { Routes, type REST } from 'discord.js';
import { loadConfig } from '../../config.js';
import { loadEnvFile } from '../../env-file.js';
import { createLogger } from '../../log.js';
import { commandsJSON } from './commands.js';
import { createDiscordRest } from './rest.js';

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  guildId?: string;
}

type Route = ReturnType<typeof Routes.applicationCommands>;

/** The route and body of the registration: global, or for one guild. */
export function registrationPayload(applicationId: string, guildId?: string): { route: Route; body: ReturnType<typeof commandsJSON> } {
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  return { route, body: commandsJSON() };
}

export async function registerCommands(opts: RegisterOptions): Promise<{ route: string; count: number }> {
  const { route, body } = registrationPayload(opts.applicationId, opts.guildId);
  await opts.rest.put(route, { body });
  return { route, count: body.length };
}

export async function main(argv = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean', default: false } } });
  const config = loadConfig(env);
  if (values['dry-run']) {
    const payload = registrationPayload(config.DISCORD_APPLICATION_ID ?? '<DISCORD_APPLICATION_ID>', config.DISCORD_GUILD_ID);
    process.stdout.write(`${JSON.stringify({ ...payload, route: decodeURIComponent(payload.route) }, null, 2)}\n`);
    return;
  }
  const logger = createLogger(config.LOG_LEVEL);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    throw new Error('DISCORD_TOKEN and DISCORD_APPLICATION_ID are required to register commands');
  }
  const rest = createDiscordRest(config);
  const done = await registerCommands({ rest, applicationId: config.DISCORD_APPLICATION_ID, guildId: config.DISCORD_GUILD_ID });
  logger.info({ route: done.route, commands: done.count, scope: config.DISCORD_GUILD_ID ? 'guild' : 'global' }, 'discord commands registered');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  loadEnvFile(); // the bot's settings, as the bot reads them
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
