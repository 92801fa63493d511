// Generated requests for the fuzz runs: near-valid and hostile payloads for POST /slack/events,
// POST /discord/interactions, POST /mcp (single messages and batches), and the HTTP GETs (/api/ask
// with csv and png, the page with session ids in the URL and cookies), each with a signing mode
// (valid, missing, wrong, stale). Every URL a payload carries points at the loopback fakes or is not a URL at all, so an
// answered payload never leaves the machine.
import fc from 'fast-check';

export type Signing = 'valid' | 'none' | 'bad' | 'stale';
export type Endpoint = 'slack' | 'discord' | 'api' | 'mcp';

export interface FuzzCase {
  endpoint: Endpoint;
  method: 'GET' | 'POST';
  /** path with query string */
  path: string;
  contentType?: string;
  body?: string;
  signing: Signing;
  headers?: Record<string, string>;
}

/** The MCP token of a fuzzed bot: shaped like the interaction tokens, so a log line holding it is counted as a leak. */
export const FUZZ_MCP_TOKEN = 'fuzz-token-MCPabcdefghij0123456789';

export interface FuzzTargets {
  /** base URL of the fake Slack (response_url endpoints live under /response/) */
  slackUrl: string;
  /** the bot's MCP_TOKEN, for the valid bearer of the /mcp cases */
  mcpToken?: string;
}

const text = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('數產署 114 年度預算', 'ADI budget 2025', '資安署人事費', 'help', '那 113 年呢？', '114 年度各機關預算排名'),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 600 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => `\u202e${s}\u0000\u001b`) },
);
/** Any generated value as query text (JSON for objects, some of which have no prototype to print with). */
const asText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');
const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null), fc.string({ maxLength: 20 }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });
const id = (prefix: string) => fc.stringMatching(new RegExp(`^${prefix}[A-Z0-9]{4,10}$`));
const signing: fc.Arbitrary<Signing> = fc.constantFrom<Signing>('valid', 'valid', 'valid', 'none', 'bad', 'stale');
const optional = { requiredKeys: [] as never[] };

function slackEvent(): fc.Arbitrary<unknown> {
  const event = fc.record({
    type: maybe(fc.constantFrom('app_mention', 'message', 'app_home_opened', 'reaction_added')),
    user: maybe(id('U')), text: maybe(text.map((t) => `<@UBOT> ${t}`)), channel: maybe(id('C')),
    ts: maybe(fc.constantFrom('1700000000.000100', '1700000001.000200')), thread_ts: fc.constant('1700000000.000100'),
    channel_type: fc.constantFrom('im', 'channel'), subtype: fc.constantFrom('bot_message', 'message_changed'),
    bot_id: id('B'), tab: fc.constant('home'),
    item: maybe(fc.record({ type: fc.constant('message'), channel: id('C'), ts: fc.constant('1700000000.000100') })),
    subteam: maybe(fc.record({ id: id('S'), created_by: id('U') })),
  }, { requiredKeys: ['type'] });
  const authorization = fc.record({ team_id: maybe(id('T')), user_id: maybe(id('U')), enterprise_id: maybe(id('E')), is_enterprise_install: fc.boolean() });
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record(
        {
          type: maybe(fc.constant('event_callback')), team_id: fc.oneof({ weight: 6, arbitrary: maybe(id('T')) }, { weight: 1, arbitrary: fc.constantFrom('valueOf', '__proto__', 'constructor', 'toString') }),
          event_id: maybe(id('Ev')), event: maybe(event),
          authorizations: maybe(fc.array(maybe(authorization), { maxLength: 2 })), enterprise_id: maybe(id('E')), api_app_id: maybe(id('A')),
        },
        { requiredKeys: ['type', 'event'] },
      ),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('url_verification'), challenge: maybe(fc.string()) }) },
    { weight: 1, arbitrary: junk },
  );
}

function slackAction(responseUrl: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const action = fc.record({
    action_id: maybe(fc.constantFrom('budget_share', 'budget_chart', 'budget_ask_0', 'budget_ask_3', 'budget_feedback', 'unknown')),
    value: maybe(text), type: fc.constant('button'),
  }, { requiredKeys: ['action_id'] });
  return fc.record({
    type: maybe(fc.constantFrom('block_actions', 'view_submission', 'shortcut', 'message_action')),
    user: maybe(fc.record({ id: maybe(id('U')) })), team: maybe(fc.record({ id: id('T') })),
    channel: maybe(fc.record({ id: maybe(id('C')) })), actions: maybe(fc.array(maybe(action), { maxLength: 3 })),
    message: maybe(fc.record({ ts: fc.constant('1700000000.000100'), thread_ts: fc.constant('1700000000.000100'), text })),
    container: maybe(fc.record({ type: fc.constant('message'), message_ts: fc.constant('1700000000.000100') })),
    response_url: maybe(responseUrl), trigger_id: fc.uuid(), enterprise: maybe(fc.record({ id: id('E') })),
  }, { requiredKeys: ['type'] });
}

