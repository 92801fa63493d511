// One handler for Discord interaction payloads, shared by the HTTP endpoint and the gateway bot:
// payload in, the interaction response out, plus optional work to run after it was sent (a deferred
// reply, edited in place through the interaction webhook). Never throws.
import { randomUUID } from 'node:crypto';
import { Routes, type REST, type RawFile } from 'discord.js';
import type { Logger } from 'pino';
import type { Answer, Lang } from '../../core/answer.js';
import type { Engine } from '../../core/engine.js';
import type { Config } from '../../config.js';
import { commandToQuestion, findSubcommand, BUDGET_COMMAND, REPORT_SUBCOMMAND } from '../../../commands/definitions.js';
import { EPHEMERAL, formatDiscordChart, formatDiscordMessage, formatDiscordText, type DiscordMessage } from '../../format/discord.js';
import { parseCustomId, QUESTION_PREFIX } from '../../format/discord-ids.js';
import { restoreMentions } from '../../format/discord-text.js';
import { checkQuestionLength, cleanQuestion, pickLang, RateLimiter, type Limiter } from '../limits.js';
import { answerAgain, converseAt, createConversationStore, type ConversationDeps, type ConversationStore } from '../state/conversations.js';
import { MemoryStore } from '../state/store.js';
import { Delivery, GiveUpError } from '../delivery.js';
import { CHART_BUSY, ChartBusyError, loadChartRenderer } from '../chart.js';
import { metrics } from '../metrics/sink.js';
import { createGapReporter, type GapReporter } from '../report/chat.js';
import { discordKey, discordPlace, discordRateKey } from './places.js';
import { localeLang, TEXT } from './texts.js';
import { completionChoices } from './autocomplete.js';

/** Interaction types and response types (Discord API numbers); the option on every subcommand for a private reply. */
const T = { Ping: 1, Command: 2, Component: 3, Autocomplete: 4 } as const;
const R = { Pong: 1, Message: 4, Deferred: 5, Update: 7, Choices: 8 } as const;
const PRIVATE = 'private';

export interface DiscordDeps {
  engine: Engine;
  config: Pick<Config, 'MAX_QUESTION_CHARS' | 'RATE_LIMIT_PER_MINUTE'> & Partial<Pick<Config, 'PUBLIC_BASE_URL'>>;
  logger: Logger;
  rest: REST;
  limiter?: Limiter;
  /** Outbound replies with bounded retries; deferred work tracked for shutdown. */
  delivery?: Delivery;
  /** Conversations by channel or thread and person; in process when absent. */
  conversations?: ConversationStore;
  /** `/budget report` for the admins; without one, everyone is told it is for admins. */
  reporter?: GapReporter;
}

export interface Outcome {
  response: { type: number; data?: unknown };
  /** Work after the response was sent; it never rejects. */
  after?: () => Promise<void>;
}

