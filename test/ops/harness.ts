// The whole bot as `npm start` runs it (Slack HTTP mode, Discord HTTP interactions, the JSON API on
// one port), against loopback fakes of Slack's and Discord's APIs, with its log captured.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import { start, type Running } from '../../src/main.js';
import { FakeSlack } from '../slack/fake-slack.js';
import { makeKeys, startFakeDiscord, type FakeDiscord, type Keys } from '../discord/fake-discord.js';

export interface Bot {
  url: string;
  running: Running;
  slack: FakeSlack;
  discord: FakeDiscord;
  keys: Keys;
  secrets: { slackBot: string; slackSigning: string; discordToken: string };
  logs: string[];
  close(): Promise<void>;
}

export async function startBot(env: Record<string, string> = {}): Promise<Bot> {
  const slack = await new FakeSlack().start();
  const discord = await startFakeDiscord();
  const keys = makeKeys();
  const secrets = {
    slackBot: `xoxb-${randomBytes(10).toString('hex')}`,
    slackSigning: randomBytes(16).toString('hex'),
    discordToken: `MTA.${randomBytes(12).toString('hex')}`,
  };
  const logs: string[] = [];
  const sink = new Writable({ write: (chunk, _e, cb) => (logs.push(String(chunk)), cb()) });
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug',
    SLACK_MODE: 'http', SLACK_BOT_TOKEN: secrets.slackBot, SLACK_SIGNING_SECRET: secrets.slackSigning, SLACK_API_URL: slack.apiUrl,
    DISCORD_MODE: 'http', DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_TOKEN: secrets.discordToken,
    DISCORD_API_URL: discord.url, OUTBOUND_TIMEOUT_MS: '1500', ...env,
  });
  const running = await start(config, { logDestination: sink, prompt: false });
  const url = `http://127.0.0.1:${(running.server!.address() as AddressInfo).port}`;
  return {
    url, running, slack, discord, keys, secrets, logs,
    close: async () => {
      await running.stop();
      await slack.close();
      await discord.close();
    },
  };
}
