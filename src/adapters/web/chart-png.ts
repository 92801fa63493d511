// An answer's chart as a PNG over HTTP (GET /api/ask?format=png, and the lookup page's PNG link),
// drawn by the same bounded pool as the chat surfaces: when every worker is busy and the queue is
// full, 429 with Retry-After and "busy, try again in a moment" in the asker's language (a refusal
// to take more work now, as the rate limit's, not a failure of the server).
import type { ServerResponse } from 'node:http';
import type { Answer } from '../../core/answer.js';
import { sendJson } from '../http/server.js';
import { CHART_BUSY, CHART_RETRY_AFTER_S, ChartBusyError, chartLoadError, loadChartRenderer } from '../chart.js';

const NO_CHART = { zh: '這個答案沒有圖表。', en: 'This answer has no chart.' };
const CHARTS_OFF = { zh: '圖表功能目前無法使用。', en: 'Charts are unavailable right now.' };

export async function sendAnswerPng(res: ServerResponse, a: Answer, onError: (err: unknown) => void): Promise<void> {
  if (!a.chart) return sendJson(res, 404, { error: NO_CHART[a.lang] });
  const render = await loadChartRenderer();
  if (!render) {
    onError(chartLoadError);
    return sendJson(res, 503, { error: CHARTS_OFF[a.lang] });
  }
  let png: Buffer;
  try {
    png = await render(a.chart, { lang: a.lang });
  } catch (err) {
    if (!(err instanceof ChartBusyError)) throw err;
    res.setHeader('retry-after', String(CHART_RETRY_AFTER_S));
    return sendJson(res, 429, { error: CHART_BUSY[a.lang] });
  }
  if (res.headersSent) return;
  res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length, 'cache-control': 'no-store' });
  res.end(png);
}
