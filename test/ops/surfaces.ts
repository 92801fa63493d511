// One question on each surface of the running bot (test/ops/harness.ts), as a person would ask it:
// a signed Slack slash command answered through its response_url, a signed Discord interaction, the
// JSON API, the lookup page, and the MCP endpoint through the SDK's own client.
import { randomBytes } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { signedHeaders, type Call } from '../slack/fake-slack.js';
import { buttonPress } from '../slack/harness.js';
import { command, postInteraction } from '../discord/fake-discord.js';
import type { Bot } from './harness.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function postSlack(bot: Bot, body: string): Promise<number> {
  const res = await fetch(`${bot.url}/slack/events`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(bot.secrets.slackSigning, body) }, body,
  });
  await res.text();
  return res.status;
}

/** `/budget <text>` from `user`; resolves with what the bot posted to the response_url. */
export async function slackSlash(bot: Bot, text: string, user = 'U1'): Promise<Call> {
  const id = `r${randomBytes(6).toString('hex')}`;
  const body = form({
    team_id: 'T1', channel_id: 'C1', user_id: user, command: '/budget', text, trigger_id: `${Date.now()}.${id}`,
    response_url: `${bot.slack.url}/response/${id}`,
  });
  if ((await postSlack(bot, body)) !== 200) throw new Error('slash command not acknowledged');
  return bot.slack.waitFor((c) => c.kind === 'response' && c.name === id, `the answer to /budget ${text.slice(0, 40)}`);
}

/** A button pressed under an answer in channel C1 (its reply, if any, goes to a fresh response_url). */
export async function slackPress(bot: Bot, action: { action_id: string; value: string }): Promise<string> {
  const responseId = `p${randomBytes(6).toString('hex')}`;
  await postSlack(bot, form({ payload: JSON.stringify(buttonPress(bot.slack.url, action, { channel: 'C1', responseId })) }));
  return responseId;
}

/** `/budget <sub>` in Discord from `user` (a guild member); the interaction response. */
export async function discordCommand(bot: Bot, sub: string, options: Record<string, string>, user = '55555555555'): Promise<any> {
  const payload = { ...command(sub, options), member: { user: { id: user, username: 'tester' } } };
  const res = await postInteraction(bot.url, JSON.stringify(payload), bot.keys);
  if (res.status !== 200) throw new Error(`interaction answered ${res.status}`);
  return res.json;
}

export async function apiAsk(bot: Bot, q: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${bot.url}/api/ask?q=${encodeURIComponent(q)}`);
  return { status: res.status, json: await res.json() };
}

export async function webAsk(bot: Bot, q: string): Promise<number> {
  const res = await fetch(`${bot.url}/?q=${encodeURIComponent(q)}`);
  await res.text();
  return res.status;
}

export async function mcpAsk(bot: Bot, token: string, question: string): Promise<unknown> {
  const client = new Client({ name: 'surfaces-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${bot.url}/mcp`), { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
  try {
    return await client.callTool({ name: 'ask', arguments: { question } });
  } finally {
    await client.close();
  }
}
