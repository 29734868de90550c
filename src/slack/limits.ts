/**
 * Block Kit limits that Bridge renders within, from Slack's Block Kit reference
 * (api.slack.com/reference/block-kit). Text is cut with an ellipsis where it is rendered.
 */
export const blockKitLimits = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  messageText: 40_000,
  sectionText: 3000,
  sectionFieldText: 2000,
  sectionFields: 10,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  optionsPerSelect: 100,
  viewTitle: 24,
  viewSubmit: 24,
  privateMetadata: 3000,
  inputLabel: 2000,
  plainTextInputMaxLength: 3000,
} as const;

/** Cuts text to `max` characters, ending with an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  const characters = Array.from(text);

  if (characters.length <= max) return text;

  return `${characters.slice(0, max - 1).join('')}…`;
}
