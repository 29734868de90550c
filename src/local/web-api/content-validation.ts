import type { SlackBlock } from '../slack-shapes.js';
import type { ViewPayload } from '../view-store.js';
import { checkBlocks } from './block-kit-blocks.js';
import {
  type BlockKitProblems,
  checkLength,
  checkTextObject,
  isRecord,
  blockKitLimits as limits,
} from './block-kit-limits.js';
import { jsonArgument, stringArgument, type WebApiArguments } from './request-arguments.js';
import { invalidArguments, WebApiError } from './web-api-error.js';

/** Text, blocks and attachments of a message that chat.* methods and response URLs accept. */
export interface MessageContent {
  text?: string;
  blocks?: SlackBlock[];
  attachments?: unknown[];
}

/**
 * Reads and checks a message's content as Slack does: `msg_too_long` over 40,000 characters of
 * text, `no_text` when nothing would show, `invalid_blocks` when a block breaks a limit.
 */
export function readMessageContent(
  args: WebApiArguments,
  options: { requireContent: boolean },
): MessageContent {
  const blocks = jsonArgument(args, 'blocks', 'invalid_blocks_format');
  const attachments = jsonArgument(args, 'attachments', 'invalid_attachments');
  const text = stringArgument(args, 'text');

  if (blocks !== undefined && !Array.isArray(blocks)) {
    throw new WebApiError('invalid_blocks_format');
  }

  if (attachments !== undefined && !Array.isArray(attachments)) {
    throw new WebApiError('invalid_attachments');
  }

  if (text !== undefined && text.length > limits.messageText) {
    throw new WebApiError('msg_too_long');
  }

  const hasContent = Boolean(text) || Boolean(blocks?.length) || Boolean(attachments?.length);

  if (options.requireContent && !hasContent) {
    throw new WebApiError('no_text');
  }

  if (blocks !== undefined) {
    throwIfInvalidBlocks(checkBlocks(blocks, '/blocks', limits.messageBlocks));
  }

  return { text, blocks: blocks as SlackBlock[] | undefined, attachments };
}

function throwIfInvalidBlocks(problems: BlockKitProblems): void {
  if (problems.isEmpty) {
    return;
  }

  throw new WebApiError('invalid_blocks', {
    errors: problems.messages,
    response_metadata: { messages: problems.messages.map((message) => `[ERROR] ${message}`) },
  });
}

function checkViewFields(problems: BlockKitProblems, view: Record<string, unknown>): void {
  if (view.type !== 'modal' && view.type !== 'home') {
    problems.add('must be one of: modal, home', '/view/type');
  }

  if (view.type === 'modal') {
    const buttonLimit = { max: limits.viewButtonText, plainOnly: true };
    checkTextObject(problems, view.title, '/view/title', { ...buttonLimit, required: true });
    checkTextObject(problems, view.submit, '/view/submit', buttonLimit);
    checkTextObject(problems, view.close, '/view/close', buttonLimit);
  }

  const hasInput =
    Array.isArray(view.blocks) && view.blocks.some((block) => block?.type === 'input');

  if (view.type === 'modal' && hasInput && view.submit === undefined) {
    problems.add('must provide submit when the view contains input blocks', '/view/submit');
  }

  checkLength(problems, view.private_metadata, '/view/private_metadata', limits.privateMetadata);
  checkLength(problems, view.callback_id, '/view/callback_id', limits.callbackId);
  checkLength(problems, view.external_id, '/view/external_id', limits.externalId);
}

/**
 * Reads and checks a view payload. Slack rejects a view that breaks a rule with
 * `invalid_arguments` and one `[ERROR] …` message per problem.
 */
export function readViewPayload(
  args: WebApiArguments,
  expectedType?: 'modal' | 'home',
): ViewPayload {
  const view = jsonArgument(args, 'view', 'invalid_arguments');

  if (!isRecord(view)) {
    throw invalidArguments(['missing required field: view']);
  }

  if (Buffer.byteLength(JSON.stringify(view)) > limits.viewJsonBytes) {
    throw new WebApiError('view_too_large');
  }

  const problems = checkBlocks(view.blocks, '/view/blocks', limits.viewBlocks);
  checkViewFields(problems, view);

  if (expectedType !== undefined && view.type !== expectedType) {
    problems.add(`must be ${expectedType}`, '/view/type');
  }

  if (!Array.isArray(view.blocks)) {
    problems.add('missing required field: blocks', '/view/blocks');
  }

  if (!problems.isEmpty) {
    throw invalidArguments(problems.messages);
  }

  return view as unknown as ViewPayload;
}
