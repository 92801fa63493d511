// One handler for Discord interaction payloads, shared by the HTTP endpoint and the gateway bot:
// payload in, the interaction response out, plus optional work to run after it was sent (a deferred
// reply, edited in place through the interaction webhook). Never throws.
import { randomUUID } from 'node:crypto';
import { Routes, type REST, type RawFile } from 'discord.js';
import type { Logger } from 'pino';
import type { Answer, Lang } from '../../core/answer.js';
import type { Engine } from '../../core/engine.js';
import type { Config } from '../../config.js';
import { commandToQuestion, findSubcommand, BUDGET_COMMAND } from '../../../commands/definitions.js';
import { formatDiscordChart, formatDiscordMessage, formatDiscordText, type DiscordMessage } from '../../format/discord.js';
import { parseCustomId, QUESTION_PREFIX } from '../../format/discord-ids.js';
import { restoreMentions } from '../../format/discord-text.js';
import { checkQuestionLength, pickLang, RateLimiter } from '../limits.js';
import { loadChartRenderer } from './chart.js';

/** Interaction types and response types (Discord API numbers). */
const T = { Ping: 1, Command: 2, Component: 3, Autocomplete: 4 } as const;
const R = { Pong: 1, Message: 4, Deferred: 5, Update: 7, Choices: 8 } as const;

export interface DiscordDeps {
  engine: Engine;
  config: Pick<Config, 'MAX_QUESTION_CHARS' | 'RATE_LIMIT_PER_MINUTE'>;
  logger: Logger;
  rest: REST;
  limiter?: RateLimiter;
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
  member?: { user?: { id?: unknown } }; user?: { id?: unknown };
  data?: { name?: unknown; options?: Opt[]; custom_id?: unknown };
  message?: { embeds?: { author?: { name?: unknown } }[] };
}

const TEXT = {
  tooFast: { zh: '問得太快了，請稍後再試。', en: 'Too many questions; please try again shortly.' },
  expired: { zh: '這個按鈕已失效，請重新提問。', en: 'This button no longer works; please ask again.' },
  noChart: { zh: '這個答案沒有圖表。', en: 'This answer has no chart.' },
  chartsOff: { zh: '圖表功能目前無法使用，數字請見上方表格。', en: 'Charts are unavailable right now; the figures are in the table above.' },
  unknown: { zh: '不認得這個指令。請用 /budget。', en: 'Unknown command. Please use /budget.' },
  failed: { zh: '處理時發生錯誤，請稍後再試（參考編號 {ref}）。', en: 'Something went wrong; please try again later (reference {ref}).' },
} satisfies Record<string, Record<Lang, string>>;