function slackCommand(responseUrl: fc.Arbitrary<string>): fc.Arbitrary<Record<string, string>> {
  return fc.record({
    command: fc.constantFrom('/budget', '/budget', 'budget', '/other', '/weather', ''), text, user_id: id('U'), channel_id: id('C'),
    team_id: id('T'), response_url: responseUrl, trigger_id: fc.uuid(), ssl_check: fc.constant('1'),
  }, { requiredKeys: ['command', 'text', 'user_id', 'channel_id', 'trigger_id'] });
}

const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const contentType = (usual: string) => fc.oneof({ weight: 8, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constantFrom(JSON_TYPE, FORM_TYPE, 'text/plain', 'multipart/form-data') });

export function slackCases(t: FuzzTargets): fc.Arbitrary<FuzzCase> {
  const responseUrl = fc.oneof(
    { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}$/).map((p) => `${t.slackUrl}/response/fuzz-${p}`) },
    { weight: 1, arbitrary: fc.constantFrom('', 'not a url', 'ftp://127.0.0.1/x') },
  );
  const body = fc.oneof(
    { weight: 3, arbitrary: slackEvent().map((b) => ({ ct: JSON_TYPE, body: JSON.stringify(b) ?? 'null' })) },
    { weight: 3, arbitrary: slackCommand(responseUrl).map((c) => ({ ct: FORM_TYPE, body: form(c) })) },
    { weight: 2, arbitrary: slackAction(responseUrl).map((p) => ({ ct: FORM_TYPE, body: form({ payload: JSON.stringify(p) }) })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }).map((s) => ({ ct: JSON_TYPE, body: s })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('null', 'payload=null', 'payload=%7B', '[]', '{}', 'ssl_check=1&token=x')
        .map((s) => ({ ct: s.includes('=') ? FORM_TYPE : JSON_TYPE, body: s })),
    },
  );
  return fc.tuple(body, signing, fc.boolean(), fc.nat(3)).chain(([b, sign, retry, n]) =>
    contentType(b.ct).map((ct): FuzzCase => ({
      endpoint: 'slack', method: 'POST', path: '/slack/events', contentType: ct, body: b.body, signing: sign,
      headers: retry ? { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' } : undefined,
    })));
}

function discordInteraction(): fc.Arbitrary<unknown> {
  const opt = fc.record({
    name: maybe(fc.constantFrom('question', 'agency', 'year', 'item', 'q')), type: maybe(fc.integer({ min: 1, max: 11 })),
    value: maybe(fc.oneof(text, fc.integer())), focused: fc.boolean(),
  }, optional);
  const sub = fc.record({
    name: maybe(fc.constantFrom('ask', 'help', 'figure', 'compare', 'rank', 'nope')), type: fc.constant(1),
    options: maybe(fc.array(maybe(opt), { maxLength: 4 })),
  }, optional);
  const data = fc.record({
    id: fc.constant('1'), name: maybe(fc.constantFrom('budget', 'other')), type: fc.constant(1),
    options: maybe(fc.array(maybe(sub), { maxLength: 2 })), component_type: fc.constant(2),
    custom_id: maybe(fc.oneof(fc.constantFrom('c', 'p1', 's0', 'a:5pW455Si572y'), fc.string({ maxLength: 120 }))),
  }, optional);
  const user = fc.record({ id: maybe(fc.stringMatching(/^\d{5,19}$/)), username: fc.string({ maxLength: 10 }) });
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({
      id: maybe(fc.stringMatching(/^\d{17,19}$/)), application_id: fc.constant('123456789012345678'),
      token: fc.stringMatching(/^[A-Za-z0-9]{20}$/).map((s) => `fuzz-token-${s}`),
      type: maybe(fc.integer({ min: 1, max: 6 })), version: fc.constant(1), locale: fc.constantFrom('zh-TW', 'en-US', 'xx'),
      member: maybe(fc.record({ user: maybe(user) })), user: maybe(user), channel_id: maybe(fc.stringMatching(/^\d{5,19}$/)),
      guild_id: maybe(fc.stringMatching(/^\d{5,19}$/)), data: maybe(data),
      message: maybe(fc.record({
        id: fc.constant('4242'), embeds: maybe(fc.array(fc.record({ author: maybe(fc.record({ name: maybe(text) })) }), { maxLength: 2 })),
      })),
    }, { requiredKeys: ['type', 'token'] }) },
    { weight: 1, arbitrary: junk },
  );
}

