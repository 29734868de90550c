import type { ActionSource } from './interaction-payloads.js';
import type { ResponseUrlTarget } from './response-urls.js';
import type { SlackBlock, ViewStateValues } from './slack-shapes.js';
import {
  buildStateValues,
  type EnteredValue,
  type EnteredValues,
  elementState,
  type findElement,
  findOption,
} from './view-state-values.js';

type Element = NonNullable<ReturnType<typeof findElement>>;

/** Raised when a block action names an element that its message or view does not contain. */
export class UnknownElementError extends Error {
  readonly code = 'local_unknown_element';
}

/** A block action's input: the element acted on, its surface and the person's pick. */
export interface ActedElement {
  userId: string;
  source: ActionSource;
  blockId: string;
  actionId: string;
  value?: EnteredValue;
  values?: EnteredValues;
}

export function sourceBlocks(source: ActionSource): SlackBlock[] {
  if (source.kind === 'view') {
    return source.view.blocks;
  }

  return (source.kind === 'message' ? source.message.blocks : source.ephemeral.blocks) ?? [];
}

/** Builds the state Slack sends with a block action: what was entered plus the new pick. */
export function blockActionState(blocks: SlackBlock[], input: ActedElement): ViewStateValues {
  const entered: EnteredValues = {
    ...input.values,
    [input.blockId]: { ...input.values?.[input.blockId], [input.actionId]: input.value ?? null },
  };

  return buildStateValues(blocks, entered);
}

/** Returns the source with the view's state replaced. Message sources are returned unchanged. */
export function withViewState(source: ActionSource, state: ViewStateValues): ActionSource {
  if (source.kind !== 'view') {
    return source;
  }

  return { ...source, view: { ...source.view, state: { values: state } } };
}

/** Returns where a response_url for this source posts, or undefined for views, which get none. */
export function responseUrlTarget(
  source: ActionSource,
  userId: string,
): ResponseUrlTarget | undefined {
  if (source.kind === 'view') {
    return undefined;
  }

  const isEphemeral = source.kind === 'ephemeral';

  return {
    channelId: source.channelId,
    userId,
    source: isEphemeral ? 'ephemeral' : 'message',
    messageTs: isEphemeral ? source.ephemeral.message_ts : source.message.ts,
    threadTs: isEphemeral ? source.ephemeral.thread_ts : source.message.thread_ts,
  };
}

function definedFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** Builds the entry of `actions` in a block_actions payload for the element acted on. */
export function buildAction(
  element: Element,
  input: ActedElement,
  actionTs: string,
): Record<string, unknown> {
  const base = { type: element.type, action_id: input.actionId, block_id: input.blockId };

  if (element.type === 'button') {
    const { text, value, style, url } = element;

    return { ...base, text, ...definedFields({ value, style, url }), action_ts: actionTs };
  }

  if (element.type === 'overflow') {
    const selected = typeof input.value === 'string' ? findOption(element, input.value) : undefined;

    return { ...base, selected_option: selected ?? null, action_ts: actionTs };
  }

  const { type: _type, ...selection } = elementState(element, input.value ?? null) ?? {};
  const placeholder = definedFields({ placeholder: element.placeholder });

  return { ...base, ...selection, ...placeholder, action_ts: actionTs };
}
