import {
  type ActedElement,
  blockActionState,
  buildAction,
  responseUrlTarget,
  sourceBlocks,
  UnknownElementError,
  withViewState,
} from './block-action-parts.js';
import { randomSlackId } from './block-ids.js';
import {
  type ActionSource,
  blockActionsPayload,
  blockSuggestionPayload,
  eventEnvelope,
  type PayloadContext,
  slashCommandFields,
  viewClosedPayload,
  viewSubmissionPayload,
} from './interaction-payloads.js';
import { ResponseUrlRegistry } from './response-urls.js';
import {
  type DeliveryOptions,
  type DeliveryTarget,
  deliverSignedRequest,
  type SlackDelivery,
  slackAckTimeoutMs,
} from './slack-delivery.js';
import type { SlackView } from './slack-shapes.js';
import { issueTriggerId } from './trigger-ids.js';
import { buildStateValues, type EnteredValues, findElement } from './view-state-values.js';
import { directMessageChannelId, type LocalWorkspace, localWorkspace } from './workspace.js';

export type { ActionSource } from './interaction-payloads.js';
export type { DeliveryOptions, SlackDelivery } from './slack-delivery.js';
export type { EnteredValue, EnteredValues } from './view-state-values.js';

export interface SlackSenderOptions {
  /** The app's request URL, such as `http://127.0.0.1:3000/slack/events`. */
  eventsUrl: string;
  signingSecret: string;
  /**
   * Base of the response URLs handed to the app, such as
   * `http://127.0.0.1:3000/local/slack/respond`.
   */
  responseUrlBase: string;
  workspace?: LocalWorkspace;
  clock?: () => number;
  /** How long to wait for the app's acknowledgement, in ms; defaults to Slack's 3 seconds. */
  ackTimeoutMs?: number;
  verificationToken?: string;
}

/** A click or selection: the element (by block_id and action_id), its surface and the pick. */
export type BlockActionInput = ActedElement;

/** A delivered interaction, with the trigger_id and response_url the app received. */
export interface InteractionDelivery extends SlackDelivery {
  triggerId?: string;
  responseUrl?: string;
}

export type SlackSender = ReturnType<typeof createSlackSender>;

/**
 * Creates a sender that delivers slash commands, interactions and events to the app's request
 * URL shaped and signed as Slack sends them, and returns the app's HTTP response.
 */
