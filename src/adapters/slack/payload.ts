// What a Slack request must look like before Bolt sees it. A signed but malformed payload (a null
// body, an event without a type, `authorizations: [null]`, a button press without a user) gets a
// fast 400 here instead of an exception inside Bolt; a command or button this app does not have
// gets a fast 404 (Bolt would hold it for three seconds waiting for a listener that never comes).
import { ACTION, ASK_ACTION } from '../../format/slack.js';
import { FEEDBACK_ACTION } from '../../format/slack-sources.js';
import { PICK_ACTION } from '../../format/slack-choices.js';
import { SLASH_COMMAND } from './slash.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

/** Why a payload is refused, and with which status. */
export interface Refusal {
  status: 400 | 404;
  error: string;
}

const bad = (error: string): Refusal => ({ status: 400, error });
const unknown = (error: string): Refusal => ({ status: 404, error });

/**
 * A workspace, enterprise or app id as Slack writes them (T0123ABCD). Bolt looks its client up by the
 * team and enterprise id as an object key, so a name such as "valueOf" must never reach it.
 */
const SLACK_ID = /^[A-Z0-9]{0,40}$/;
const badId = (v: unknown) => v !== undefined && v !== null && !(isStr(v) && SLACK_ID.test(v));

/** Fields the listeners read: when present they must be strings. */
const EVENT_STRINGS = ['type', 'user', 'text', 'channel', 'ts', 'thread_ts', 'channel_type', 'subtype', 'bot_id', 'tab', 'event_ts', 'channel_id'];
/** Fields Bolt reads inside when present (`'channel' in event.item`, `event.subteam.created_by`). */
const EVENT_OBJECTS = ['item', 'subteam', 'assistant_thread', 'message'];
/** Top-level fields of an event callback that name the workspace. */
const CALLBACK_STRINGS = ['event_id', 'team_id', 'api_app_id', 'enterprise_id'];
const KNOWN_ACTIONS = new Set<string>([ACTION.share, ACTION.chart, FEEDBACK_ACTION]);

function eventProblem(e: unknown): Refusal | undefined {
  if (!isObj(e) || !isStr(e.type)) return bad('event without a type');
  const str = EVENT_STRINGS.find((f) => e[f] !== undefined && !isStr(e[f]));
  if (str) return bad(`event.${str} is not a string`);
  const obj = EVENT_OBJECTS.find((f) => e[f] !== undefined && !isObj(e[f]));
  return obj ? bad(`event.${obj} is not an object`) : undefined;
}

function callbackProblem(body: Record<string, unknown>): Refusal | undefined {
  const str = CALLBACK_STRINGS.find((f) => body[f] !== undefined && body[f] !== null && !isStr(body[f]));
  if (str) return bad(`${str} is not a string`);
  const id = ['team_id', 'enterprise_id', 'api_app_id'].find((f) => badId(body[f]));
  if (id) return bad(`${id} is not a Slack id`);
  // Bolt reads authorizations[0].team_id and .enterprise_id: every entry must be an object with ids
  const auth = body.authorizations;
  if (auth !== undefined && (!Array.isArray(auth) || !auth.every(isObj))) return bad('authorizations is not a list of objects');
  if (Array.isArray(auth) && auth.some((a) => badId(a.team_id) || badId(a.enterprise_id))) return bad('authorizations hold an id that is not a Slack id');
  return eventProblem(body.event);
}

function jsonProblem(body: unknown): Refusal | undefined {
  if (!isObj(body)) return bad('body is not an object');
  if (body.type === 'url_verification') return isStr(body.challenge) ? undefined : bad('challenge missing');
  if (body.type !== 'event_callback') return bad('unsupported payload type');
  return callbackProblem(body);
}

const knownAction = (id: string) => KNOWN_ACTIONS.has(id) || ASK_ACTION.test(id) || PICK_ACTION.test(id);

function actionsProblem(p: Record<string, unknown>): Refusal | undefined {
  if (!isObj(p.user) || !isStr(p.user.id)) return bad('block_actions without a user');
  if (badId(p.user.team_id)) return bad('user.team_id is not a Slack id');
  if (!Array.isArray(p.actions) || p.actions.length === 0) return bad('block_actions without actions');
  for (const a of p.actions) {
    if (!isObj(a) || !isStr(a.action_id)) return bad('action without an action_id');
    if (a.value !== undefined && !isStr(a.value)) return bad('action value is not a string');
  }
  for (const k of ['container', 'channel', 'message'] as const) if (p[k] !== undefined && !isObj(p[k])) return bad(`${k} is not an object`);
  // an org-wide install sends team (and a workspace outside Enterprise Grid, enterprise) as null
  for (const k of ['team', 'enterprise'] as const) if (p[k] !== undefined && p[k] !== null && !isObj(p[k])) return bad(`${k} is not an object`);
  if (isObj(p.channel) && !isStr(p.channel.id)) return bad('channel without an id');
  if ((isObj(p.team) && (badId(p.team.id) || badId(p.team.enterprise_id))) || (isObj(p.enterprise) && badId(p.enterprise.id))) return bad('team or enterprise id is not a Slack id');
  if (p.response_url !== undefined && !isStr(p.response_url)) return bad('response_url is not a string');
  // Bolt routes a press by its first action
  return knownAction((p.actions[0] as { action_id: string }).action_id) ? undefined : unknown('unknown action');
}

function formProblem(text: string): Refusal | undefined {
  const form = new URLSearchParams(text);
  const payload = form.get('payload');
  if (payload !== null) {
    let p: unknown;
    try {
      p = JSON.parse(payload);
    } catch {
      return bad('payload is not JSON');
    }
    if (!isObj(p)) return bad('payload is not an object');
    return p.type === 'block_actions' ? actionsProblem(p) : bad('unsupported payload type');
  }
  return commandProblem((f) => form.get(f));
}

function commandProblem(field: (name: string) => unknown): Refusal | undefined {
  for (const f of ['command', 'user_id', 'channel_id', 'response_url']) {
    const v = field(f);
    if (!isStr(v) || !v) return bad(`${f} missing`);
  }
  for (const f of ['team_id', 'text', 'trigger_id', 'enterprise_id']) {
    const v = field(f);
    if (v !== undefined && v !== null && !isStr(v)) return bad(`${f} is not a string`);
  }
  const id = ['team_id', 'enterprise_id'].find((f) => badId(field(f)));
  if (id) return bad(`${id} is not a Slack id`);
  const command = field('command') as string;
  if (!command.startsWith('/')) return bad('not a command');
  return command === SLASH_COMMAND ? undefined : unknown('unknown command');
}

/** Why this body is not one the app handles, or undefined when it may go to Bolt. Mirrors Bolt's parsing. */
export function payloadProblem(contentType: string | undefined, text: string): Refusal | undefined {
  if (contentType === 'application/x-www-form-urlencoded') return formProblem(text);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return bad('body is not JSON');
  }
  return jsonProblem(body);
}

/**
 * The same check on a payload Bolt receives already parsed (Socket Mode): an event callback, a
 * button press or a slash command, each with the fields the listeners read.
 */
export function bodyProblem(body: unknown): Refusal | undefined {
  if (!isObj(body)) return bad('body is not an object');
  if (body.type === 'event_callback') return jsonProblem(body);
  if (body.type === 'block_actions') return actionsProblem(body);
  if (body.command !== undefined) return commandProblem((f) => body[f]);
  return bad('unsupported payload type');
}
