// The small pieces the pages are built from: escaping by construction, citation links, the session map.
import { describe, expect, it } from 'vitest';
import { html, raw } from '../../src/format/html.js';
import { sourceUrl } from '../../src/format/source-link.js';
import { SessionStore } from '../../src/adapters/web/sessions.js';
import { parseDocument } from '../../src/adapters/web/document.js';
import { splitValue } from '../../src/adapters/web/answer-view.js';
import { formatValue } from '../../src/format/numbers.js';
import { adiBudget114, thousands } from './harness.js';

describe('html', () => {
  it('escapes interpolated text and keeps nested markup', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['&', raw('<br>')]}</p>`.value).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&amp;<br></p>');
  });
});

describe('sourceUrl', () => {
  it('builds the viewer link with the line anchor', () => {
    expect(sourceUrl('https://budget.example/', { doc: '000_366ac4fbdefa5f56.txt', line: 790 })).toBe(
      'https://budget.example/sources/000_366ac4fbdefa5f56.txt#L790',
    );
    expect(sourceUrl('https://budget.example', { doc: '000_366ac4fbdefa5f56.txt' })).toBe('https://budget.example/sources/000_366ac4fbdefa5f56.txt');
  });
});

describe('SessionStore', () => {
  it('forgets the least recently used session when full, and idle ones after the TTL', () => {
    let now = 0;
    const store = new SessionStore(2, 1000, () => now);
    const a = store.create();
    const b = store.create();
    expect(store.get(a.id)).toBe(a);
    store.create();
    expect(store.get(b.id)).toBeUndefined();
    expect(store.get(a.id)).toBe(a);
    now = 2000;
    expect(store.get(a.id)).toBeUndefined();
    expect(store.get('not a valid id')).toBeUndefined();
  });
});

describe('splitValue', () => {
  it('finds the exact 千元 part of a Chinese figure (full-width brackets) and of one in ASCII brackets', () => {
    const { budget } = adiBudget114();
    const [big, exact] = splitValue(formatValue(budget!, 'TWD', 'zh'));
    expect(exact).toBe(`${thousands(budget!)} 千元`);
    expect(big).toMatch(/^[\d.]+ 億元$/);
    expect(splitValue('22.16 億元 (2,216,120 千元)')).toEqual(['22.16 億元', '2,216,120 千元']);
    expect(splitValue(formatValue(budget!, 'TWD', 'en'))).toEqual([formatValue(budget!, 'TWD', 'en'), undefined]);
  });
});

describe('parseDocument', () => {
  it('groups tab-separated lines into one table across a blank line, with 1-based line numbers', () => {
    const blocks = parseDocument('Title\n\na\tb\n\nc\td\t\nprose');
    expect(blocks).toEqual([
      { kind: 'prose', line: 1, text: 'Title' },
      { kind: 'table', rows: [{ line: 3, cells: ['a', 'b'] }, { line: 5, cells: ['c', 'd'] }] },
      { kind: 'prose', line: 6, text: 'prose' },
    ]);
  });
});