export function discordCases(): fc.Arbitrary<FuzzCase> {
  const body = fc.oneof(
    { weight: 8, arbitrary: discordInteraction().map((b) => JSON.stringify(b) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  );
  return fc.tuple(body, signing, contentType(JSON_TYPE)).map(([b, sign, ct]): FuzzCase => ({
    endpoint: 'discord', method: 'POST', path: '/discord/interactions', contentType: ct, body: b, signing: sign,
  }));
}

/** The HTTP GETs: the API (JSON, CSV, PNG charts), the page and its files, with session ids in URLs and cookies. */
export function apiCases(): fc.Arbitrary<FuzzCase> {
  const chartQuestion = fc.constantFrom('114 年度哪個機關預算最多', '數產署 112 到 114 年度預算', 'ADI budget 2025');
  const params = fc.record({
    q: fc.oneof(text, chartQuestion), session: maybe(fc.stringMatching(/^[A-Za-z0-9_-]{1,70}$/)).map(asText),
    format: fc.constantFrom('csv', 'json', 'xml', '', 'png', 'png'), extra: fc.string({ maxLength: 10 }),
    s: fc.stringMatching(/^[A-Za-z0-9_-]{0,30}$/), new: fc.constantFrom('1', '0', ''), lang: fc.constantFrom('zh', 'en', 'xx'),
  }, { requiredKeys: ['q'] });
  const path = fc.constantFrom('/api/ask', '/api/ask', '/api/ask', '/', '/api/ask.csv', '/api/ask.png');
  const cookie = fc.option(fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9_-]{22}$/).map((v) => `moda_session=${v}`),
    fc.string({ maxLength: 60 }).map((v) => `moda_session=${v}; other=1`),
  ), { nil: undefined });
  const forwarded = fc.option(fc.ipV4(), { nil: undefined });
  return fc.tuple(params, path, forwarded, cookie, fc.nat(9)).map(([p, base, ip, c, n]): FuzzCase => {
    const query = new URLSearchParams(p as Record<string, string>).toString();
    const headers = { ...(ip ? { 'x-forwarded-for': ip } : {}), ...(c ? { cookie: c.replace(/[^\x20-\x7e]/g, '') } : {}) };
    // a few raw, badly encoded query strings and wrong methods too
    const url = n === 0 ? `${base}?q=%E6%95%B8%&session=%00` : `${base}?${query}`;
    return { endpoint: 'api', method: n === 1 ? 'POST' : 'GET', path: url, signing: 'none', headers, body: n === 1 ? 'q=x' : undefined };
  });
}

/** POST /mcp: JSON-RPC messages and batches (the current specification has none: refused), junk, and bad tokens. */
export function mcpCases(t: FuzzTargets): fc.Arbitrary<FuzzCase> {
  const message = fc.record({
    jsonrpc: maybe(fc.constant('2.0')), id: maybe(fc.oneof(fc.nat(), fc.string({ maxLength: 8 }))),
    method: maybe(fc.constantFrom('initialize', 'tools/list', 'tools/call', 'ping', 'notifications/initialized', 'resources/list', 'nope')),
    params: maybe(fc.record({
      name: maybe(fc.constantFrom('ask', 'lookup', 'sources', 'nope')),
      arguments: maybe(fc.record({ question: maybe(text), agency: maybe(text), year: maybe(fc.integer()), session: maybe(fc.string({ maxLength: 70 })) }, optional)),
      protocolVersion: fc.constantFrom('2025-06-18', '2025-03-26', 'x'), capabilities: fc.constant({}), clientInfo: fc.constant({ name: 'fuzz', version: '1' }),
    }, optional)),
  }, { requiredKeys: ['jsonrpc', 'method'] });
  const body = fc.oneof(
    { weight: 5, arbitrary: message.map((m) => JSON.stringify(m)) },
    { weight: 2, arbitrary: fc.array(message, { maxLength: 120 }).map((b) => JSON.stringify(b)) },
    { weight: 1, arbitrary: junk.map((j) => JSON.stringify(j) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
  const auth = fc.constantFrom('valid', 'valid', 'valid', 'none', 'bad');
  const accept = fc.constantFrom('application/json, text/event-stream', 'application/json, text/event-stream', 'application/json', '*/*');
  return fc.tuple(body, auth, accept, contentType(JSON_TYPE)).map(([b, a, acc, ct]): FuzzCase => ({
    endpoint: 'mcp', method: 'POST', path: '/mcp', contentType: ct, body: b, signing: 'none',
    headers: { accept: acc, ...(a === 'none' ? {} : { authorization: `Bearer ${a === 'valid' ? t.mcpToken ?? '' : 'fuzz-not-the-token-0123456789'}` }) },
  }));
}

/** `count` cases for an endpoint, reproducible from `seed`. */
export function sampleCases(endpoint: Endpoint, t: FuzzTargets, count: number, seed: number): FuzzCase[] {
  const arb = endpoint === 'slack' ? slackCases(t) : endpoint === 'discord' ? discordCases() : endpoint === 'mcp' ? mcpCases(t) : apiCases();
  return fc.sample(arb, { numRuns: count, seed });
}
