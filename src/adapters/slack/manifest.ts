// `npm run slack:manifest -- [--url https://bot.example.gov.tw] [--socket] [--stdout] [--out file]`
// writes the Slack app manifest, generated from commands/definitions.ts, to out/slack-manifest.json
// (out/ is git-ignored: a manifest holds this deployment's URL and is not part of the source).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnvFile } from '../../env-file.js';
import { BUDGET_COMMAND } from '../../../commands/definitions.js';
import { commandUsageHint } from '../../format/slack-notices.js';
import { SLACK_EVENTS_PATH } from './app.js';
import { administrationCountEn, administrationsZh, MINISTRY } from '../../format/agencies.js';

export const BOT_SCOPES = [
  'commands', // the /budget slash command
  'chat:write', // answers in channels, threads and DMs
  'chat:write.public', // "Share to channel" in public channels the bot has not joined
  'app_mentions:read', // @mentions
  'channels:history', // replies in a public-channel thread the bot answered in (follow-ups without a mention)
  'groups:history', // the same in private channels the bot was added to
  'im:history', // direct messages to the bot
  'im:read',
  'im:write', // open the DM that Home-tab examples and private charts are sent to
  'files:write', // chart images
  'assistant:write', // the assistant pane: status, thread title, suggested prompts
  'users:read', // the asker's locale, to greet in their language when the pane opens
] as const;

export const BOT_EVENTS = [
  'app_mention', 'message.im', 'message.channels', 'message.groups', 'app_home_opened',
  'assistant_thread_started', 'assistant_thread_context_changed', // the assistant pane (its messages come as message.im)
] as const;

/** What the assistant pane says it does (Slack shows it when the pane opens; at most 300 characters). */
export const ASSISTANT_DESCRIPTION =
  `${MINISTRY.proper.name}預算與績效指標，每個數字附出處。Budgets and indicators of the ${MINISTRY.proper.official}, every figure cited.`;

export interface ManifestOptions {
  socketMode: boolean;
  /** Public base URL of the server (HTTP mode), e.g. https://bot.example.gov.tw; /slack/events is appended. */
  url?: string;
  name?: string;
}

export function requestUrl(base: string): string {
  const u = new URL(base);
  if (!/^https?:$/.test(u.protocol)) throw new Error(`--url must be an http(s) URL, got ${u.protocol}`);
  if (u.pathname === '/' || u.pathname === '') u.pathname = SLACK_EVENTS_PATH;
  return u.toString();
}

export function buildManifest(opts: ManifestOptions): Record<string, unknown> {
  if (!opts.socketMode && !opts.url) throw new Error('HTTP mode needs --url (the public address of this server; PUBLIC_BASE_URL by default), or use --socket');
  const url = opts.url ? requestUrl(opts.url) : undefined;
  const name = opts.name ?? `${MINISTRY.proper.short} Budget`;
  const withUrl = <T extends object>(o: T, key: string) => (url && !opts.socketMode ? { ...o, [key]: url } : o);
  const { zh, en } = BUDGET_COMMAND.description;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: `${zh} · ${en}`.slice(0, 140),
      long_description:
        `查詢${MINISTRY.proper.name}（含${administrationsZh()}）的預算、決算、員額與績效指標，每個數字都附上出處與行號。` +
        `Answers questions about the budgets, final accounts, staffing and performance indicators of Taiwan's ${MINISTRY.proper.official} ` +
        `and its ${administrationCountEn()} administrations, in Traditional Chinese or English, with the source of every figure.`,
      background_color: '#1d3c6e',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'moda-budget', always_online: true },
      assistant_view: { assistant_description: ASSISTANT_DESCRIPTION },
      slash_commands: [
        withUrl(
          {
            command: `/${BUDGET_COMMAND.name}`,
            description: `${zh} · ${en}`.slice(0, 100),
            usage_hint: commandUsageHint().slice(0, 100),
            should_escape: false,
          },
          'url',
        ),
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: withUrl({ bot_events: [...BOT_EVENTS] }, 'request_url'),
      interactivity: withUrl({ is_enabled: true }, 'request_url'),
      org_deploy_enabled: false,
      socket_mode_enabled: opts.socketMode,
      token_rotation_enabled: false,
    },
  };
}

export const DEFAULT_OUT = 'out/slack-manifest.json';

/** The flags win; without them the mode is the bot's SLACK_MODE and the URL its PUBLIC_BASE_URL (from `.env` too). */
export function main(argv = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string', default: env.SLACK_MODE === 'socket' || !env.PUBLIC_BASE_URL ? undefined : `${env.PUBLIC_BASE_URL.replace(/\/+$/, '')}${SLACK_EVENTS_PATH}` },
      socket: { type: 'boolean', default: env.SLACK_MODE === 'socket' },
      stdout: { type: 'boolean', default: false },
      out: { type: 'string', default: DEFAULT_OUT },
      name: { type: 'string' },
    },
  });
  const manifest = buildManifest({ socketMode: values.socket ?? false, url: values.url, name: values.name });
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  if (values.stdout) {
    process.stdout.write(json);
    return;
  }
  const out = resolve(values.out ?? DEFAULT_OUT);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  process.stderr.write(`wrote ${out}\n`);
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  loadEnvFile();
  try {
    main();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
}
