import type { KnownBlock } from '@slack/types';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwn, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/** One part of a digest: a title and its lines of mrkdwn, one entry per line. */
export interface DigestSection {
  title: string;
  lines: string[];
}

/**
 * Limits a digest message is laid out within. Slack allows 50 blocks per message and 3,000
 * characters per section text. It counts 40,000 characters of `text`, but long messages are
 * hard to read and slow to render, so a message carries at most about 12,000 characters.
 */
export interface DigestLimits {
  blocksPerMessage: number;
  sectionText: number;
  messageText: number;
  /** The header block's text; the fallback text keeps the whole header. */
  headerText: number;
}

export const digestLimits: DigestLimits = {
  blocksPerMessage: blockKitLimits.blocksPerMessage,
  sectionText: blockKitLimits.sectionText,
  messageText: 12_000,
  headerText: blockKitLimits.headerText,
};

interface Unit {
  block: KnownBlock;
  text: string;
  /** The section the unit belongs to, so a section that goes on repeats its title. */
  sectionTitle: string;
  isTitle: boolean;
}

/**
 * Lays out a digest as a first message and thread replies. Every line is kept: lines are packed
 * into section blocks within the section text limit (a longer line is split between words),
 * and blocks into messages within the block and text limits. A section that goes on in the next
 * message repeats its title with "(continued)". `footer` blocks end the last message.
 */
export function layoutDigest(
  input: {
    header: string;
    context: string;
    sections: readonly DigestSection[];
    footer?: KnownBlock[];
  },
  limits: DigestLimits = digestLimits,
): SlackMessage[] {
  const footer = input.footer ?? [];
  const units = input.sections.flatMap((section) => sectionUnits(section, limits));
  const messages: Array<{ blocks: KnownBlock[]; lines: string[]; length: number }> = [];
  const first = {
    blocks: [
      { type: 'header', text: plainText(truncate(input.header, limits.headerText)) },
      { type: 'context', elements: [mrkdwn(input.context)] },
    ] as KnownBlock[],
    lines: [escapeMrkdwn(input.header), input.context],
    length: input.header.length + input.context.length,
  };
  let current = first;
  messages.push(current);
  // Each message keeps room for the footer and for a reply's "continued" line.
  const blockRoom = limits.blocksPerMessage - footer.length - 1;

  units.forEach((unit, index) => {
    const next = units[index + 1];
    const needed = unit.isTitle && next ? [unit, next] : [unit];
    const fits =
      current.blocks.length + needed.length <= blockRoom &&
      current.length + needed.reduce((sum, part) => sum + part.text.length, 0) <=
        limits.messageText;

    if (!fits && current.blocks.length > 0) {
      current = { blocks: [], lines: [], length: 0 };
      messages.push(current);

      if (!unit.isTitle) {
        const title = `*${unit.sectionTitle} (continued)*`;
        current.blocks.push({ type: 'section', text: mrkdwn(title) });
        current.lines.push(title);
        current.length += title.length;
      }
    }

    current.blocks.push(unit.block);
    current.lines.push(unit.text);
    current.length += unit.text.length;
  });

  current.blocks.push(...footer);

  return messages.map((message, index) => finish(message, index, messages.length, input.header));
}

function finish(
  message: { blocks: KnownBlock[]; lines: string[] },
  index: number,
  count: number,
  header: string,
): SlackMessage {
  if (index === 0) {
    const more = count > 1 ? `\n(${count - 1} more in the thread)` : '';

    return { text: `${message.lines.join('\n')}${more}`, blocks: message.blocks };
  }

  const continued = `${escapeMrkdwn(header)}, continued (${index + 1} of ${count})`;

  return {
    text: [continued, ...message.lines].join('\n'),
    blocks: [{ type: 'context', elements: [mrkdwn(continued)] }, ...message.blocks],
  };
}

function sectionUnits(section: DigestSection, limits: DigestLimits): Unit[] {
  const title = `*${section.title}*`;
  const units: Unit[] = [
    {
      block: { type: 'section', text: mrkdwn(title) },
      text: title,
      sectionTitle: section.title,
      isTitle: true,
    },
  ];

  for (const chunk of packLines(section.lines, limits.sectionText)) {
    units.push({
      block: { type: 'section', text: mrkdwn(chunk) },
      text: chunk,
      sectionTitle: section.title,
      isTitle: false,
    });
  }

  return units;
}

/** Joins lines with newlines into chunks of at most `max` characters, splitting long lines. */
export function packLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let chunk = '';

  for (const line of lines.flatMap((entry) => splitLongText(entry, max))) {
    if (chunk === '') chunk = line;
    else if (chunk.length + 1 + line.length <= max) chunk = `${chunk}\n${line}`;
    else {
      chunks.push(chunk);
      chunk = line;
    }
  }

  if (chunk !== '') chunks.push(chunk);

  return chunks;
}

/**
 * Splits text longer than `max` into pieces of at most `max` characters, at the last space or
 * newline of each piece when there is one. Only the space or newline at a split is dropped.
 */
export function splitLongText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;

  while (rest.length > max) {
    const window = rest.slice(0, max);
    const breakAt = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
    const cut = breakAt > max / 2 ? breakAt : max;

    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[ \n]/, '');
  }

  pieces.push(rest);

  return pieces;
}
