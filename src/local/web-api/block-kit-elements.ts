import {
  type BlockKitProblems,
  checkLength,
  checkTextObject,
  isRecord,
  blockKitLimits as limits,
} from './block-kit-limits.js';
import { checkOptionList, checkStaticSelect } from './block-kit-options.js';

const selectTypes = new Set([
  'static_select',
  'multi_static_select',
  'external_select',
  'multi_external_select',
  'users_select',
  'multi_users_select',
  'conversations_select',
  'multi_conversations_select',
  'channels_select',
  'multi_channels_select',
]);

const knownElementTypes = new Set([
  ...selectTypes,
  'button',
  'overflow',
  'datepicker',
  'timepicker',
  'datetimepicker',
  'plain_text_input',
  'number_input',
  'email_text_input',
  'url_text_input',
  'radio_buttons',
  'checkboxes',
  'image',
  'rich_text_input',
  'file_input',
  'workflow_button',
]);

function checkButton(
  problems: BlockKitProblems,
  element: Record<string, unknown>,
  pointer: string,
): void {
  checkTextObject(problems, element.text, `${pointer}/text`, {
    max: limits.buttonText,
    required: true,
    plainOnly: true,
  });
  checkLength(problems, element.value, `${pointer}/value`, limits.buttonValue);
  checkLength(problems, element.url, `${pointer}/url`, limits.buttonUrl);

  if (element.style !== undefined && element.style !== 'primary' && element.style !== 'danger') {
    problems.add('must be one of: primary, danger', `${pointer}/style`);
  }
}

function checkTypeSpecific(
  problems: BlockKitProblems,
  element: Record<string, unknown>,
  pointer: string,
): void {
  switch (element.type) {
    case 'button':
      checkButton(problems, element, pointer);
      return;
    case 'static_select':
    case 'multi_static_select':
      checkStaticSelect(problems, element, pointer);
      return;
    case 'overflow':
      checkOptionList(problems, element.options, `${pointer}/options`, {
        min: 1,
        max: limits.overflowOptions,
      });
      return;
    case 'radio_buttons':
      checkOptionList(problems, element.options, `${pointer}/options`, {
        min: 1,
        max: limits.radioOptions,
      });
      return;
    case 'checkboxes':
      checkOptionList(problems, element.options, `${pointer}/options`, {
        min: 1,
        max: limits.checkboxOptions,
      });
      return;
    case 'plain_text_input':
      checkPlainTextInput(problems, element, pointer);
      return;
    case 'datepicker':
      checkPattern(
        problems,
        element.initial_date,
        `${pointer}/initial_date`,
        /^\d{4}-\d{2}-\d{2}$/,
      );
      return;
    case 'timepicker':
      checkPattern(problems, element.initial_time, `${pointer}/initial_time`, /^\d{2}:\d{2}$/);
      return;
    case 'number_input':
      if (typeof element.is_decimal_allowed !== 'boolean') {
        problems.add('missing required field: is_decimal_allowed', pointer);
      }
      return;
    case 'image':
      checkLength(problems, element.image_url, `${pointer}/image_url`, limits.imageUrl);
      checkLength(problems, element.alt_text, `${pointer}/alt_text`, limits.imageAltText);
      return;
  }
}

function checkPlainTextInput(
  problems: BlockKitProblems,
  element: Record<string, unknown>,
  pointer: string,
): void {
  const maxLength = element.max_length;

  if (typeof maxLength === 'number' && maxLength > limits.plainTextInputLength) {
    problems.add(`must be no larger than ${limits.plainTextInputLength}`, `${pointer}/max_length`);
  }

  const allowed = typeof maxLength === 'number' ? maxLength : limits.plainTextInputLength;
  checkLength(problems, element.initial_value, `${pointer}/initial_value`, allowed);
}

function checkPattern(
  problems: BlockKitProblems,
  value: unknown,
  pointer: string,
  pattern: RegExp,
): void {
  if (value !== undefined && (typeof value !== 'string' || !pattern.test(value))) {
    problems.add(`must match the pattern ${pattern.source}`, pointer);
  }
}

/** Checks an interactive or image element inside a block. */
export function checkElement(problems: BlockKitProblems, element: unknown, pointer: string): void {
  if (!isRecord(element) || typeof element.type !== 'string') {
    problems.add('missing required field: type', pointer);
    return;
  }

  if (!knownElementTypes.has(element.type)) {
    problems.add(`unsupported element type: ${element.type}`, `${pointer}/type`);
    return;
  }

  checkLength(problems, element.action_id, `${pointer}/action_id`, limits.actionId);
  checkTextObject(problems, element.placeholder, `${pointer}/placeholder`, {
    max: limits.placeholder,
    plainOnly: true,
  });
  checkTypeSpecific(problems, element, pointer);
}
