import type { KnownBlock } from '@slack/types';
import type { PartnershipSettings } from '../../domain/partnership-settings.js';
import { staleAfterDaysRange } from '../../domain/partnership-settings.js';
import { escapeMrkdwn, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/** Renders the partnership's settings and how the convener changes them. */
export function renderSettings(settings: PartnershipSettings, isConvener: boolean): SlackMessage {
  const lines = [
    `*Partnership:* ${escapeMrkdwn(settings.name)}`,
    `*Time zone:* ${escapeMrkdwn(settings.timeZone)}`,
    `*Contacts are stale after:* ${settings.contactStaleAfterDays} days without confirmation`,
  ];
  const { minimum, maximum } = staleAfterDaysRange;
  const how = isConvener
    ? `Change the number of days with \`/bridge settings stale-after 180\` (${minimum} to ${maximum}). See stale contacts with \`/bridge contacts stale\`.`
    : 'Only the convener can change these settings. See stale contacts with `/bridge contacts stale`.';
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText('Partnership settings') },
    { type: 'section', text: mrkdwn(lines.join('\n')) },
    { type: 'context', elements: [mrkdwn(how)] },
  ];

  return { text: ['Partnership settings:', ...lines, how].join('\n'), blocks };
}
