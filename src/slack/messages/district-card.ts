import type { KnownBlock } from '@slack/types';
import type { CampusSummary, DistrictCard } from '../../domain/cards/district-card.js';
import { escapeMrkdwn, escapeMrkdwnWithin } from '../text.js';
import type { CardIntro, CardPermissions } from './cards.js';
import {
  cardHeading,
  cardLimits,
  commandSpan,
  contactSections,
  findCommand,
  listTitle,
  moreNote,
  nameMax,
  section,
} from './cards.js';
import type { SlackMessage } from './help.js';

/**
 * Renders a school district's card: its campuses with their programs, open opportunities in the
 * clusters those programs cover, and the contacts of the district and its campuses.
 */
export function renderDistrictCard(input: {
  card: DistrictCard;
  permissions: CardPermissions;
  timeZone: string;
  intro?: CardIntro;
}): SlackMessage {
  const { card } = input;
  const blocks: KnownBlock[] = [...cardHeading(card.name, input.intro ?? {})];

  blocks.push(section(describeOpportunities(card)));
  blocks.push(...campusBlocks(card));
  blocks.push(
    ...contactSections({
      contacts: card.contacts.contacts,
      total: card.contacts.total,
      permissions: input.permissions,
      timeZone: input.timeZone,
      moreCommand: findCommand(card.name),
      showOrganization: true,
    }),
  );

  const campuses = card.campuses.total;
  const text = `${escapeMrkdwn(card.name)}: ${campuses} ${campuses === 1 ? 'campus' : 'campuses'}, ${card.contacts.total} ${card.contacts.total === 1 ? 'contact' : 'contacts'}.`;

  return { text, blocks };
}

function describeOpportunities(card: DistrictCard): string {
  if (card.careerClusters.length === 0) {
    return '*Career clusters:* none yet, because no program is recorded for its campuses.';
  }

  const clusters = escapeMrkdwnWithin(card.careerClusters.join(', '), 1000);
  const count = card.openOpportunities;
  const noun = count === 1 ? 'open opportunity' : 'open opportunities';

  return [
    `*Career clusters its programs cover:* ${clusters}`,
    `*${count} ${noun}* in those clusters; list open opportunities with ${commandSpan('opportunities')}.`,
  ].join('\n');
}

function campusBlocks(card: DistrictCard): KnownBlock[] {
  const { rows, total } = card.campuses;
  const shown = rows.slice(0, cardLimits.campuses);
  const title = listTitle('Campuses', total);

  if (shown.length === 0) return [section(`${title}\nNo campuses recorded yet.`)];

  return [
    section(title),
    ...shown.map((campus) => section(describeCampus(campus))),
    ...moreNote(shown.length, total, 'campuses', findCommand(card.name)),
  ];
}

function describeCampus(campus: CampusSummary): string {
  const zip = campus.zip ? ` · ZIP ${campus.zip}` : '';
  const heading = `*${escapeMrkdwnWithin(campus.name, 150)}*${zip}`;

  if (campus.programTotal === 0) return `${heading}\nNo programs recorded yet.`;

  const names = campus.programNames
    .slice(0, cardLimits.programsPerCampus)
    .map((name) => escapeMrkdwnWithin(name, nameMax));
  const hidden = campus.programTotal - names.length;
  const more = hidden > 0 ? `, and ${hidden} more: ${findCommand(campus.name)}` : '';
  const noun = campus.programTotal === 1 ? 'program' : 'programs';

  return `${heading}\n${campus.programTotal} ${noun}: ${names.join(', ')}${more}`;
}
