// The text an assistant reads from `ask`: each source labelled by its row and where it is printed,
// never by half a date or an internal code ("MyData members（Feb (line 244)", "… L244").
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { answerText } from '../../src/adapters/mcp/render.js';

const engine = createEngine();
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

describe('MCP answer text', () => {
  it.each(['MyData members', 'Agencies connected to MyData', 'MyData 會員數'])('labels the sources of "%s" by row and section', (q) => {
    const a = engine.ask(q);
    const cited = a.figures[0].source!;
    expect(cited.section, 'a report figure names its section').toBeTruthy();
    const text = answerText(a);
    const sources = text.slice(text.indexOf(a.lang === 'zh' ? '出處:' : 'Sources:'));
    expect(sources).toContain(cited.section!.slice(0, 12));
    expect(text).not.toMatch(new RegExp(`（${MONTH}\\b|\\(${MONTH} \\(`));
    expect(text).not.toMatch(/\(line \d+\)|（第 \d+ 行）|\bL\d+\b/);
  });
});