export function createSlackSender(options: SlackSenderOptions) {
  const workspace = options.workspace ?? localWorkspace;
  const clock = options.clock ?? Date.now;
  const context: PayloadContext = {
    workspace,
    verificationToken: options.verificationToken ?? 'local-verification-token',
  };
  const target: DeliveryTarget = {
    eventsUrl: options.eventsUrl,
    signingSecret: options.signingSecret,
    ackTimeoutMs: options.ackTimeoutMs ?? slackAckTimeoutMs,
    clock,
  };
  const responseUrls = new ResponseUrlRegistry(options.responseUrlBase, clock);

  const send = (body: string, contentType: string, delivery?: DeliveryOptions) =>
    deliverSignedRequest(target, { body, contentType }, delivery);
  const sendPayload = (payload: unknown, delivery?: DeliveryOptions) =>
    send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), formType, delivery);
  const issueTrigger = (userId: string) => issueTriggerId(userId, clock());
  const actionTs = () => (clock() / 1000).toFixed(6);

  /** Sends any Events API event in an `event_callback` envelope. */
  const sendEvent = (event: Record<string, unknown>, delivery?: DeliveryOptions) => {
    const ids = {
      eventId: `Ev0${randomSlackId(9, uppercase)}`,
      eventTime: Math.floor(clock() / 1000),
    };

    return send(JSON.stringify(eventEnvelope(context, event, ids)), 'application/json', delivery);
  };

  return {
    responseUrls,
    send,

    /** Sends a slash command typed as `/command text`, such as `/bridge opportunity new`. */
    async command(
      input: { userId: string; channelId: string; text: string },
      delivery?: DeliveryOptions,
    ): Promise<InteractionDelivery> {
      const { command, text } = splitCommand(input.text);
      const triggerId = issueTrigger(input.userId);
      const responseUrl = responseUrls.issue({ ...input, source: 'command' });
      const fields = slashCommandFields(
        context,
        { ...input, command, text },
        { responseUrl, triggerId },
      );
      const response = await send(new URLSearchParams(fields).toString(), formType, delivery);

      return { ...response, triggerId, responseUrl };
    },

    /** Sends a block_actions payload for a click or selection on a message, ephemeral or view. */
    async blockAction(
      input: BlockActionInput,
      delivery?: DeliveryOptions,
    ): Promise<InteractionDelivery> {
      const blocks = sourceBlocks(input.source);
      const element = findElement(blocks, input.blockId, input.actionId);

      if (element === undefined) {
        const name = `${input.blockId}/${input.actionId}`;
        throw new UnknownElementError(`No element ${name} in the ${input.source.kind}`);
      }

      const state = blockActionState(blocks, input);
      const source = withViewState(input.source, state);
      const triggerId = issueTrigger(input.userId);
      const target = responseUrlTarget(source, input.userId);
      const responseUrl = target === undefined ? undefined : responseUrls.issue(target);
      const payload = blockActionsPayload(context, {
        userId: input.userId,
        source,
        action: buildAction(element, input, actionTs()),
        state,
        triggerId,
        responseUrl,
      });

      return { ...(await sendPayload(payload, delivery)), triggerId, responseUrl };
    },

    /** Sends a view_submission payload with `view.state.values` built from what was entered. */
    async viewSubmission(
      input: { userId: string; view: SlackView; values?: EnteredValues },
      delivery?: DeliveryOptions,
    ): Promise<InteractionDelivery> {
      const state = buildStateValues(input.view.blocks, input.values);
      const view = { ...input.view, state: { values: state } };
      const triggerId = issueTrigger(input.userId);
      const payload = viewSubmissionPayload(context, { userId: input.userId, view, triggerId });

      return { ...(await sendPayload(payload, delivery)), triggerId };
    },

    async viewClosed(
      input: { userId: string; view: SlackView; isCleared?: boolean },
      delivery?: DeliveryOptions,
    ): Promise<SlackDelivery> {
      const isCleared = input.isCleared ?? false;
      const payload = viewClosedPayload(context, { ...input, isCleared });

      return sendPayload(payload, delivery);
    },

    /** Sends a block_suggestion payload, requesting an external_select's options from the app. */
    async blockSuggestion(
      input: {
        userId: string;
        source: ActionSource;
        blockId: string;
        actionId: string;
        value: string;
      },
      delivery?: DeliveryOptions,
    ): Promise<SlackDelivery> {
      return sendPayload(blockSuggestionPayload(context, input), delivery);
    },

    /** Sends an `app_home_opened` event for the Home tab, with the user's current Home view. */
    async appHomeOpened(
      input: { userId: string; view?: SlackView },
      delivery?: DeliveryOptions,
    ): Promise<SlackDelivery> {
      const event = {
        type: 'app_home_opened',
        user: input.userId,
        channel: directMessageChannelId(input.userId),
        tab: 'home',
        ...(input.view ? { view: input.view } : {}),
        event_ts: actionTs(),
      };

      return sendEvent(event, delivery);
    },

    event: sendEvent,
  };
}

const formType = 'application/x-www-form-urlencoded';
const uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function splitCommand(typed: string): { command: string; text: string } {
  const match = /^(\/[^\s]+)\s*([\s\S]*)$/.exec(typed.trim());

  if (match?.[1] === undefined) {
    throw new Error(`A slash command starts with "/", such as "/bridge help"; got "${typed}"`);
  }

  return { command: match[1], text: match[2] ?? '' };
}
