// What a Slack request must look like before Bolt sees it. A signed but malformed payload (a null
// body, an event without a type, a button press without a user) gets a fast 400 here instead of
// an exception inside Bolt; payload types this app has no listener for are refused the same way.

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

/** Fields the listeners read: when present they must be strings. */
const EVENT_STRINGS = ['type', 'user', 'text', 'channel', 'ts', 'thread_ts', 'channel_type', 'subtype', 'bot_id', 'tab', 'event_ts'];

function eventProblem(e: unknown): string | undefined {
  if (!isObj(e) || !isStr(e.type)) return 'event without a type';
  const bad = EVENT_STRINGS.find((f) => e[f] !== undefined && !isStr(e[f]));
  return bad ? `event.${bad} is not a string` : undefined;
}

function jsonProblem(body: unknown): string | undefined {
  if (!isObj(body)) return 'body is not an object';
  if (body.type === 'url_verification') return isStr(body.challenge) ? undefined : 'challenge missing';
  if (body.type !== 'event_callback') return 'unsupported payload type';
  if (body.event_id !== undefined && !isStr(body.event_id)) return 'event_id is not a string';
  return eventProblem(body.event);
}

function actionsProblem(p: Record<string, unknown>): string | undefined {
  if (!isObj(p.user) || !isStr(p.user.id)) return 'block_actions without a user';
  if (!Array.isArray(p.actions) || p.actions.length === 0) return 'block_actions without actions';
  for (const a of p.actions) {
    if (!isObj(a) || !isStr(a.action_id)) return 'action without an action_id';
    if (a.value !== undefined && !isStr(a.value)) return 'action value is not a string';
  }
  for (const k of ['container', 'channel', 'message', 'team'] as const) if (p[k] !== undefined && !isObj(p[k])) return `${k} is not an object`;
  if (isObj(p.channel) && !isStr(p.channel.id)) return 'channel without an id';
  return p.response_url !== undefined && !isStr(p.response_url) ? 'response_url is not a string' : undefined;
}

function formProblem(text: string): string | undefined {
  const form = new URLSearchParams(text);
  const payload = form.get('payload');
  if (payload !== null) {
    let p: unknown;
    try {
      p = JSON.parse(payload);
    } catch {
      return 'payload is not JSON';
    }
    if (!isObj(p)) return 'payload is not an object';
    return p.type === 'block_actions' ? actionsProblem(p) : 'unsupported payload type';
  }
  return commandProblem((f) => form.get(f));
}

function commandProblem(field: (name: string) => unknown): string | undefined {
  for (const f of ['command', 'user_id', 'channel_id', 'response_url']) {
    const v = field(f);
    if (!isStr(v) || !v) return `${f} missing`;
  }
  return (field('command') as string).startsWith('/') ? undefined : 'not a command';
}

/** Why this body is not one the app handles, or undefined when it may go to Bolt. Mirrors Bolt's parsing. */
export function payloadProblem(contentType: string | undefined, text: string): string | undefined {
  if (contentType === 'application/x-www-form-urlencoded') return formProblem(text);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'body is not JSON';
  }
  return jsonProblem(body);
}

/**
 * The same check on a payload Bolt receives already parsed (Socket Mode): an event callback, a
 * button press or a slash command, each with the fields the listeners read.
 */
export function bodyProblem(body: unknown): string | undefined {
  if (!isObj(body)) return 'body is not an object';
  if (body.type === 'event_callback') return jsonProblem(body);
  if (body.type === 'block_actions') return actionsProblem(body);
  if (body.command !== undefined) return commandProblem((f) => body[f]);
  return 'unsupported payload type';
}
