import { randomBytes } from 'node:crypto';
import type { SlackBlock } from './slack-shapes.js';

const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Returns a random id of letters and digits, like the block_ids Slack generates. */
export function randomSlackId(length: number, alphabet = idAlphabet): string {
  const bytes = randomBytes(length);
  let id = '';

  for (const byte of bytes) {
    id += alphabet[byte % alphabet.length];
  }

  return id;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withActionId(element: unknown): unknown {
  if (!isRecord(element) || typeof element.type !== 'string' || 'action_id' in element) {
    return element;
  }

  const interactive = !['image', 'plain_text', 'mrkdwn'].includes(element.type);

  return interactive ? { ...element, action_id: randomSlackId(5) } : element;
}

/**
 * Copies blocks and fills in the block_id and action_id values the app left out, as Slack does
 * when it stores a message or view. Interaction payloads then carry those generated ids.
 */
export function assignBlockIds(blocks: SlackBlock[]): SlackBlock[] {
  return blocks.map((block) => {
    const copy: SlackBlock = { ...block, block_id: block.block_id ?? randomSlackId(5) };

    if (Array.isArray(block.elements) && block.type === 'actions') {
      copy.elements = block.elements.map(withActionId);
    }

    if (block.accessory !== undefined) {
      copy.accessory = withActionId(block.accessory);
    }

    if (block.element !== undefined) {
      copy.element = withActionId(block.element);
    }

    return copy;
  });
}
