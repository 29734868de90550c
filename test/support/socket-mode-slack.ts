import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import express, { type Request, type Response, type Router } from 'express';
import { type WebSocket, WebSocketServer } from 'ws';
import { createSlackApiStandIn } from '../../src/local/slack-api-stand-in.js';

/** A message that Slack sends over a Socket Mode connection, such as a slash command. */
export interface SocketModeEnvelope {
  envelope_id: string;
  type: 'slash_commands' | 'interactive' | 'events_api';
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
}

/** The message an app sends back over the socket to acknowledge an envelope. */
export interface SocketModeAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/** A JSON message that the app posted to a response_url. */
export interface ResponseUrlPost {
  responseUrlId: string;
  message: { text?: string; response_type?: string; blocks?: unknown[] };
}

/** One WebSocket connection that the app opened with a ticket from apps.connections.open. */
export interface SocketModeConnection {
  ticket: string;
  socket: WebSocket;
  closed: boolean;
}

export interface SocketModeSlack {
  /** The Web API base URL, for SLACK_API_URL. */
  apiUrl: string;
  /** The bearer token of each apps.connections.open call in order, or `''` when none was sent. */
  connectionOpenTokens: string[];
  connections: SocketModeConnection[];
  acks: SocketModeAck[];
  responseUrlPosts: ResponseUrlPost[];
  responseUrl(responseUrlId: string): string;
  /** Sends an envelope over the newest open connection. */
  sendEnvelope(envelope: SocketModeEnvelope): void;
  openConnectionCount(): number;
  close(): Promise<void>;
}

/**
 * Starts a stand-in for Slack's side of Socket Mode on 127.0.0.1. It serves
 * `apps.connections.open` for the app-level token, the WebSocket that call hands out, the Web API
 * stand-in for the bot token, and response URLs that record what the app posts.
 */
export async function startSocketModeSlack(options: {
  botToken: string;
  appToken: string;
}): Promise<SocketModeSlack> {
  const tickets = new Set<string>();
  const connectionOpenTokens: string[] = [];
  const connections: SocketModeConnection[] = [];
  const acks: SocketModeAck[] = [];
  const responseUrlPosts: ResponseUrlPost[] = [];
  const standIn = createSlackApiStandIn({ botToken: options.botToken });
  const app = express();
  const server = http.createServer(app);
  const sockets = new WebSocketServer({ noServer: true });
  let origin = '';
  let socketUrl = '';

  // Mounted before the Web API stand-in, which accepts only the bot token.
  app.post('/api/apps.connections.open', (request: Request, response: Response) => {
    const token = bearerToken(request);
    connectionOpenTokens.push(token);

    if (token !== options.appToken) {
      response.json({ ok: false, error: token === '' ? 'not_authed' : 'invalid_auth' });
      return;
    }

    const ticket = randomUUID();
    tickets.add(ticket);
    response.json({ ok: true, url: `${socketUrl}?ticket=${ticket}` });
  });
  app.use('/api', standIn.router as Router);
  app.post('/response-urls/:id', express.json(), (request: Request<{ id: string }>, response) => {
    responseUrlPosts.push({ responseUrlId: request.params.id, message: request.body });
    response.json({ ok: true });
  });

  server.on('upgrade', (request: http.IncomingMessage, stream: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';

    // Each ticket opens one connection, so a reconnect has to call apps.connections.open again.
    if (url.pathname !== '/socket' || !tickets.delete(ticket)) {
      stream.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }

    sockets.handleUpgrade(request, stream, head, (socket) => {
      const connection: SocketModeConnection = { ticket, socket, closed: false };
      connections.push(connection);
      socket.on('message', (data) => acks.push(JSON.parse(data.toString()) as SocketModeAck));
      socket.on('close', () => {
        connection.closed = true;
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1 }));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  socketUrl = `ws://127.0.0.1:${port}/socket`;

  const openConnections = () => connections.filter((connection) => !connection.closed);

  return {
    apiUrl: `${origin}/api/`,
    connectionOpenTokens,
    connections,
    acks,
    responseUrlPosts,
    responseUrl: (responseUrlId) => `${origin}/response-urls/${responseUrlId}`,
    sendEnvelope: (envelope) => {
      const connection = openConnections().at(-1);

      if (connection === undefined) {
        throw new Error(
          'No Socket Mode connection is open, so start Bridge before sending an envelope',
        );
      }

      connection.socket.send(JSON.stringify(envelope));
    },
    openConnectionCount: () => openConnections().length,
    close: async () => {
      for (const connection of connections) connection.socket.terminate();

      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await standIn.close();
    },
  };
}

function bearerToken(request: Request): string {
  const header = request.get('authorization') ?? '';

  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
}
