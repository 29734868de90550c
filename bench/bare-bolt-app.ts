/**
 * A Bolt app whose only listener acknowledges `/bridge`: the baseline that the command latency
 * benchmark compares Bridge with. It listens on 127.0.0.1 at the port in PORT.
 */
import http from 'node:http';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import { LOCAL_SLACK_CREDENTIALS } from '../src/config.js';
import { localWorkspace } from '../src/local/workspace.js';

const port = Number(process.env.PORT);

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`PORT must be a port number from 1 to 65535; got "${process.env.PORT}"\n`);
  process.exit(2);
}

const receiver = new ExpressReceiver({
  signingSecret: LOCAL_SLACK_CREDENTIALS.signingSecret,
  processBeforeResponse: false,
});
const app = new App({
  token: LOCAL_SLACK_CREDENTIALS.botToken,
  receiver,
  tokenVerificationEnabled: false,
  logLevel: LogLevel.WARN,
  // Bolt calls auth.test on the first request. This app serves that method itself, as Bridge's
  // local Web API stand-in does, so no request leaves 127.0.0.1.
  clientOptions: { slackApiUrl: `http://127.0.0.1:${port}/api/` },
});

app.command('/bridge', async ({ ack }) => ack());
receiver.app.get('/healthz', (_request, response) => {
  response.json({ ok: true });
});
receiver.app.post('/api/auth.test', (_request, response) => {
  response.json({
    ok: true,
    team_id: localWorkspace.team.id,
    user_id: localWorkspace.bot.userId,
    bot_id: localWorkspace.bot.botId,
    is_enterprise_install: false,
  });
});

const server = http.createServer(receiver.app);
server.listen(port, '127.0.0.1');

process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
