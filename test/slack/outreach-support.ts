import { expect } from 'vitest';
import type { EnteredValue } from '../../src/local/slack-sender.js';
import type { SlackBlock, SlackView, StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm } from '../support/bridge.js';

export const channelId = 'C0LOCALWBL';

export interface Button {
  blockId: string;
  actionId: string;
  value: string;
  text: string;
}

/** Lists every button of a stored message, with the block that contains it. */
export function buttonsOf(message: { blocks?: SlackBlock[] }): Button[] {
  return (message.blocks ?? []).flatMap((block) => {
    let elements: unknown[] = [];

    if (block.type === 'actions' && Array.isArray(block.elements)) elements = block.elements;
    if (block.type === 'section' && block.accessory) elements = [block.accessory];

    return elements.flatMap((element) => {
      const button = element as {
        type?: string;
        action_id?: string;
        value?: string;
        text?: { text?: string };
      };

      if (button.type !== 'button') return [];

      return [
        {
          blockId: String(block.block_id),
          actionId: button.action_id ?? '',
          value: button.value ?? '',
          text: button.text?.text ?? '',
        },
      ];
    });
  });
}

/** Joins the visible text of a message or view: its header, sections and context lines. */
export function textOf(message: { blocks?: SlackBlock[] }): string {
  return (message.blocks ?? [])
    .flatMap((block) => {
      const parts: string[] = [];
      const text = block.text as { text?: string } | undefined;

      if (text?.text) parts.push(text.text);
      if (block.type === 'context' && Array.isArray(block.elements)) {
        for (const element of block.elements as Array<{ text?: string }>) {
          if (element.text) parts.push(element.text);
        }
      }

      return parts;
    })
    .join('\n');
}

/** Drives the outreach workflows of one test bridge as the people of the demo region. */
export function outreachDriver(bridge: TestBridge) {
  /** Sends `/bridge …` and returns the ephemeral reply. */
  async function command(userId: string, text: string): Promise<StoredEphemeral> {
    const before = bridge.local.store.ephemerals(userId, channelId).length;
    const sent = await bridge.local.sender.command({ userId, channelId, text: `/bridge ${text}` });

    expect(sent.status).toBe(200);

    return eventually(() => bridge.local.store.ephemerals(userId, channelId)[before]);
  }

  /** Clicks the button with `text` on a stored ephemeral message. */
  async function click(userId: string, message: StoredEphemeral, text: string): Promise<void> {
    const button = buttonsOf(message).find((candidate) => candidate.text === text);

    if (!button) throw new Error(`No "${text}" button in the message`);

    const sent = await bridge.local.sender.blockAction({
      userId,
      source: { kind: 'ephemeral', channelId, ephemeral: message },
      blockId: button.blockId,
      actionId: button.actionId,
    });

    expect(sent.status).toBe(200);
  }

  /** Clicks a button on a card and returns the form it opens. */
  async function openFromCard(
    userId: string,
    card: StoredEphemeral,
    text: string,
    callbackId: string,
  ): Promise<SlackView> {
    return openForm(bridge, userId, callbackId, () => click(userId, card, text));
  }

  /**
   * Runs `open` and returns the notice modal that replaces the loading modal, for a form the
   * person may not use.
   */
  async function openNotice(userId: string, open: () => Promise<unknown>): Promise<SlackView> {
    const before = new Set(bridge.local.store.openViews(userId).map((view) => view.id));
    await open();

    return eventually(() =>
      bridge.local.store
        .openViews(userId)
        .find(
          (view) =>
            !before.has(view.id) &&
            view.callback_id === 'loading' &&
            !textOf(view).includes('Loading…'),
        ),
    );
  }

  /** Submits a form with values keyed by block id and returns Slack's response body. */
  async function submit(userId: string, view: SlackView, fields: Record<string, EnteredValue>) {
    const values = Object.fromEntries(
      Object.entries(fields).map(([blockId, value]) => [blockId, { value }]),
    );
    const sent = await bridge.local.sender.viewSubmission({ userId, view, values });

    expect(sent.status).toBe(200);

    return sent.body as { response_action?: string; errors?: Record<string, string> } | undefined;
  }

  function ephemeralCount(userId: string): number {
    return bridge.local.store.ephemerals(userId, channelId).length;
  }

  /** Waits for an ephemeral message after the first `previous` ones that starts with `start`. */
  async function confirmation(
    userId: string,
    previous: number,
    start: string,
  ): Promise<StoredEphemeral> {
    return eventually(() =>
      bridge.local.store
        .ephemerals(userId, channelId)
        .slice(previous)
        .find((message) => message.text.startsWith(start)),
    );
  }

  return { command, click, openFromCard, openNotice, submit, ephemeralCount, confirmation };
}
