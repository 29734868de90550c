import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { slackTeams } from '../../src/db/schema/index.js';
import type { RunningBridge } from '../../src/server.js';
import { startBridge } from '../../src/server.js';
import { eventually } from '../support/bridge.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase } from '../support/database.js';
import type { SocketModeEnvelope, SocketModeSlack } from '../support/socket-mode-slack.js';
import { startSocketModeSlack } from '../support/socket-mode-slack.js';

const botToken = 'xoxb-socket-mode-test';
const appToken = 'xapp-1-A0SOCKET-socket-mode-test';
const userId = 'U0LOCAL03';
const channelId = 'C0LOCALGEN';
const now = () => new Date('2027-01-11T15:00:00Z');

/** Builds a `/bridge` slash command envelope as Slack sends it over Socket Mode. */
function slashCommand(
  slack: SocketModeSlack,
  command: { envelopeId: string; teamId: string; text: string },
): SocketModeEnvelope {
  return {
    envelope_id: command.envelopeId,
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      token: 'deprecated-verification-token',
      team_id: command.teamId,
      team_domain: 'socket-mode-test',
      channel_id: channelId,
      channel_name: 'general',
      user_id: userId,
      user_name: 'priya.nair',
      command: '/bridge',
      text: command.text,
      api_app_id: 'A0SOCKET',
      is_enterprise_install: 'false',
      response_url: slack.responseUrl(command.envelopeId),
      trigger_id: `trigger-${command.envelopeId}`,
    },
  };
}

describe('Bridge over Socket Mode', () => {
  let slack: SocketModeSlack;
  let database: TestDatabase;
  let bridge: RunningBridge;

  beforeAll(async () => {
    slack = await startSocketModeSlack({ botToken, appToken });
    database = await createTestDatabase('pglite');
    const config = loadConfig({
      PORT: '0',
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: 'socket-mode-test-signing-secret',
      SLACK_APP_TOKEN: appToken,
      SLACK_API_URL: slack.apiUrl,
    });
    bridge = await startBridge({
      config,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      database,
      now,
    });
  });

  afterAll(async () => {
    await bridge?.stop();

    // Bolt 5.1's SocketModeReceiver.stop() starts the WebSocket close handshake without waiting
    // for it to finish.
    if (slack) await eventually(() => slack.openConnectionCount() === 0);

    await slack?.close();
    await database?.close();
  });

  const responseTo = (envelopeId: string) =>
    eventually(() => slack.responseUrlPosts.find((post) => post.responseUrlId === envelopeId));

  const ackOf = (envelopeId: string) =>
    eventually(() => slack.acks.find((ack) => ack.envelope_id === envelopeId));

  it('connects with the app-level token', () => {
    expect(slack.connectionOpenTokens).toEqual([appToken]);
    expect(slack.connections).toHaveLength(1);
    expect(slack.openConnectionCount()).toBe(1);
  });

  it('acknowledges /bridge help and responds', async () => {
    slack.sendEnvelope(
      slashCommand(slack, { envelopeId: 'envelope-help', teamId: 'T0SOCKET1', text: 'help' }),
    );

    const ack = await ackOf('envelope-help');
    const response = await responseTo('envelope-help');

    expect(ack).toEqual({ envelope_id: 'envelope-help', payload: {} });
    expect(response.message.response_type).toBe('ephemeral');
    expect(response.message.text).toContain('What Bridge can do');
    expect(response.message.blocks?.length).toBeGreaterThan(0);
  });

  it('links the team on /bridge opportunities', async () => {
    const teamId = 'T0SOCKET2';
    const teamRow = () =>
      database.db.select().from(slackTeams).where(eq(slackTeams.teamId, teamId));

    expect(await teamRow()).toEqual([]);

    slack.sendEnvelope(
      slashCommand(slack, { envelopeId: 'envelope-list', teamId, text: 'opportunities' }),
    );

    const ack = await ackOf('envelope-list');
    const response = await responseTo('envelope-list');
    const [team] = await teamRow();

    expect(ack.envelope_id).toBe('envelope-list');
    expect(response.message.text).toContain('No open opportunities yet.');
    expect(team?.teamName).toBe('socket-mode-test');
    expect(team?.partnershipId).toEqual(expect.any(String));
  });

  it('serves the health check over HTTP', async () => {
    const response = await fetch(`${bridge.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: 'up' });
  });
});
