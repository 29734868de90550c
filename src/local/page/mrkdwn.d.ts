/** Display names that mentions resolve to, keyed by user id and channel id. */
export interface MrkdwnDirectory {
  users: Map<string, string>;
  channels: Map<string, string>;
}

export function escapeHtml(text: string): string;
export function decodeSlackEscapes(text: string): string;
export function plainTextToHtml(text: string, options?: { emoji?: boolean }): string;
export function mrkdwnToHtml(text: string, directory?: MrkdwnDirectory): string;
export function textObjectToHtml(
  textObject: { type: string; text: string; emoji?: boolean } | undefined,
  directory?: MrkdwnDirectory,
): string;