/* Loose view of the parts of an interaction payload we read; everything else is ignored. */
interface Opt { name?: unknown; type?: unknown; value?: unknown; focused?: unknown; options?: Opt[] }
interface Payload {
  type?: unknown; id?: unknown; token?: unknown; application_id?: unknown; locale?: unknown;
  member?: { user?: { id?: unknown } }; user?: { id?: unknown }; guild_id?: unknown; channel_id?: unknown;
  data?: { name?: unknown; options?: Opt[]; custom_id?: unknown };
  message?: { embeds?: { author?: { name?: unknown } }[]; flags?: unknown };
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const message = (data: DiscordMessage, type: number = R.Message): Outcome => ({ response: { type, data } });
const notice = (text: string) => message(formatDiscordText(text, { ephemeral: true }));

export function createInteractionProcessor(deps: DiscordDeps): (payload: unknown) => Promise<Outcome> {
  const limiter = deps.limiter ?? new RateLimiter(deps.config.RATE_LIMIT_PER_MINUTE);
  const { engine, logger } = deps;
  const delivery = deps.delivery ?? new Delivery({ logger });
  const talk: ConversationDeps = {
    engine,
    conversations: deps.conversations ?? createConversationStore(new MemoryStore()),
    onStoreError: (err, what) => logger.warn({ err: { message: (err as Error)?.message }, what }, 'conversation store failed'),
  };

  const userOf = (i: Payload) => str(i.member?.user?.id) ?? str(i.user?.id) ?? 'unknown';
  const keyOf = (i: Payload) => discordKey(i.guild_id, i.channel_id, userOf(i));
  const placeOf = (i: Payload) => discordPlace(i.guild_id, i.channel_id);
  const view = { baseUrl: deps.config.PUBLIC_BASE_URL };

  /** Length and rate checks before a question reaches the core; a notice when refused. */
  async function refuse(i: Payload, question: string): Promise<Outcome | null> {
    const lang = /[\u3400-\u9fff]/.test(question) ? pickLang(question) : localeLang(i.locale);
    const length = checkQuestionLength(question, deps.config.MAX_QUESTION_CHARS);
    if (!length.ok) {
      metrics.refused('discord', 'length');
      return notice(length.message![lang]);
    }
    const rate = await limiter.check(discordRateKey(userOf(i)));
    if (rate.ok) return null;
    metrics.refused('discord', 'rate');
    return notice(rate.message?.[lang] ?? TEXT.tooFast[lang]);
  }

  function answered(kind: string, answer: Answer, t0: number): Answer {
    logger.debug({ surface: 'discord', kind, intent: answer.intent, ms: Math.round(performance.now() - t0) }, 'discord answered');
    return answer;
  }

  async function command(i: Payload, t0: number): Promise<Outcome> {
    const sub = i.data?.options?.[0];
    const subName = str(sub?.name);
    if (str(i.data?.name) !== BUDGET_COMMAND.name || sub?.type !== 1 || !subName || !findSubcommand(subName)) {
      return notice(TEXT.unknown[localeLang(i.locale)]);
    }
    const options: Record<string, string | number> = {};
    let ephemeral = false;
    for (const o of sub.options ?? []) {
      const name = str(o.name);
      if (name === PRIVATE) ephemeral = o.value === true;
      else if (name && typeof o.value === 'string') options[name] = cleanQuestion(o.value);
      else if (name && typeof o.value === 'number' && Number.isFinite(o.value)) options[name] = o.value;
    }
    if (subName === REPORT_SUBCOMMAND) {
      const since = typeof options.since === 'string' ? options.since : undefined;
      const report = await (deps.reporter ?? createGapReporter({})).reply(userOf(i), since, localeLang(i.locale));
      return message(formatDiscordText(report, { ephemeral: true }));
    }
    const refused = await refuse(i, commandToQuestion(subName, options));
    if (refused) return refused;
    const answer = await converseAt(talk, keyOf(i), subName === 'ask' && typeof options.question === 'string'
      ? options.question : { command: subName, options });
    return message(formatDiscordMessage(answered(`command:${subName}`, answer, t0), { ...view, ephemeral }));
  }

  function autocomplete(i: Payload): Outcome {
    const sub = i.data?.options?.[0];
    const focused = (sub?.options ?? []).find((o) => o.focused === true);
    const def = findSubcommand(str(sub?.name) ?? '')?.options.find((o) => o.name === str(focused?.name));
    if (!focused || !def || def.type !== 'string') return { response: { type: R.Choices, data: { choices: [] } } };
    const typed = String(focused.value ?? '').slice(0, deps.config.MAX_QUESTION_CHARS);
    const choices = completionChoices(engine, def.autocomplete ?? 'any', typed);
    return { response: { type: R.Choices, data: { choices } } };
  }

  /** The question a button belongs to: from its custom_id, else from the message's author line. */
  function questionOf(i: Payload, fromId: string | undefined): string | undefined {
    if (fromId) return fromId;
    const name = str(i.message?.embeds?.[0]?.author?.name);
    return name?.startsWith(QUESTION_PREFIX) && !name.endsWith('…') ? restoreMentions(name.slice(QUESTION_PREFIX.length)) : undefined;
  }

  /** A suggestion pressed: asked in the presser's conversation where the button is. */
  async function askFromButton(i: Payload, text: string, t0: number, counted = false): Promise<Outcome> {
    const refused = counted ? null : await refuse(i, text);
    if (refused) return refused;
    return message(formatDiscordMessage(answered('button:ask', await converseAt(talk, keyOf(i), text), t0), view));
  }

  /**
   * A choice pressed: that figure, in the presser's conversation where the button is, so a follow-up carries
   * on from it; private where the answer offering it was. The question comes with the pick where it can.
   */
  async function pickFromButton(i: Payload, pick: string, query: string | undefined, t0: number): Promise<Outcome> {
    const refused = await refuse(i, query ?? '');
    if (refused) return refused;
    const answer = await converseAt(talk, keyOf(i), { pick, ...(query ? { query } : {}) });
    const ephemeral = typeof i.message?.flags === 'number' && (i.message.flags & EPHEMERAL) !== 0;
    return message(formatDiscordMessage(answered('button:pick', answer, t0), { ...view, ephemeral, pick }));
  }

  async function component(i: Payload, t0: number): Promise<Outcome> {
    const lang = localeLang(i.locale);
    const action = parseCustomId(i.data?.custom_id);
    if (!action) return notice(TEXT.expired[lang]);
    if (action.kind === 'ask') return askFromButton(i, cleanQuestion(action.text), t0);
    if (action.kind === 'pick') {
      const found = questionOf(i, action.query);
      return pickFromButton(i, action.pick, found === undefined ? undefined : cleanQuestion(found) || undefined, t0);
    }
    const found = questionOf(i, action.query);
    const query = found === undefined ? undefined : cleanQuestion(found);
    if (query === undefined) return notice(TEXT.expired[lang]);
    // every press costs work: pages and charts count against the limit too
    const refused = await refuse(i, query);
    if (refused) return refused;
    const { pick } = action;
    const original = await answerAgain(talk, placeOf(i), { question: query, pick });
    if (action.kind === 'page') return message(formatDiscordMessage(original, { ...view, page: action.page, pick }), R.Update);
    if (action.kind === 'suggestion') {
      const text = original.suggestions[action.index];
      return text ? askFromButton(i, text, t0, true) : notice(TEXT.expired[original.lang]);
    }
    if (!original.chart) return notice(TEXT.noChart[original.lang]);
    return { response: { type: R.Deferred }, after: () => sendChart(i, original) };
  }

  async function editOriginal(i: Payload, body: DiscordMessage, files?: RawFile[]): Promise<void> {
    const app = str(i.application_id);
    const token = str(i.token);
    if (!app || !token) return;
    await delivery.send('discord:edit', () => deps.rest.patch(Routes.webhookMessage(app, token, '@original'), { body, ...(files ? { files } : {}), auth: false }));
  }

  async function sendChart(i: Payload, answer: Answer): Promise<void> {
    const t0 = performance.now();
    const render = await loadChartRenderer();
    if (!render) return editOriginal(i, formatDiscordText(TEXT.chartsOff[answer.lang]));
    let png: Buffer;
    try {
      png = await render(answer.chart!, { lang: answer.lang });
    } catch (err) {
      if (err instanceof ChartBusyError) return editOriginal(i, formatDiscordText(CHART_BUSY[answer.lang]));
      throw err;
    }
    const name = 'chart.png';
    const body = { ...formatDiscordChart(answer, name), attachments: [{ id: 0, filename: name }] };
    await editOriginal(i, body, [{ name, data: png, contentType: 'image/png' }]);
    logger.info({ surface: 'discord', kind: 'chart', bytes: png.length, ms: Math.round(performance.now() - t0) }, 'chart sent');
  }

  function failure(i: Payload, err: unknown, stage: string): DiscordMessage {
    const ref = randomUUID().slice(0, 8);
    logger.error({ err, ref, stage, interaction: { id: str(i.id), type: i.type } }, 'discord interaction failed');
    return formatDiscordText(TEXT.failed[localeLang(i.locale)].replace('{ref}', ref), { ephemeral: true });
  }

  return async (payload: unknown): Promise<Outcome> => {
    const i = (payload && typeof payload === 'object' ? payload : {}) as Payload;
    const t0 = performance.now();
    try {
      let out: Outcome;
      if (i.type === T.Ping) out = { response: { type: R.Pong } };
      else if (i.type === T.Autocomplete) out = autocomplete(i);
      else if (i.type === T.Command || i.type === T.Component) {
        // a question: timed from arrival to the response that answers it
        const replied = metrics.replyTimer('discord');
        out = i.type === T.Command ? await command(i, t0) : await component(i, t0);
        replied();
      } else out = notice(TEXT.unknown[localeLang(i.locale)]);
      const after = out.after;
      if (!after) return out;
      const guardedAfter = () => after().catch(async (err: unknown) => {
        if (err instanceof GiveUpError) return; // Discord is not taking replies; the give-up is logged
        await editOriginal(i, failure(i, err, 'after')).catch(() => undefined);
      });
      return { ...out, after: () => delivery.track(guardedAfter()) };
    } catch (err) {
      const reply = failure(i, err, 'respond');
      return i.type === T.Autocomplete ? { response: { type: R.Choices, data: { choices: [] } } } : message(reply);
    }
  };
}
