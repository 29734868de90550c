import type { KnownBlock } from '@slack/types';
import { seasons } from '../../db/schema/index.js';
import type { CapacitySurvey } from '../../domain/capacity-survey.js';
import {
  contactChannelLabels,
  outreachStageLabels,
  seasonLabels,
} from '../../domain/outreach/labels.js';
import type { OutreachContactEntry, OutreachSummary } from '../../domain/outreach/summary.js';
import { formatDate } from '../../domain/time.js';
import { actionIds } from '../ids.js';
import { escapeMrkdwnWithin } from '../text.js';
import { button, context, listTitle, section } from './cards.js';

/** The outreach buttons a card's reader may use, decided by the outreach access rules. */
export interface OutreachButtons {
  logContact: boolean;
  updateOutreach: boolean;
  capacitySurvey: boolean;
}

export const noOutreachButtons: OutreachButtons = {
  logContact: false,
  updateOutreach: false,
  capacitySurvey: false,
};

/**
 * Renders the "Outreach" part of an employer's card: stage, owner, dates, the latest contacts
 * (who, when, how and about what), the capacity survey's summary and the buttons the reader
 * may use. It takes at most four blocks.
 */
export function outreachSections(input: {
  employerId: string;
  outreach: OutreachSummary;
  capacity: CapacitySurvey | null;
  buttons: OutreachButtons;
}): KnownBlock[] {
  const { outreach } = input;
  const lines = ['*Outreach*', describeRecord(outreach)];
  const { rows, total } = outreach.contacts;

  lines.push(listTitle('Recent contacts', total));
  lines.push(...(rows.length > 0 ? rows.map(describeContact) : ['No contacts logged yet.']));
  lines.push(`*Capacity:* ${describeCapacity(input.capacity)}`);

  const blocks: KnownBlock[] = [section(lines.join('\n'))];
  const hidden = total - rows.length;

  if (hidden > 0) {
    blocks.push(context(`${hidden} earlier ${hidden === 1 ? 'contact' : 'contacts'} not shown.`));
  }

  if (input.capacity) blocks.push(context(describeAnswers(input.capacity)));

  const buttons = [];

  if (input.buttons.logContact) {
    buttons.push(button('Log a contact', actionIds.outreachLogContact, input.employerId));
  }
  if (input.buttons.updateOutreach) {
    buttons.push(button('Update outreach', actionIds.outreachUpdate, input.employerId));
  }
  if (input.buttons.capacitySurvey) {
    buttons.push(button('Capacity survey', actionIds.capacitySurvey, input.employerId));
  }
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });

  return blocks;
}

function describeRecord(outreach: OutreachSummary): string {
  const owner = outreach.owner ? escapeMrkdwnWithin(outreach.owner.name, 80) : 'none';
  const parts = [`*Stage:* ${outreachStageLabels[outreach.stage]}`, `*Owner:* ${owner}`];

  if (outreach.lastContactOn) parts.push(`*Last contact:* ${formatDate(outreach.lastContactOn)}`);
  if (outreach.nextFollowUpOn) {
    const overdue = outreach.followUpOverdue ? ' :warning: overdue' : '';
    parts.push(`*Next follow-up:* ${formatDate(outreach.nextFollowUpOn)}${overdue}`);
  }

  return parts.join(' · ');
}

/** Describes one contact in at most about 330 characters, so five fit in one section. */
function describeContact(contact: OutreachContactEntry): string {
  const who = contact.personName ? escapeMrkdwnWithin(contact.personName, 80) : 'Someone removed';
  const summary = escapeMrkdwnWithin(contact.summary.replace(/\s+/g, ' '), 200);

  return `• ${formatDate(contact.contactedOn)} · ${contactChannelLabels[contact.channel]} · ${who}: ${summary}`;
}

/**
 * Summarizes the capacity survey in one line, such as "Can offer: 2 interns, tours up to 15,
 * 1 guest speaker in spring, summer."
 */
export function describeCapacity(capacity: CapacitySurvey | null): string {
  if (!capacity) return 'Survey not answered yet.';

  const offers = [
    countOf(capacity.interns, 'intern', 'interns'),
    countOf(capacity.apprentices, 'apprentice', 'apprentices'),
    countOf(capacity.mentors, 'mentor', 'mentors'),
    countOf(capacity.jobShadows, 'job shadow', 'job shadows'),
    capacity.tourGroupSize > 0 ? `tours up to ${capacity.tourGroupSize}` : undefined,
    countOf(capacity.guestSpeakers, 'guest speaker', 'guest speakers'),
    capacity.equipment ? `equipment (${escapeMrkdwnWithin(capacity.equipment, 100)})` : undefined,
  ].filter((offer): offer is string => offer !== undefined);

  if (offers.length === 0) return 'Nothing to offer right now.';

  const offered = seasons.filter((season) => capacity.seasons.includes(season));
  const during =
    offered.length > 0
      ? ` in ${offered.map((season) => seasonLabels[season].toLowerCase()).join(', ')}`
      : '';

  return `Can offer: ${offers.join(', ')}${during}.`;
}

function countOf(count: number, one: string, many: string): string | undefined {
  if (count <= 0) return undefined;

  return `${count} ${count === 1 ? one : many}`;
}

function describeAnswers(capacity: CapacitySurvey): string {
  const clusters =
    capacity.careerClusters.length > 0
      ? `Career clusters: ${capacity.careerClusters.map((cluster) => escapeMrkdwnWithin(cluster, 40)).join(', ')}. `
      : '';
  const who = capacity.answeredByName
    ? escapeMrkdwnWithin(capacity.answeredByName, 80)
    : 'someone removed';
  const behalf = capacity.onBehalf ? ' on its behalf' : '';

  return `${clusters}Answered by ${who}${behalf}.`;
}
