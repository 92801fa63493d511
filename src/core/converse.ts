// One turn of a conversation: a follow-up is read with what the last question named; a question
// that stands alone starts afresh. The answer says what it carried over.
import type { Answer } from './answer.js';
import type { Conversation } from './conversation.js';
import { answerOnFigures, carriedNote, figureOperation, frameMemory, inherit, isFollowUp, lastFrame, type FrameMemory } from './follow-up.js';
import { runPipeline } from './pipeline.js';
import { answerShareOfLast } from './follow-share.js';
import type { Understood } from './understand.js';
import type { Context } from './answers/context.js';
import { phrase } from '../format/phrases.js';

export function answerInConversation(ctx: Context, u: Understood, conversation: Conversation): { answer: Answer; frame?: FrameMemory } {
  const prev = lastFrame(conversation);
  const fresh = () => {
    const answer = runPipeline(ctx, u).answer;
    return { answer, frame: frameMemory(u, answer.intent) };
  };
  if (!prev || u.help || u.search !== null) return fresh();
  // "占主管資本支出幾%" names its whole and points back for its part
  const share = answerShareOfLast(ctx, u, conversation, prev);
  if (share) return { answer: share, frame: prev };
  if (!isFollowUp(u)) return fresh();
  const op = figureOperation(conversation, u);
  if (op) return { answer: answerOnFigures(conversation, u, op), frame: prev };
  const merged = inherit(prev, u);
  const answer = runPipeline(ctx, merged).answer;
  const note = carriedNote(prev, u, merged);
  const summary = note ? phrase(u.lang).computed.carried(note, answer.summary) : answer.summary;
  return { answer: { ...answer, query: u.raw, summary }, frame: frameMemory(merged, answer.intent) };
}
