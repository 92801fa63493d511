// Button custom_ids (≤ 100 characters) that carry everything a press needs, so any replica can
// answer it without shared state:
//   a:<b64 text>      ask this suggestion
//   s<i>:<b64 query>  suggestion number i of the answer to query
//   p<n>:<b64 query>  page n of the answer to query
//   c:<b64 query>     the chart of the answer to query
//   k<n>:<pick>:<b64 query>  choice number n of an unsure answer: its pick, and the question it was offered for
// Under the answer to a pick, `s<i>`, `p<n>` and `c` carry the pick after the head (`p1.i469:<b64 query>`), so
// that what a press answers again is the figure picked, not the question's choices.
// b64 is base64url of UTF-8. A Chinese question of more than ~23 characters does not fit: the id is
// then just `s<i>`, `p<n>`, `c` or `k<n>:<pick>`, and the question is read back from the message the button
// is on (the embed's author line holds it, see QUESTION_PREFIX).

export const CUSTOM_ID_MAX = 100;
/** Marks the embed author line that repeats the question. */
export const QUESTION_PREFIX = '❓ ';

export type ButtonAction =
  | { kind: 'ask'; text: string }
  | { kind: 'suggestion'; index: number; query?: string; pick?: string }
  | { kind: 'page'; page: number; query?: string; pick?: string }
  | { kind: 'chart'; query?: string; pick?: string }
  | { kind: 'pick'; index: number; pick: string; query?: string };

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

function withQuery(head: string, query: string): string {
  const id = `${head}:${b64(query)}`;
  return id.length <= CUSTOM_ID_MAX ? id : head;
}

const picked = (head: string, pick?: string) => (pick ? `${head}.${pick}` : head);

/** The custom_id of a suggestion button: the text itself when it fits, else its index. */
export function suggestionId(text: string, index: number, query: string, pick?: string): string {
  const direct = `a:${b64(text)}`;
  return direct.length <= CUSTOM_ID_MAX ? direct : withQuery(picked(`s${index}`, pick), query);
}

export function pageId(page: number, query: string, pick?: string): string {
  return withQuery(picked(`p${page}`, pick), query);
}

export function chartId(query: string, pick?: string): string {
  return withQuery(picked('c', pick), query);
}

/** The custom_id of choice number `index` (1–3): its pick, and the question when it fits. */
export function pickId(index: number, pick: string, query: string): string {
  return withQuery(`k${index}:${pick}`, query);
}

const ID = /^(a|s\d{1,2}|p\d{1,4}|c)(?:\.([A-Za-z0-9_-]{1,32}))?(?::([A-Za-z0-9_-]*))?$/;
const PICK_ID = /^k(\d):([A-Za-z0-9_-]{1,32})(?::([A-Za-z0-9_-]*))?$/;

const decoded = (b64text: string | undefined) => (b64text !== undefined ? Buffer.from(b64text, 'base64url').toString('utf8') : undefined);
const queryOf = (text: string | undefined) => (text !== undefined && text.trim() !== '' ? { query: text } : {});

/** Read a custom_id back; null for anything this bot did not make. */
export function parseCustomId(id: unknown): ButtonAction | null {
  if (typeof id !== 'string' || id.length > CUSTOM_ID_MAX) return null;
  const k = PICK_ID.exec(id);
  if (k) return { kind: 'pick', index: Number(k[1]), pick: k[2], ...queryOf(decoded(k[3])) };
  const m = ID.exec(id);
  if (!m) return null;
  const [, head, pick, encoded] = m;
  const text = decoded(encoded);
  if (head === 'a') return text && !pick ? { kind: 'ask', text } : null;
  const rest = { ...queryOf(text), ...(pick ? { pick } : {}) };
  if (head === 'c') return { kind: 'chart', ...rest };
  const n = Number(head.slice(1));
  return head[0] === 's' ? { kind: 'suggestion', index: n, ...rest } : { kind: 'page', page: n, ...rest };
}
