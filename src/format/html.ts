// HTML built so that text is escaped unless it was built as HTML: the `html` tag escapes every
// interpolated value; only values that are themselves `Html` (from `html` or `raw`) pass through.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Part = Html | string | number | boolean | null | undefined | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) return part.map(render).join('');
  if (part instanceof Html) return part.value;
  return escapeHtml(String(part));
}

/** Tagged template: `html\`<p>${text}</p>\`` — text is escaped, nested `Html` is kept, arrays are joined. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new Html(out);
}

/** Markup from a trusted builder (e.g. the chart SVG, which escapes its own text). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** ` name="value"`, or nothing when the value is empty (so no empty class attributes). */
export function attr(name: string, value: string | number | undefined | null | false): Html {
  if (value === undefined || value === null || value === false || value === '') return new Html('');
  return new Html(` ${name}="${escapeHtml(String(value))}"`);
}

/** A query string from parameters, skipping empty ones. */
export function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
