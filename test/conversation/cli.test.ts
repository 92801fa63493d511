// The command line keeps conversations: batch lines of one thread are one conversation, lines
// without a thread stand alone, threads never leak; the terminal prompt is one conversation.
import { spawnSync } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { createBatchAnswerer, parseBatchLine } from '../../src/adapters/cli/ask.js';
import { runPrompt } from '../../src/adapters/cli/prompt.js';
import { loadDataset } from '../../src/dataset/load.js';
import { callFor, recordConversations, turnQueries } from './recording.js';

const engine = createEngine();
const data = loadDataset();
const acs = data.budget_lines.find((l) => l.doc.startsWith('000') && l.agency !== '6220' && l.level === 'agency' && l.name.includes('資通安全署'))!;
const first = `${acs.name} ${acs.year} 年度預算`;
const followUp = `那${acs.year - 1}年呢？`;

describe('batch lines', () => {
  it('read the thread field, keep id, and fall back to a plain question', () => {
    expect(parseBatchLine('{"id":"a","q":"x","thread":"t1"}')).toEqual({ id: 'a', q: 'x', thread: 't1' });
    expect(parseBatchLine('{"id":2,"q":"x","thread":7}')).toEqual({ id: 2, q: 'x', thread: '7' });
    expect(parseBatchLine('{"q":"x","thread":""}')).toEqual({ q: 'x' });
    expect(parseBatchLine('數產署 預算')).toEqual({ q: '數產署 預算' });
  });

  it('hand a follow-up the earlier turns of its own thread only', () => {
    const rec = recordConversations(engine);
    const answer = createBatchAnswerer(rec.engine);
    answer({ q: first, thread: 't1', id: 1 });
    answer({ q: '數位產業署 114 年度預算', thread: 't2', id: 2 });
    answer({ q: '數位發展部 114 年度預算', id: 3 });
    const out = answer({ q: followUp, thread: 't1', id: 4 });
    expect(out.id).toBe(4);
    expect(turnQueries(callFor(rec.calls, first)!.conversation)).toEqual([]);
    expect(turnQueries(callFor(rec.calls, followUp)!.conversation)).toEqual([first]);
    // the line without a thread was asked alone, not as a turn of any conversation
    expect(rec.asks).toEqual(['數位發展部 114 年度預算']);
    expect(rec.calls).toHaveLength(3);
  });

  it('answer one JSON line per input line over stdin, ids in order', () => {
    const lines = [
      { id: 'a', q: first, thread: 't1' },
      { id: 'b', q: '數位產業署 114 年度預算' },
      { id: 'c', q: followUp, thread: 't1' },
      { id: 'd', q: followUp, thread: 't2' },
    ];
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/adapters/cli/ask.ts', '--json', '--batch', '-'], {
      input: lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const answers = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; query: string; figures: { value: number }[] });
    expect(answers.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(answers[0].figures[0].value).toBe(acs.budget);
  });
});

describe('the terminal prompt', () => {
  it('keeps one conversation: the second question comes with the first', async () => {
    const rec = recordConversations(engine);
    const input = new PassThrough();
    let printed = '';
    const output = new Writable({ write: (c, _e, cb) => ((printed += String(c)), cb()) });
    const done = runPrompt(rec.engine, 500, input as unknown as typeof process.stdin, output as unknown as typeof process.stdout);
    input.end(`${first}\n${followUp}\nexit\n`);
    await done;
    expect(turnQueries(callFor(rec.calls, followUp)!.conversation)).toEqual([first]);
    expect(printed).toContain(acs.name);
  });
});
