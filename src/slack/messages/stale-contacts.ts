import type { KnownBlock } from '@slack/types';
import { DateTime } from 'luxon';
import type { StaleContact } from '../../domain/stale-contacts.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';

/** Contacts per message: one section each stays far below Slack's 50 blocks. */
export const STALE_CONTACTS_PER_MESSAGE = 20;

/** Block id of the Previous and Next buttons under the stale contacts. */
export const STALE_CONTACTS_PAGE_BLOCK = 'stale_contacts_page';

/**
 * Renders one page of stale contacts: who, where, how to reach them and when they were last
 * confirmed. `contacts` may hold one more than fits, which shows that the list goes on.
 */
export function renderStaleContacts(list: {
  contacts: StaleContact[];
  staleAfterDays: number;
  timeZone: string;
  offset: number;
}): SlackMessage {
  const shown = list.contacts.slice(0, STALE_CONTACTS_PER_MESSAGE);

  if (shown.length === 0) {
    const text =
      list.offset === 0
        ? `Every contact has been confirmed in the last ${list.staleAfterDays} days.`
        : 'No more stale contacts. Type `/bridge contacts stale` to start again.';

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  const heading = `Contacts not confirmed in ${list.staleAfterDays} days`;
  const blocks: KnownBlock[] = [{ type: 'header', text: plainText(heading) }];
  const lines = shown.map((contact) => describeContact(contact, list.timeZone));

  for (const line of lines) blocks.push({ type: 'section', text: mrkdwn(line) });

  blocks.push(
    {
      type: 'context',
      elements: [
        mrkdwn(
          "Confirm a contact by editing it from its organization's card, such as `/bridge employer Coastline Welding`.",
        ),
      ],
    },
    ...renderPageControls(
      STALE_CONTACTS_PAGE_BLOCK,
      {
        offset: list.offset,
        pageSize: STALE_CONTACTS_PER_MESSAGE,
        shown: shown.length,
        hasMore: list.contacts.length > shown.length,
      },
      (offset) => JSON.stringify({ offset }),
    ),
  );

  return { text: `${heading}:\n${lines.join('\n')}`, blocks };
}

function describeContact(contact: StaleContact, timeZone: string): string {
  const where = [contact.title, contact.organizationName]
    .filter((part): part is string => Boolean(part))
    .map((part) => escapeMrkdwnWithin(part, 120))
    .join(', ');
  const reach = [contact.email, contact.phone]
    .filter((part): part is string => Boolean(part))
    .map((part) => escapeMrkdwnWithin(part, 120))
    .join(' · ');
  const confirmed = contact.confirmedAt
    ? `last confirmed ${DateTime.fromJSDate(contact.confirmedAt, { zone: timeZone }).toFormat('LLL d, yyyy')}`
    : 'never confirmed';
  const name = `*${escapeMrkdwnWithin(contact.displayName, 120)}*`;

  return [`${name}${where ? ` (${where})` : ''}`, reach, confirmed].filter(Boolean).join(' · ');
}
