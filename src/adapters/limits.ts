// Limits shared by every surface: question length and per-user rate.

export interface LimitVerdict {
  ok: boolean;
  /** what to tell the user, in their language, when not ok */
  message?: { zh: string; en: string };
  retryAfterSeconds?: number;
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

/** Sliding one-minute window per key; memory is bounded by pruning idle keys. */
export class RateLimiter {
  private hits = new Map<string, number[]>();

  constructor(
    private perMinute: number,
    private now: () => number = Date.now,
  ) {}

  check(key: string): LimitVerdict {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((x) => t - x < 60_000);
    if (recent.length >= this.perMinute) {
      this.hits.set(key, recent);
      const retry = Math.max(1, Math.ceil((60_000 - (t - recent[0])) / 1000));
      return {
        ok: false,
        retryAfterSeconds: retry,
        message: { zh: `問得太快了，請 ${retry} 秒後再試。`, en: `Too many questions; please try again in ${retry} s.` },
      };
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(t);
    return { ok: true };
  }

  private prune(t: number): void {
    for (const [k, v] of this.hits) if (v.every((x) => t - x >= 60_000)) this.hits.delete(k);
  }
}

export function pickLang(q: string): 'zh' | 'en' {
  return /[\u3400-\u9fff]/.test(q) ? 'zh' : 'en';
}
