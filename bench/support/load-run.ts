import http from 'node:http';
import { type HttpResponse, postBody } from './http-post.js';
import type { ReplyListener, ReplyOutcome } from './reply-listener.js';
import { signedOpportunitiesCommand } from './slash-command.js';

/** Slack shows the person an error when the app does not acknowledge within 3 seconds. */
export const slackAckDeadlineMs = 3000;

/** How long one command waits for its acknowledgement, and then for its reply, in ms. */
const ackTimeoutMs = 10_000;
const replyTimeoutMs = 10_000;

/** An app's request URL and what the benchmark expects of it. */
export interface CommandTarget {
  label: string;
  eventsUrl: URL;
  signingSecret: string;
  /** Whether the app posts a reply to the response_url after acknowledging. */
  replies: boolean;
}

/** One command's measurements, in ms from the moment its request was sent. */
export interface CommandSample {
  /** HTTP status of the acknowledgement, or undefined when the request failed or timed out. */
  status: number | undefined;
  ackMs: number | undefined;
  reply: 'received' | 'malformed' | 'missing' | 'not expected';
  replyMs: number | undefined;
  replyBlockCount: number | undefined;
  /** Why the command failed: the request error, or the status and body of a non-200 response. */
  error: string | undefined;
}

/** Samples of one run. `notSent` counts commands skipped after the time limit or a signal. */
export interface LoadRun {
  samples: CommandSample[];
  notSent: number;
  elapsedMs: number;
}

/**
 * Sends `count` signed `/bridge opportunities` commands with at most `concurrency` in flight.
 * A command stays in flight until its acknowledgement and, for a target that replies, its
 * reply have arrived, so replies cannot pile up behind fast acknowledgements. No command is
 * sent after `timeLimitMs` or once `signal` is aborted.
 */
export async function runCommands(
  target: CommandTarget,
  listener: ReplyListener,
  options: {
    count: number;
    concurrency: number;
    timeLimitMs: number;
    idPrefix: string;
    signal: AbortSignal;
  },
): Promise<LoadRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const samples: CommandSample[] = [];
  const startedMs = performance.now();
  const deadlineMs = startedMs + options.timeLimitMs;
  let nextIndex = 0;

  const sendUntilDone = async () => {
    while (nextIndex < options.count && performance.now() < deadlineMs && !options.signal.aborted) {
      const commandId = `${options.idPrefix}-${nextIndex}`;
      nextIndex += 1;
      samples.push(await sendCommand(target, listener, agent, commandId));
    }
  };

  try {
    await Promise.all(Array.from({ length: options.concurrency }, sendUntilDone));
  } finally {
    agent.destroy();
  }

  const elapsedMs = performance.now() - startedMs;

  return { samples, notSent: options.count - samples.length, elapsedMs };
}

/** Sends one command and resolves once its acknowledgement and any reply arrived or timed out. */
async function sendCommand(
  target: CommandTarget,
  listener: ReplyListener,
  agent: http.Agent,
  commandId: string,
): Promise<CommandSample> {
  const responseUrl = listener.responseUrl(commandId);
  const command = signedOpportunitiesCommand(target.signingSecret, responseUrl);
  const reply = target.replies ? listener.waitForReply(commandId, replyTimeoutMs) : undefined;
  const sentMs = performance.now();
  let response: HttpResponse;

  try {
    response = await postBody({
      agent,
      url: target.eventsUrl,
      ...command,
      timeoutMs: ackTimeoutMs,
    });
  } catch (error) {
    listener.cancel(commandId);

    return {
      status: undefined,
      ackMs: undefined,
      ...describeReply(reply === undefined ? undefined : { kind: 'missing' }, sentMs),
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }

  const ackMs = performance.now() - sentMs;

  // A rejected command gets no reply, so waiting for one would only add the timeout.
  if (response.status !== 200) listener.cancel(commandId);

  const replied = reply === undefined ? undefined : await reply;
  const error =
    response.status === 200 ? undefined : `HTTP ${response.status}: ${response.body.slice(0, 200)}`;

  return { status: response.status, ackMs, ...describeReply(replied, sentMs), error };
}

function describeReply(outcome: ReplyOutcome | undefined, sentMs: number) {
  if (outcome === undefined) {
    return { reply: 'not expected', replyMs: undefined, replyBlockCount: undefined } as const;
  }

  if (outcome.kind === 'missing') {
    return { reply: 'missing', replyMs: undefined, replyBlockCount: undefined } as const;
  }

  return {
    reply: outcome.isEphemeralMessage ? 'received' : 'malformed',
    replyMs: outcome.arrivedAtMs - sentMs,
    replyBlockCount: outcome.blockCount,
  } as const;
}
