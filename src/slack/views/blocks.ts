import type { KnownBlock, PlainTextOption } from '@slack/types';
import type { OrganizationKind } from '../../db/schema/index.js';
import { organizationKindLabels } from '../../domain/access.js';
import { actionIds } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { plainText } from '../text.js';

/** An option for a select; its visible text is cut to Slack's limit. */
export function option(label: string, value: string): PlainTextOption {
  return { text: plainText(truncate(label, blockKitLimits.optionText)), value };
}

/** Builds an organization option labelled "Name (kind)", with the name cut so the kind shows. */
export function organizationOption(organization: {
  id: string;
  name: string;
  kind: OrganizationKind;
}): PlainTextOption {
  const kind = ` (${organizationKindLabels[organization.kind].one})`;
  const name = truncate(organization.name, blockKitLimits.optionText - kind.length);

  return { text: plainText(`${name}${kind}`), value: organization.id };
}

interface InputOptions {
  blockId: string;
  label: string;
  optional?: boolean;
  hint?: string;
}

/** An input block whose element carries the shared `value` action id. */
export function input(options: InputOptions, element: Record<string, unknown>): KnownBlock {
  return {
    type: 'input',
    block_id: options.blockId,
    label: plainText(options.label),
    optional: options.optional ?? false,
    ...(options.hint ? { hint: plainText(options.hint) } : {}),
    element: { ...element, action_id: actionIds.fieldValue },
  } as KnownBlock;
}

export function textInput(
  options: InputOptions & { maxLength: number; multiline?: boolean; placeholder?: string },
): KnownBlock {
  return input(options, {
    type: 'plain_text_input',
    max_length: options.maxLength,
    multiline: options.multiline ?? false,
    ...(options.placeholder ? { placeholder: plainText(options.placeholder) } : {}),
  });
}

/**
 * A select of fixed choices. More choices than Slack allows is a caller's mistake, so it throws
 * rather than dropping some; longer lists use an external select.
 */
export function staticSelect(
  options: InputOptions & { choices: PlainTextOption[]; placeholder: string; initial?: string },
): KnownBlock {
  if (options.choices.length > blockKitLimits.optionsPerSelect) {
    throw new RangeError(
      `Select ${options.blockId} has ${options.choices.length} choices; Slack allows ${blockKitLimits.optionsPerSelect}.`,
    );
  }

  const initial = options.choices.find((choice) => choice.value === options.initial);

  return input(options, {
    type: 'static_select',
    placeholder: plainText(options.placeholder),
    options: options.choices,
    ...(initial ? { initial_option: initial } : {}),
  });
}

export function datePicker(options: InputOptions & { initialDate?: string }): KnownBlock {
  return input(options, {
    type: 'datepicker',
    ...(options.initialDate ? { initial_date: options.initialDate } : {}),
  });
}

export function timePicker(options: InputOptions & { initialTime?: string }): KnownBlock {
  return input(options, {
    type: 'timepicker',
    ...(options.initialTime ? { initial_time: options.initialTime } : {}),
  });
}
