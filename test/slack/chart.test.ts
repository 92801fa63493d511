// The Chart button: with the chart module present, the PNG is uploaded with files.uploadV2;
// without it, the person is told that charts are unavailable.
import { expect, it } from 'vitest';
import { loadChartRenderer } from '../../src/adapters/chart.js';
import { ACTION } from '../../src/format/slack.js';
import { escapeSlack } from '../../src/format/slack-text.js';
import { buttonPress, harnessForFile } from './harness.js';

const h = harnessForFile();

it('answers the Chart button of an answer that has a chart', async () => {
  const question = '數位產業署 114 年度預算';
  const answer = h.engine.ask(question);
  expect(answer.chart, 'the engine draws this answer').toBeDefined();
  const renderer = await loadChartRenderer();

  // Pressed on a private answer: the image goes to the app's DM, the person is told where.
  await h.action(buttonPress(h.fake.url, { action_id: ACTION.chart, value: escapeSlack(question) }, { channel: 'C1', ephemeral: true, responseId: 'chart1' }));
  const notice = await h.fake.waitFor((c) => c.kind === 'response' && c.name === 'chart1', 'a notice to the person');
  if (!renderer) {
    expect(String(notice.body.text)).toMatch(/無法產生圖表|not available/);
    return;
  }
  const upload = await h.fake.waitFor((c) => c.kind === 'upload', 'the PNG upload');
  expect(upload.body.png).toBe(true);
  const done = await h.fake.waitFor((c) => c.name === 'files.completeUploadExternal', 'the upload completed');
  expect(done.body.channel_id).toBe('DOPENED');

  // Pressed in a thread: the image goes into that thread.
  await h.action(buttonPress(h.fake.url, { action_id: ACTION.chart, value: escapeSlack(question) }, { channel: 'C5', thread_ts: '1700000700.000100', responseId: 'chart2' }));
  const inThread = await h.fake.waitFor((c) => c.name === 'files.completeUploadExternal' && c.body.channel_id === 'C5', 'the upload in the thread');
  expect(inThread.body.thread_ts).toBe('1700000700.000100');
});
