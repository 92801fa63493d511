// The embedded default: an interactive prompt in the terminal when no chat platform is configured.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Conversation } from '../../core/conversation.js';
import type { Engine } from '../../core/engine.js';
import { formatTerminal } from '../../format/terminal.js';
import { checkQuestionLength } from '../limits.js';
import { metrics } from '../metrics/sink.js';
import { agency } from '../../format/agencies.js';

export const CONNECT_HINT = [
  'No Slack or Discord settings found, so this is the terminal prompt.',
  '未設定 Slack 或 Discord，以下是終端機問答。',
  'To connect Slack: set SLACK_MODE=socket with SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_MODE=http with SLACK_SIGNING_SECRET).',
  'To connect Discord: set DISCORD_MODE=gateway with DISCORD_TOKEN (or DISCORD_MODE=http with DISCORD_PUBLIC_KEY and DISCORD_APPLICATION_ID).',
  `See .env.example. Type a question (例如：${agency('6220').name} 114 預算), "help", or "exit".`,
].join('\n');

export async function runPrompt(
  engine: Engine, maxChars: number,
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin, output: NodeJS.WritableStream = process.stdout,
  /** PUBLIC_BASE_URL: citations link to the source viewer */
  baseUrl?: string,
): Promise<void> {
  output.write(`${CONNECT_HINT}\n\n`);
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, prompt: '> ', terminal: interactive });
  if (interactive) rl.prompt();
  // one conversation for the whole session: a follow-up (那 113 年呢？) continues the last question, and a
  // number typed after an unsure answer (1, 2, 3) picks that one of its choices
  let conversation: Conversation | null = null;
  const ask = (q: string) => {
    const turn = engine.converse(q, conversation);
    conversation = turn.conversation;
    return turn.answer;
  };
  for await (const line of rl) {
    const q = line.trim();
    if (q === 'exit' || q === 'quit') break;
    if (q) {
      const replied = metrics.replyTimer('terminal');
      const length = checkQuestionLength(q, maxChars);
      if (!length.ok) metrics.refused('terminal', 'length');
      output.write(length.ok ? `${formatTerminal(ask(q), { baseUrl, choosing: true })}\n\n` : `${length.message![/[\u3400-\u9fff]/.test(q) ? 'zh' : 'en'].toString()}\n\n`);
      replied();
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}
