import type { SlackBlock, ViewStateValues } from './slack-shapes.js';

/** An option object of a select, overflow, radio_buttons or checkboxes element. */
export interface SlackOption {
  text: { type: string; text: string; emoji?: boolean };
  value: string;
  description?: unknown;
}

/**
 * A person's entry in one element: text, a date (`YYYY-MM-DD`), a time (`HH:mm`), a user or
 * conversation id, a selected option's value (or values), or a whole option from external_select.
 */
export type EnteredValue = string | string[] | SlackOption | SlackOption[] | null;

/** Entered values keyed by block_id and then action_id. */
export type EnteredValues = Record<string, Record<string, EnteredValue>>;

type Element = Record<string, unknown> & { type: string; action_id?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isElement(value: unknown): value is Element {
  return isRecord(value) && typeof value.type === 'string';
}

/** Returns the elements of a block that can carry an action_id, with the block's id. */
export function blockElements(block: SlackBlock): Element[] {
  if (block.type === 'input') {
    return isElement(block.element) ? [block.element] : [];
  }

  if (block.type === 'actions' && Array.isArray(block.elements)) {
    return block.elements.filter(isElement);
  }

  if (block.type === 'section' && isElement(block.accessory)) {
    return [block.accessory];
  }

  return [];
}

/** Finds the element with this block_id and action_id, or undefined when there is none. */
export function findElement(
  blocks: SlackBlock[],
  blockId: string,
  actionId: string,
): Element | undefined {
  const block = blocks.find((candidate) => candidate.block_id === blockId);

  return block ? blockElements(block).find((element) => element.action_id === actionId) : undefined;
}

function elementOptions(element: Element): SlackOption[] {
  const options = Array.isArray(element.options) ? element.options : [];
  const groups = Array.isArray(element.option_groups) ? element.option_groups : [];
  const grouped = groups.flatMap((group) =>
    isRecord(group) && Array.isArray(group.options) ? group.options : [],
  );

  return [...options, ...grouped].filter(isRecord) as unknown as SlackOption[];
}

/** Resolves entered option values (or whole options) to the element's option objects. */
function selectedOptions(element: Element, entered: EnteredValue): SlackOption[] {
  let entries: Array<string | SlackOption> = [];

  if (Array.isArray(entered)) {
    entries = entered;
  } else if (entered !== null) {
    entries = [entered];
  }
  const options = elementOptions(element);

  return entries.flatMap((entry) => {
    if (typeof entry !== 'string') {
      return [entry];
    }

    const option = options.find((candidate) => candidate.value === entry);

    return option ? [option] : [];
  });
}

function asText(entered: EnteredValue): string | null {
  return typeof entered === 'string' && entered !== '' ? entered : null;
}

function asList(entered: EnteredValue): string[] {
  return Array.isArray(entered) ? entered.filter((entry) => typeof entry === 'string') : [];
}

/** The field each element type reports its state in, and the field holding its initial value. */
const stateFields: Record<
  string,
  { field: string; initial: string; kind: 'text' | 'list' | 'option' | 'options' }
> = {
  plain_text_input: { field: 'value', initial: 'initial_value', kind: 'text' },
  email_text_input: { field: 'value', initial: 'initial_value', kind: 'text' },
  url_text_input: { field: 'value', initial: 'initial_value', kind: 'text' },
  number_input: { field: 'value', initial: 'initial_value', kind: 'text' },
  datepicker: { field: 'selected_date', initial: 'initial_date', kind: 'text' },
  timepicker: { field: 'selected_time', initial: 'initial_time', kind: 'text' },
  users_select: { field: 'selected_user', initial: 'initial_user', kind: 'text' },
  conversations_select: {
    field: 'selected_conversation',
    initial: 'initial_conversation',
    kind: 'text',
  },
  channels_select: { field: 'selected_channel', initial: 'initial_channel', kind: 'text' },
  multi_users_select: { field: 'selected_users', initial: 'initial_users', kind: 'list' },
  multi_conversations_select: {
    field: 'selected_conversations',
    initial: 'initial_conversations',
    kind: 'list',
  },
  multi_channels_select: { field: 'selected_channels', initial: 'initial_channels', kind: 'list' },
  static_select: { field: 'selected_option', initial: 'initial_option', kind: 'option' },
  external_select: { field: 'selected_option', initial: 'initial_option', kind: 'option' },
  radio_buttons: { field: 'selected_option', initial: 'initial_option', kind: 'option' },
  multi_static_select: { field: 'selected_options', initial: 'initial_options', kind: 'options' },
  multi_external_select: { field: 'selected_options', initial: 'initial_options', kind: 'options' },
  checkboxes: { field: 'selected_options', initial: 'initial_options', kind: 'options' },
};

/**
 * Returns an element's state as Slack reports it, such as `{ type, value }` for a
 * plain_text_input or `{ type, selected_option }` for a static_select. Without an entered value
 * the element's initial value counts. Undefined for elements without state (buttons, overflow).
 */
export function elementState(
  element: Element,
  entered: EnteredValue | undefined,
): Record<string, unknown> | undefined {
  const fields = stateFields[element.type];

  if (fields === undefined) {
    return undefined;
  }

  const value =
    entered === undefined
      ? ((element[fields.initial] as EnteredValue | undefined) ?? null)
      : entered;

  switch (fields.kind) {
    case 'text':
      return { type: element.type, [fields.field]: asText(value) };
    case 'list':
      return { type: element.type, [fields.field]: asList(value) };
    case 'option':
      return { type: element.type, [fields.field]: selectedOptions(element, value)[0] ?? null };
    case 'options':
      return { type: element.type, [fields.field]: selectedOptions(element, value) };
  }
}

/**
 * Builds `view.state.values` (or a message's `state.values`) for every stateful element in the
 * blocks, from what the person entered and, where they entered nothing, the initial values.
 */
export function buildStateValues(
  blocks: SlackBlock[],
  entered: EnteredValues = {},
): ViewStateValues {
  const values: ViewStateValues = {};

  for (const block of blocks) {
    for (const element of blockElements(block)) {
      const blockId = block.block_id ?? '';
      const actionId = element.action_id ?? '';
      const state = elementState(element, entered[blockId]?.[actionId]);

      if (state !== undefined) {
        values[blockId] = { ...values[blockId], [actionId]: state };
      }
    }
  }

  return values;
}

/** Returns the option of an overflow menu (or any element with options) that has this value. */
export function findOption(element: Element, value: string): SlackOption | undefined {
  return elementOptions(element).find((option) => option.value === value);
}
