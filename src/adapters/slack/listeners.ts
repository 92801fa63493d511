// Where questions arrive: the /budget command, @mentions, replies in a thread the bot answered in,
// direct messages; and the App Home tab. Each keeps the asker's conversation at that place.
import type { App, types } from '@slack/bolt';
import { formatSlackMessage, noticeMessage } from '../../format/slack.js';
import { homeView } from '../../format/slack-home.js';
import { usageNotice } from '../../format/slack-notices.js';
import { escapeSlack, guessLang } from '../../format/slack-text.js';
import { REPORT_SUBCOMMAND } from '../../../commands/definitions.js';
import { createGapReporter } from '../report/chat.js';
import { converseAt, type Place } from '../state/conversations.js';
import { answerQuestion, conversationDeps, guarded, limitNotice, messageArgs, reliable, slackToPlain, type SlackDeps } from './reply.js';
import { parseSlashText, SLASH_COMMAND } from './slash.js';

/** A direct message's place: one per person (the Home tab answers there too), a DM thread its own. */
export const dmPlace = (team: string | undefined, thread?: string): Place => ({ platform: 'slack', workspace: team ?? '', channel: 'im', thread: thread ?? '' });

export function registerListeners(app: App, deps: SlackDeps): void {
  // /budget: acknowledge at once, then answer through response_url, visible only to the asker.
  // It continues the asker's conversation of the channel it was used in.
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    // Let the acknowledgement leave before the (synchronous) engine work starts.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const text = slackToPlain(command.text ?? '');
    const channel = command.channel_id?.startsWith('D') ? 'im' : command.channel_id;
    const who = { platform: 'slack' as const, workspace: command.team_id, channel, thread: '', user: command.user_id };
    const reply = reliable(deps, 'slash', (m) => respond({ response_type: 'ephemeral', ...messageArgs(m) }));
    await guarded(deps, 'slash_command', text, async () => {
      const call = parseSlashText(text);
      if (call.kind === 'ask') return answerQuestion(deps, call.question, who, reply, true);
      const lang = guessLang(text);
      if (call.kind === 'usage') return reply(noticeMessage(usageNotice(call.sub, lang), lang));
      if (call.sub === REPORT_SUBCOMMAND) {
        const report = await (deps.reporter ?? createGapReporter({})).reply(command.user_id, call.options.since?.toString(), lang);
        return reply(noticeMessage(escapeSlack(report), lang));
      }
      const notice = await limitNotice(deps, text, who);
      if (notice) return reply(notice);
      const answer = await converseAt(conversationDeps(deps), who, { command: call.sub, options: call.options });
      return reply(formatSlackMessage(answer, { ephemeral: true }));
    }, reply);
  });

  // @mention in a channel: answer in the thread (a new one under the message, or the one it is in),
  // and follow that thread, so later replies in it are answered without a mention.
  app.event('app_mention', async ({ event, client, context }) => {
    if (!event.channel || !event.ts) return;
    const text = slackToPlain(event.text ?? '');
    const thread_ts = event.thread_ts ?? event.ts;
    const place: Place = { platform: 'slack', workspace: context.teamId ?? '', channel: event.channel, thread: thread_ts };
    const reply = reliable(deps, 'mention', (m) => client.chat.postMessage({ channel: event.channel, thread_ts, ...messageArgs(m) }));
    await guarded(deps, 'app_mention', text, async () => {
      await answerQuestion(deps, text, { ...place, user: event.user ?? '' }, reply, false);
      await deps.conversations.follow(place);
    }, reply);
  });

  app.event('message', async ({ event, client, context }) => {
    const m = event as types.GenericMessageEvent;
    if (m.subtype !== undefined || m.bot_id || !m.user || !m.channel) return;
    if (m.channel_type === 'im') {
      // Direct message: answer in place. Edits, deletions, bot posts and other subtypes are ignored.
      const text = slackToPlain(m.text ?? '');
      const reply = reliable(deps, 'dm', (msg) =>
        client.chat.postMessage({ channel: m.channel, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}), ...messageArgs(msg) }));
      const who = { ...dmPlace(context.teamId, m.thread_ts), user: m.user };
      return guarded(deps, 'direct_message', text, () => answerQuestion(deps, text, who, reply, false), reply);
    }
    // A reply in a channel thread: answered only where the bot has answered before; a reply that
    // mentions the bot arrives as app_mention too and is answered there.
    if (!m.thread_ts || (context.botUserId && (m.text ?? '').includes(`<@${context.botUserId}`))) return;
    const place: Place = { platform: 'slack', workspace: context.teamId ?? '', channel: m.channel, thread: m.thread_ts };
    if (!(await deps.conversations.follows(place).catch(() => false))) return;
    const text = slackToPlain(m.text ?? '');
    if (!text) return;
    const reply = reliable(deps, 'thread', (msg) => client.chat.postMessage({ channel: m.channel, thread_ts: m.thread_ts, ...messageArgs(msg) }));
    await guarded(deps, 'thread_reply', text, async () => {
      await answerQuestion(deps, text, { ...place, user: m.user }, reply, false);
      await deps.conversations.follow(place);
    }, reply);
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await guarded(deps, 'app_home_opened', '', () => deps.delivery.send('slack:home', () => client.views.publish({ user_id: event.user, view: homeView() as never })));
  });
}
