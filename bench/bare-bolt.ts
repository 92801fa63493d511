// The baseline the bench compares the bot with: a bare Bolt app (the same @slack/bolt the bot uses)
// in HTTP mode that acknowledges `/budget` and responds with a fixed text. Started as its own
// process: PORT, SLACK_SIGNING_SECRET and SLACK_API_URL from the environment; prints "ready".
import { App, LogLevel } from '@slack/bolt';

const app = new App({
  token: 'xoxb-bare-bolt',
  signingSecret: process.env.SLACK_SIGNING_SECRET!,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  tokenVerificationEnabled: false,
  logLevel: LogLevel.ERROR,
});

app.command('/budget', async ({ ack, respond }) => {
  await ack();
  await respond({ text: 'A fixed answer.', response_type: 'ephemeral' });
});

await app.start(Number(process.env.PORT));
process.stdout.write('ready\n');
process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));
