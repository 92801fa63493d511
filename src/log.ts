// Structured logs with pino; secrets are redacted wherever they appear in a logged object.
import pino, { type Logger } from 'pino';

export const REDACT_PATHS = [
  '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.clientSecret', '*.publicKey',
  'token', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
  '*.headers["x-slack-signature"]', '*.headers["x-signature-ed25519"]',
  'config.SLACK_BOT_TOKEN', 'config.SLACK_SIGNING_SECRET', 'config.SLACK_APP_TOKEN', 'config.DISCORD_TOKEN', 'config.REDIS_URL',
];

export function createLogger(level = 'info', destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: undefined }, destination ?? pino.destination(2));
}
