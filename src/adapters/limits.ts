// Limits shared by every surface: question length and per-user rate.
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
// Each limiter from its own file: the package's index also loads its cluster limiter, and with it
// Node's cluster and child_process modules, at every start.
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import RateLimiterRedis from 'rate-limiter-flexible/lib/RateLimiterRedis.js';
import RateLimiterRes from 'rate-limiter-flexible/lib/RateLimiterRes.js';
import { KEY_PREFIX, withDeadline, type RedisLink } from './state/redis.js';

export interface LimitVerdict {
  ok: boolean;
  /** what to tell the user, in their language, when not ok */
  message?: { zh: string; en: string };
  retryAfterSeconds?: number;
}

// C0 and C1 controls (but tab and line breaks), DEL, the bidi marks, embeddings, overrides and
// isolates, and the byte-order mark: invisible, able to reorder what is shown, never part of a question.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** A question as it may be read and echoed: invisible and reordering characters removed, spaces collapsed. */
export function cleanQuestion(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

export function checkQuestionLength(q: string, max: number): LimitVerdict {
  if (q.length <= max) return { ok: true };
  return {
    ok: false,
    message: {
      zh: `問題太長了（${q.length} 字，上限 ${max} 字），請縮短後再問。`,
      en: `That question is too long (${q.length} characters; the limit is ${max}). Please shorten it.`,
    },
  };
}

/** A per-key rate limit; the verdict is async because the counters may live in Redis. */
export interface Limiter {
  /** `points` actions at once (a batch of several); one by default */
  check(key: string, points?: number): Promise<LimitVerdict>;
}

function refused(retryMs: number): LimitVerdict {
  const retry = Math.max(1, Math.ceil(retryMs / 1000));
  return {
    ok: false,
    retryAfterSeconds: retry,
    message: { zh: `問得太快了，請 ${retry} 秒後再試。`, en: `Too many questions; please try again in ${retry} s.` },
  };
}

/**
 * `perMinute` actions per key per one-minute window (rate-limiter-flexible). In memory each key
 * expires on its own timer (O(1), no scan); with Redis the counters are shared by every replica,
 * and the limiter's insurance limiter (in memory, the same size) counts while Redis is down, fails
 * a call, or does not answer within the link's deadline.
 */
export class RateLimiter implements Limiter {
  private readonly local: RateLimiterMemory;
  private readonly shared?: RateLimiterAbstract;

  constructor(
    perMinute: number,
    private readonly link?: RedisLink,
  ) {
    const opts = { points: perMinute, duration: 60, keyPrefix: 'rate' };
    this.local = new RateLimiterMemory(opts);
    if (link) {
      this.shared = new RateLimiterRedis({
        ...opts, storeClient: link.client, useRedisPackage: true, keyPrefix: `${KEY_PREFIX}rate`,
        insuranceLimiter: this.local, rejectIfRedisNotReady: true,
      });
    }
  }

  async check(key: string, points = 1): Promise<LimitVerdict> {
    try {
      await this.consume(key, points);
      return { ok: true };
    } catch (res) {
      if (res instanceof RateLimiterRes) return refused(res.msBeforeNext);
      throw res;
    }
  }

  private async consume(key: string, points: number): Promise<unknown> {
    if (!this.shared || !this.link?.up) return this.local.consume(key, points);
    const counted = this.shared.consume(key, points);
    counted.catch(() => undefined); // a verdict that comes after the deadline is not waited for
    try {
      const res = await withDeadline(counted, this.link.callTimeoutMs);
      this.link.answered();
      return res;
    } catch (res) {
      if (res instanceof RateLimiterRes) throw res; // over the limit: the shared count's verdict, or the insurance's
      this.link.timedOut();
      return this.local.consume(key, points);
    }
  }
}

export function pickLang(q: string): 'zh' | 'en' {
  return /[\u3400-\u9fff]/.test(q) ? 'zh' : 'en';
}
