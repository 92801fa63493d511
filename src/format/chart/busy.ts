// What a surface says when every chart worker is busy and the queue is full: try again shortly.
// Kept apart from the pool so that surfaces can recognise the refusal without loading anything.
import type { Lang } from '../../core/answer.js';

export const CHART_BUSY: Record<Lang, string> = {
  zh: '目前正在畫的圖表太多，請稍候再按一次。',
  en: 'Busy drawing other charts; please try again in a moment.',
};

/** Seconds a client is told to wait before asking for a chart again (HTTP Retry-After). */
export const CHART_RETRY_AFTER_S = 5;

/** Every chart worker is busy and the queue is full: nothing was drawn, the person may retry. */
export class ChartBusyError extends Error {
  constructor() {
    super('chart queue full');
    this.name = 'ChartBusyError';
  }
}
