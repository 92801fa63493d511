// Where questions arrive: the /budget command, @mentions, direct messages; and the App Home tab.
import type { App, types } from '@slack/bolt';
import { formatSlackMessage, noticeMessage } from '../../format/slack.js';
import { homeView } from '../../format/slack-home.js';
import { usageNotice } from '../../format/slack-notices.js';
import { guessLang } from '../../format/slack-text.js';
import { answerQuestion, guarded, limitNotice, messageArgs, slackToPlain, type Reply, type SlackDeps } from './reply.js';
import { parseSlashText, SLASH_COMMAND } from './slash.js';

export function registerListeners(app: App, deps: SlackDeps): void {
  // /budget: acknowledge at once, then answer through response_url, visible only to the asker.
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    // Let the acknowledgement leave before the (synchronous) engine work starts.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const text = slackToPlain(command.text ?? '');
    const who = `${command.team_id}:${command.user_id}`;
    const reply: Reply = (m) => respond({ response_type: 'ephemeral', ...messageArgs(m) });
    await guarded(deps, 'slash_command', text, async () => {
      const call = parseSlashText(text);
      if (call.kind === 'ask') return answerQuestion(deps, call.question, who, reply, true);
      const lang = guessLang(text);
      if (call.kind === 'usage') return reply(noticeMessage(usageNotice(call.sub, lang), lang));
      const notice = limitNotice(deps, text, who);
      if (notice) return reply(notice);
      return reply(formatSlackMessage(await deps.engine.command(call.sub, call.options), { ephemeral: true }));
    }, reply);
  });

  // @mention in a channel: answer in the thread (a new one under the message, or the one it is in).
  app.event('app_mention', async ({ event, client, context }) => {
    if (context.retryNum || !event.channel || !event.ts) return;
    const text = slackToPlain(event.text ?? '');
    const thread_ts = event.thread_ts ?? event.ts;
    const reply: Reply = (m) => client.chat.postMessage({ channel: event.channel, thread_ts, ...messageArgs(m) });
    const who = `${context.teamId ?? ''}:${event.user ?? ''}`;
    await guarded(deps, 'app_mention', text, () => answerQuestion(deps, text, who, reply, false), reply);
  });

  // Direct message: answer in place. Edits, deletions, bot posts and other subtypes are ignored.
  app.event('message', async ({ event, client, context }) => {
    if (context.retryNum) return;
    const m = event as types.GenericMessageEvent;
    if (m.channel_type !== 'im' || m.subtype !== undefined || m.bot_id || !m.user || !m.channel) return;
    const text = slackToPlain(m.text ?? '');
    const reply: Reply = (msg) =>
      client.chat.postMessage({ channel: m.channel, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}), ...messageArgs(msg) });
    const who = `${context.teamId ?? ''}:${m.user}`;
    await guarded(deps, 'direct_message', text, () => answerQuestion(deps, text, who, reply, false), reply);
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await guarded(deps, 'app_home_opened', '', () => client.views.publish({ user_id: event.user, view: homeView() as never }));
  });
}
