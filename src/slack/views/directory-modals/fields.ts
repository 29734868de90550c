import type { KnownBlock, PlainTextOption, View } from '@slack/types';
import { blockKitLimits, truncate } from '../../limits.js';
import { plainText } from '../../text.js';
import { input, option } from '../blocks.js';
import type { ModalMetadata } from '../modal-metadata.js';
import { encodeModalMetadata } from '../modal-metadata.js';

interface FieldOptions {
  blockId: string;
  label: string;
  optional?: boolean;
  hint?: string | undefined;
}

/** Renders a plain text input, prefilled with `initial` when there is one. */
export function textField(
  options: FieldOptions & {
    maxLength: number;
    multiline?: boolean;
    placeholder?: string;
    initial?: string | number | null | undefined;
  },
): KnownBlock {
  const initial = options.initial === null || options.initial === undefined ? '' : options.initial;

  return input(options, {
    type: 'plain_text_input',
    max_length: options.maxLength,
    multiline: options.multiline ?? false,
    ...(options.placeholder ? { placeholder: plainText(options.placeholder) } : {}),
    ...(initial !== '' ? { initial_value: String(initial) } : {}),
  });
}

/**
 * Renders a static select; `initial` selects the choice with that value when the list has it.
 * More than 100 choices throws, because Slack would reject the view; use organizationPickerField.
 */
export function selectField(
  options: FieldOptions & {
    placeholder: string;
    choices: PlainTextOption[];
    initial?: string | null | undefined;
  },
): KnownBlock {
  const { choices } = options;

  if (choices.length > blockKitLimits.optionsPerSelect) {
    throw new RangeError(
      `Select ${options.blockId} has ${choices.length} choices; Slack allows ${blockKitLimits.optionsPerSelect}.`,
    );
  }

  const initial = options.initial
    ? choices.find((choice) => choice.value === options.initial)
    : undefined;

  return input(options, {
    type: 'static_select',
    placeholder: plainText(options.placeholder),
    options: choices,
    ...(initial ? { initial_option: initial } : {}),
  });
}

/** Renders checkboxes; `initial` ticks the choices with those values. */
export function checkboxField(
  options: FieldOptions & { choices: PlainTextOption[]; initial: readonly string[] },
): KnownBlock {
  const ticked = options.choices.filter(
    (choice) => choice.value !== undefined && options.initial.includes(choice.value),
  );

  return input(options, {
    type: 'checkboxes',
    options: options.choices,
    ...(ticked.length > 0 ? { initial_options: ticked } : {}),
  });
}

/** Renders a select whose options Bridge sends as the person types. */
export function externalSelectField(
  options: FieldOptions & { placeholder: string; initial?: PlainTextOption | undefined },
): KnownBlock {
  return input(options, {
    type: 'external_select',
    placeholder: plainText(options.placeholder),
    min_query_length: 0,
    ...(options.initial ? { initial_option: options.initial } : {}),
  });
}

export interface OrganizationPicker {
  /** The first organizations by name, as many as a select shows. */
  choices: Array<{ id: string; name: string }>;
  /** How many organizations the picker covers in all. */
  total: number;
}

/**
 * Renders a picker over organizations of one kind: a static select while every one fits,
 * otherwise an external select that searches as the person types, so that none is left out.
 */
export function organizationPickerField(
  options: FieldOptions & {
    placeholder: string;
    picker: OrganizationPicker;
    initial?: { id: string; name: string } | undefined;
  },
): KnownBlock {
  const { picker, initial } = options;

  if (picker.total > blockKitLimits.optionsPerSelect) {
    return externalSelectField({
      ...options,
      hint: options.hint ?? `Type part of the name to search all ${picker.total}.`,
      initial: initial ? option(initial.name, initial.id) : undefined,
    });
  }

  return selectField({
    ...options,
    choices: picker.choices.map((choice) => option(choice.name, choice.id)),
    initial: initial?.id,
  });
}

/** Renders the frame of every directory form: title, buttons, callback id and metadata. */
export function directoryModal(modal: {
  callbackId: string;
  title: string;
  metadata: ModalMetadata;
  blocks: KnownBlock[];
}): View {
  return {
    type: 'modal',
    callback_id: modal.callbackId,
    title: plainText(truncate(modal.title, blockKitLimits.viewTitle)),
    submit: plainText('Save'),
    close: plainText('Cancel'),
    private_metadata: encodeModalMetadata(modal.metadata),
    blocks: modal.blocks,
  };
}
