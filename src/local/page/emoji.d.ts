export function emojiFor(name: string): string | undefined;
export function replaceShortcodes(text: string): string;
