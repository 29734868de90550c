import type { KnownBlock } from '@slack/types';
import type { PossiblePartner, ProgramCard } from '../../domain/cards/program-card.js';
import { opportunityTypeLabels } from '../../domain/labels.js';
import { actionIds, directoryRecordValue } from '../ids.js';
import { escapeMrkdwn, escapeMrkdwnWithin } from '../text.js';
import type { CardIntro, CardPermissions } from './cards.js';
import {
  button,
  cardHeading,
  cardLimits,
  findCommand,
  listTitle,
  moreNote,
  nameMax,
  section,
} from './cards.js';
import type { SlackMessage } from './help.js';

/**
 * Renders a program's card: where it is taught, what it prepares for, the work-based learning
 * it offers and lacks, and employers that could partner with it.
 */
export function renderProgramCard(input: {
  card: ProgramCard;
  permissions: CardPermissions;
  intro?: CardIntro;
}): SlackMessage {
  const { card } = input;
  const blocks: KnownBlock[] = [...cardHeading(card.name, input.intro ?? {})];

  blocks.push(section(describeProgram(card)));
  blocks.push(section(describeWorkBasedLearning(card)));
  blocks.push(...partnerBlocks(card));

  if (input.permissions.editRecord) {
    blocks.push({
      type: 'actions',
      elements: [button('Edit', actionIds.directoryEdit, directoryRecordValue('program', card.id))],
    });
  }

  const campus = escapeMrkdwn(card.campus.name);
  const partners = card.possiblePartners.total;
  const text = `${escapeMrkdwn(card.name)} at ${campus}, ${escapeMrkdwn(card.careerCluster)}: ${partners} possible ${partners === 1 ? 'partner' : 'partners'}.`;

  return { text, blocks };
}

function describeProgram(card: ProgramCard): string {
  const campus = escapeMrkdwnWithin(card.campus.name, 150);
  const district = card.district ? ` (${escapeMrkdwnWithin(card.district.name, 150)})` : '';
  const lines = [
    `*Campus:* ${campus}${district}`,
    `*Career cluster:* ${escapeMrkdwnWithin(card.careerCluster, 150)}`,
    `*CIP code:* ${card.cipCode ?? 'not recorded'}`,
    `*SOC codes:* ${listOrNone(card.socCodes, 500)}`,
    `*Grades:* ${describeGrades(card.lowestGrade, card.highestGrade)}`,
    `*Enrollment:* ${card.enrollment === null ? 'not recorded' : `${card.enrollment} students`}`,
    `*Certifications:* ${listOrNone(card.certifications, 1000)}`,
  ];

  return lines.join('\n');
}

function describeGrades(lowest: number | null, highest: number | null): string {
  if (lowest !== null && highest !== null) {
    return lowest === highest ? `${lowest}` : `${lowest} to ${highest}`;
  }
  if (lowest !== null) return `from ${lowest}`;
  if (highest !== null) return `up to ${highest}`;

  return 'not recorded';
}

function listOrNone(values: string[], max: number): string {
  return values.length > 0 ? escapeMrkdwnWithin(values.join(', '), max) : 'none recorded';
}

function describeWorkBasedLearning(card: ProgramCard): string {
  const labels = (types: ProgramCard['wblOffered']) =>
    types.length > 0
      ? types.map((type) => opportunityTypeLabels[type]).join(', ')
      : 'none recorded';

  return [
    `*Work-based learning offered:* ${labels(card.wblOffered)}`,
    `*Work-based learning it lacks:* ${labels(card.wblMissing)}`,
  ].join('\n');
}

function partnerBlocks(card: ProgramCard): KnownBlock[] {
  const { rows, total } = card.possiblePartners;
  const shown = rows.slice(0, cardLimits.possiblePartners);
  const title = listTitle('Possible partners', total);

  if (shown.length === 0) {
    return [
      section(
        `${title}\nNo employer has a need with these SOC codes or an open opportunity in this cluster yet.`,
      ),
    ];
  }

  const lines = shown.map((partner) => describePartner(partner, card.careerCluster));

  return [
    section([title, ...lines].join('\n')),
    ...moreNote(shown.length, total, 'possible partners', partnersCommand(card)),
  ];
}

/**
 * Renders the search that lists every possible partner. The career cluster finds the cluster's
 * opportunities and the SOC codes find the industry needs for those occupations, and each of
 * those results names its employer. Codes past the length a command may have are left off.
 */
function partnersCommand(card: ProgramCard): string {
  return findCommand([card.careerCluster, ...card.socCodes].join(' '));
}

function describePartner(partner: PossiblePartner, careerCluster: string): string {
  const reasons: string[] = [];

  if (partner.matchingNeeds.length > 0) {
    const needs = partner.matchingNeeds
      .map((need) => `${need.occupationTitle} (${need.socCode})`)
      .join(', ');
    reasons.push(`needs ${escapeMrkdwnWithin(needs, 200)}`);
  }

  if (partner.openOpportunities > 0) {
    const count = partner.openOpportunities;
    const noun = count === 1 ? 'open opportunity' : 'open opportunities';
    reasons.push(`${count} ${noun} in ${escapeMrkdwnWithin(careerCluster, 60)}`);
  }

  return `• *${escapeMrkdwnWithin(partner.name, nameMax)}*: ${reasons.join('; ')}`;
}