export function localeLang(locale: unknown): Lang {
  return typeof locale === 'string' && locale.startsWith('zh') ? 'zh' : 'en';
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const message = (data: DiscordMessage, type: number = R.Message): Outcome => ({ response: { type, data } });
const notice = (text: string) => message(formatDiscordText(text, { ephemeral: true }));

export function createInteractionProcessor(deps: DiscordDeps): (payload: unknown) => Promise<Outcome> {
  const limiter = deps.limiter ?? new RateLimiter(deps.config.RATE_LIMIT_PER_MINUTE);
  const { engine, logger } = deps;

  const userOf = (i: Payload) => str(i.member?.user?.id) ?? str(i.user?.id) ?? 'unknown';

  /** Length and rate checks before a question reaches the core; a notice when refused. */
  function refuse(i: Payload, question: string): Outcome | null {
    const lang = /[\u3400-\u9fff]/.test(question) ? pickLang(question) : localeLang(i.locale);
    const length = checkQuestionLength(question, deps.config.MAX_QUESTION_CHARS);
    if (!length.ok) return notice(length.message![lang]);
    const rate = limiter.check(`discord:${userOf(i)}`);
    if (!rate.ok) return notice(rate.message?.[lang] ?? TEXT.tooFast[lang]);
    return null;
  }

  function answered(kind: string, answer: Answer, t0: number): Answer {
    logger.debug({ surface: 'discord', kind, intent: answer.intent, ms: Math.round(performance.now() - t0) }, 'discord answered');
    return answer;
  }

  function command(i: Payload, t0: number): Outcome {
    const sub = i.data?.options?.[0];
    const subName = str(sub?.name);
    if (str(i.data?.name) !== BUDGET_COMMAND.name || sub?.type !== 1 || !subName || !findSubcommand(subName)) {
      return notice(TEXT.unknown[localeLang(i.locale)]);
    }
    const options: Record<string, string | number> = {};
    for (const o of sub.options ?? []) {
      const name = str(o.name);
      if (name && (typeof o.value === 'string' || typeof o.value === 'number')) options[name] = o.value;
    }
    const refused = refuse(i, commandToQuestion(subName, options));
    if (refused) return refused;
    return message(formatDiscordMessage(answered(`command:${subName}`, engine.command(subName, options), t0)));
  }

  function autocomplete(i: Payload): Outcome {
    const sub = i.data?.options?.[0];
    const focused = (sub?.options ?? []).find((o) => o.focused === true);
    const def = findSubcommand(str(sub?.name) ?? '')?.options.find((o) => o.name === str(focused?.name));
    if (!focused || !def || def.type !== 'string') return { response: { type: R.Choices, data: { choices: [] } } };
    const typed = String(focused.value ?? '').slice(0, deps.config.MAX_QUESTION_CHARS);
    const kind = def.autocomplete ?? 'any';
    // for a free question, what was typed stays the first choice so Enter keeps it
    const names = [...(kind === 'any' && typed.trim() ? [typed.trim()] : []), ...engine.complete(kind, typed, 25)];
    const choices = [...new Set(names)].filter((n) => n.length >= 1 && n.length <= 100).slice(0, 25).map((n) => ({ name: n, value: n }));
    return { response: { type: R.Choices, data: { choices } } };
  }

  /** The question a button belongs to: from its custom_id, else from the message's author line. */
  function questionOf(i: Payload, fromId: string | undefined): string | undefined {
    if (fromId) return fromId;
    const name = str(i.message?.embeds?.[0]?.author?.name);
    return name?.startsWith(QUESTION_PREFIX) && !name.endsWith('…') ? restoreMentions(name.slice(QUESTION_PREFIX.length)) : undefined;
  }

  function component(i: Payload, t0: number): Outcome {
    const lang = localeLang(i.locale);
    const action = parseCustomId(i.data?.custom_id);
    if (!action) return notice(TEXT.expired[lang]);
    if (action.kind === 'ask') {
      return refuse(i, action.text) ?? message(formatDiscordMessage(answered('button:ask', engine.ask(action.text), t0)));
    }
    const query = questionOf(i, action.query);
    if (query === undefined) return notice(TEXT.expired[lang]);
    const original = engine.ask(query);
    if (action.kind === 'page') return message(formatDiscordMessage(original, { page: action.page }), R.Update);
    if (action.kind === 'suggestion') {
      const text = original.suggestions[action.index];
      if (!text) return notice(TEXT.expired[original.lang]);
      return refuse(i, text) ?? message(formatDiscordMessage(answered('button:suggestion', engine.ask(text), t0)));
    }
    if (!original.chart) return notice(TEXT.noChart[original.lang]);
    const refused = refuse(i, query);
    if (refused) return refused;
    return { response: { type: R.Deferred }, after: () => sendChart(i, original) };
  }

  async function editOriginal(i: Payload, body: DiscordMessage, files?: RawFile[]): Promise<void> {
    const app = str(i.application_id);
    const token = str(i.token);
    if (!app || !token) return;
    await deps.rest.patch(Routes.webhookMessage(app, token, '@original'), { body, ...(files ? { files } : {}), auth: false });
  }

  async function sendChart(i: Payload, answer: Answer): Promise<void> {
    const t0 = performance.now();
    const render = await loadChartRenderer();
    if (!render) return editOriginal(i, formatDiscordText(TEXT.chartsOff[answer.lang]));
    const png = await render(answer.chart!, { lang: answer.lang });
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
      else if (i.type === T.Command) out = command(i, t0);
      else if (i.type === T.Autocomplete) out = autocomplete(i);
      else if (i.type === T.Component) out = component(i, t0);
      else out = notice(TEXT.unknown[localeLang(i.locale)]);
      const after = out.after;
      if (!after) return out;
      return {
        ...out,
        after: () => after().catch(async (err: unknown) => {
          await editOriginal(i, failure(i, err, 'after')).catch((e: unknown) => logger.warn({ err: e }, 'discord follow-up failed'));
        }),
      };
    } catch (err) {
      const reply = failure(i, err, 'respond');
      return i.type === T.Autocomplete ? { response: { type: R.Choices, data: { choices: [] } } } : message(reply);
    }
  };
}
