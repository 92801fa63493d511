// Slack's assistant pane (Bolt's Assistant): opening it greets in the person's language and offers
// prompts from the data; a question there sets a status and the thread's title, and is answered in
// the thread with the same blocks as everywhere else, in the conversation of that pane thread.
import { Assistant, type AssistantThreadStartedMiddleware, type AssistantUserMessageMiddleware, type types } from '@slack/bolt';
import type { Lang } from '../../core/answer.js';
import { guessLang } from '../../format/slack-text.js';
import { dmPlace } from './listeners.js';
import { answerQuestion, guarded, messageArgs, reliable, slackToPlain, type SlackDeps } from './reply.js';
import { createPromptSource, type PromptSource } from './assistant-prompts.js';
import { ASSISTANT_TEXT, greeting, localeLang, threadTitle } from './assistant-texts.js';

type WebClient = Parameters<AssistantThreadStartedMiddleware>[0]['client'];

/** The person's language from their Slack locale (users.info, users:read); undefined when unknown. */
async function userLang(deps: SlackDeps, client: WebClient, user: string): Promise<Lang | undefined> {
  try {
    const res = await client.users.info({ user, include_locale: true });
    return localeLang(res.user?.locale);
  } catch (err) {
    deps.logger.debug({ err: { message: (err as Error)?.message } }, 'slack users.info failed; greeting in both languages');
    return undefined;
  }
}

/** Failures already warned about: a DM thread outside the pane refuses status and title every time. */
const warned = new Set<string>();

/** Calls that make the pane nicer but are not the answer: a failure is logged (once at warn), never shown. */
async function bestEffort(deps: SlackDeps, what: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (err) {
    const message = String((err as Error)?.message ?? err);
    const level = warned.has(`${what}:${message}`) ? 'debug' : 'warn';
    if (warned.size > 100) warned.clear();
    warned.add(`${what}:${message}`);
    deps.logger[level]({ err: { message }, what }, 'slack assistant call failed');
  }
}

function threadStarted(deps: SlackDeps, prompts: PromptSource): AssistantThreadStartedMiddleware {
  return async ({ event, client, setSuggestedPrompts }) => {
    const { channel_id: channel, thread_ts, user_id } = event.assistant_thread;
    await guarded(deps, 'assistant_thread_started', '', async () => {
      const lang = await userLang(deps, client, user_id);
      const say = reliable(deps, 'assistant', (m) => client.chat.postMessage({ channel, thread_ts, ...messageArgs(m) }));
      const text = greeting(lang);
      await say({ text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }] });
      const offered = prompts.prompts(lang ?? 'zh', thread_ts);
      if (!offered.length) return;
      const title = ASSISTANT_TEXT.promptsTitle[lang ?? 'zh'];
      await deps.delivery.send('slack:assistant-prompts', () => setSuggestedPrompts({ prompts: offered, title }));
    });
  };
}

function userMessage(deps: SlackDeps): AssistantUserMessageMiddleware {
  return async ({ message, client, context, setStatus, setTitle }) => {
    const m = message as types.GenericMessageEvent;
    // the bot's own posts, edits and other subtypes are not questions
    if (m.subtype !== undefined || m.bot_id || !m.user || !m.channel || !m.thread_ts) return;
    const text = slackToPlain(m.text ?? '');
    // the same place as a DM thread: the pane is the app's DM, each pane thread its own conversation
    const who = { ...dmPlace(context.teamId, m.thread_ts), user: m.user };
    const reply = reliable(deps, 'assistant', (msg) =>
      client.chat.postMessage({ channel: m.channel, thread_ts: m.thread_ts, ...messageArgs(msg) }));
    await guarded(deps, 'assistant_message', text, async () => {
      await bestEffort(deps, 'setStatus', () => setStatus(ASSISTANT_TEXT.status[guessLang(text)]));
      // the first question names the thread; follow-ups such as 那 113 年呢？ would make poor titles
      const first = text && !(await deps.conversations.get(who).catch(() => null));
      if (first) await bestEffort(deps, 'setTitle', () => setTitle(threadTitle(text)));
      await answerQuestion(deps, text, who, reply, false);
    }, reply);
  };
}

/** The assistant for `app.assistant(...)`; it takes the pane's events and leaves every other to the listeners. */
export function createAssistant(deps: SlackDeps): Assistant {
  const prompts = createPromptSource(deps.engine);
  return new Assistant({
    threadStarted: threadStarted(deps, prompts),
    // the channel a person is looking at does not change what the budget figures are
    threadContextChanged: async () => {},
    userMessage: userMessage(deps),
  });
}
