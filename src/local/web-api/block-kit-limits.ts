/**
 * Block Kit limits that Slack enforces, from Slack's Block Kit reference (docs.slack.dev,
 * blocks, block elements, composition objects and view objects), in characters or items.
 */
export const blockKitLimits = {
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 40_000,
  viewJsonBytes: 250_000,
  viewTitle: 24,
  viewButtonText: 24,
  privateMetadata: 3000,
  callbackId: 255,
  externalId: 255,
  blockId: 255,
  actionId: 255,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  inputLabel: 2000,
  inputHint: 2000,
  imageUrl: 3000,
  imageAltText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  placeholder: 150,
  selectOptions: 100,
  optionGroups: 100,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  overflowOptions: 5,
  radioOptions: 10,
  checkboxOptions: 10,
  plainTextInputLength: 3000,
} as const;

/** Block Kit problems collected in Slack's `message [json-pointer:/path]` form. */
export class BlockKitProblems {
  readonly messages: string[] = [];

  add(message: string, pointer: string): void {
    this.messages.push(`${message} [json-pointer:${pointer}]`);
  }

  get isEmpty(): boolean {
    return this.messages.length === 0;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the length of an optional string field. */
export function checkLength(
  problems: BlockKitProblems,
  value: unknown,
  pointer: string,
  max: number,
): void {
  if (typeof value === 'string' && value.length > max) {
    problems.add(`must be less than ${max + 1} characters`, pointer);
  }
}

/** Checks the size of an array field; a missing array counts as empty. */
export function checkCount(
  problems: BlockKitProblems,
  value: unknown,
  pointer: string,
  limits: { min?: number; max: number },
): value is unknown[] {
  if (value === undefined && (limits.min ?? 0) === 0) {
    return false;
  }

  if (!Array.isArray(value)) {
    problems.add('must be an array', pointer);
    return false;
  }

  if (value.length > limits.max) {
    problems.add(`no more than ${limits.max} items allowed`, pointer);
  }

  if (value.length < (limits.min ?? 0)) {
    problems.add(`must provide at least ${limits.min} items`, pointer);
  }

  return true;
}

/**
 * Checks a text composition object. `plainOnly` is for fields where Slack accepts only
 * plain_text, such as header text, button labels and view titles.
 */
export function checkTextObject(
  problems: BlockKitProblems,
  value: unknown,
  pointer: string,
  options: { max: number; required?: boolean; plainOnly?: boolean },
): void {
  if (value === undefined || value === null) {
    if (options.required) {
      problems.add('missing required field: text object', pointer);
    }
    return;
  }

  if (!isRecord(value) || typeof value.text !== 'string') {
    problems.add('must be a text object with a string text field', pointer);
    return;
  }

  const allowedTypes = options.plainOnly ? ['plain_text'] : ['plain_text', 'mrkdwn'];

  if (!allowedTypes.includes(String(value.type))) {
    problems.add(`must be one of: ${allowedTypes.join(', ')}`, `${pointer}/type`);
  }

  if (value.text.length === 0) {
    problems.add('must be more than 0 characters', `${pointer}/text`);
  }

  checkLength(problems, value.text, `${pointer}/text`, options.max);
}
