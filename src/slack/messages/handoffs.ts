import type { CompletedHandoff, ContactDetails } from '../../domain/meetings/handoffs.js';
import { textMessage } from '../notify.js';
import { escapeMrkdwnWithin } from '../text.js';
import type { SlackMessage } from './help.js';

/**
 * Employer contacts listed in a handoff. Each line takes at most about 280 characters and the
 * rest of a message at most about 1100, so the message stays within a section's 3000.
 */
const LISTED_CONTACTS = 6;

function describeContact(contact: ContactDetails): string {
  const parts = [
    escapeMrkdwnWithin(contact.name, 80),
    contact.title ? escapeMrkdwnWithin(contact.title, 80) : undefined,
    contact.email ? escapeMrkdwnWithin(contact.email, 80) : 'no email',
    contact.phone ? escapeMrkdwnWithin(contact.phone, 30) : 'no phone',
  ];

  return `• ${parts.filter(Boolean).join(', ')}`;
}

function describeContacts(contacts: ContactDetails[]): string {
  if (contacts.length === 0) return 'Bridge has no contacts for this employer yet.';

  const lines = contacts.slice(0, LISTED_CONTACTS).map(describeContact);
  const more = contacts.length - LISTED_CONTACTS;

  if (more > 0) lines.push(`…and ${more} more on the employer's card.`);

  return lines.join('\n');
}

/** Renders the message that hands an unresponsive employer's contacts to the district. */
export function renderHandoffToDistrict(handoff: CompletedHandoff): SlackMessage {
  const employer = escapeMrkdwnWithin(handoff.employerName, 200);
  const meeting = escapeMrkdwnWithin(handoff.meetingTitle, 200);
  const text = [
    `*${employer}* has not answered the invitation to *${meeting}*, so Bridge passes its contacts to you to follow up directly:`,
    describeContacts(handoff.employerContacts),
  ].join('\n');

  return textMessage(text);
}

/** Renders the convener's notice that an employer was handed to the district. */
export function renderHandoffToConvener(handoff: CompletedHandoff): SlackMessage {
  const employer = escapeMrkdwnWithin(handoff.employerName, 200);
  const meeting = escapeMrkdwnWithin(handoff.meetingTitle, 200);
  const district = handoff.districtName ? escapeMrkdwnWithin(handoff.districtName, 200) : undefined;
  const names = handoff.recipients.map((recipient) => recipient.name).join(', ');
  const sentTo = escapeMrkdwnWithin(names, 300);
  let delivery: string;

  if (!district) {
    delivery =
      'The meeting names no school district, so nobody received its contacts; pass them on yourself.';
  } else if (handoff.recipients.length > 0) {
    delivery = `Its contacts went to ${sentTo} of ${district}.`;
  } else if (handoff.districtHasContacts) {
    delivery = `Nobody at ${district} who should receive its contacts has Slack, so none was reached; pass them on by email or phone.`;
  } else {
    delivery = `${district} has no CTE contact or district staff in Bridge, so none was reached; add one with \`/bridge contact add\`.`;
  }

  const text = [
    `*${employer}* did not answer the invitation to *${meeting}* in time. Its outreach stage is now Unresponsive. ${delivery}`,
    describeContacts(handoff.employerContacts),
  ].join('\n');

  return textMessage(text);
}
