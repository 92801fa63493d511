// Did you mean: an agency's name typed with one character wrong is read as that name, unless the typed
// words are a name of their own in the data (資通安全業務 is a programme, not 資通安全署 mistyped).
import type { Context } from './answers/context.js';
import { understand, type Understood } from './understand.js';

/** Whether some name in the data holds the words as typed. */
function inSomeName(ctx: Context, words: string): boolean {
  for (const name of ctx.catalog.byMatch.keys()) if (name.includes(words)) return true;
  return false;
}

/** The frame read with the name corrected, saying so; or the frame as it was. */
export function correctNames(ctx: Context, u: Understood): Understood {
  const m = u.misspelt;
  if (!m || inSomeName(ctx, m.typed)) return u;
  const fixed = understand(u.query.normalize('NFKC').replace(m.typed, m.read));
  return { ...fixed, query: u.query, corrections: [m] };
}
