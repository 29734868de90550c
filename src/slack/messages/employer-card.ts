import type { KnownBlock } from '@slack/types';
import type {
  CardOpportunity,
  EmployerCard,
  NeedSummary,
} from '../../domain/cards/employer-card.js';
import { naicsSectorName } from '../../domain/directory/naics.js';
import { opportunityTypeLabels } from '../../domain/labels.js';
import { formatDate } from '../../domain/time.js';
import { actionIds, directoryRecordValue } from '../ids.js';
import { escapeMrkdwn, escapeMrkdwnWithin } from '../text.js';
import type { CardIntro, CardPermissions } from './cards.js';
import {
  button,
  cardHeading,
  cardLimits,
  commandSpan,
  contactSections,
  context,
  findCommand,
  listTitle,
  moreNote,
  section,
} from './cards.js';
import type { OutreachButtons } from './employer-outreach.js';
import { noOutreachButtons, outreachSections } from './employer-outreach.js';
import type { SlackMessage } from './help.js';

/**
 * Renders an employer's card: details, contacts, industry needs, open opportunities, outreach
 * and the buttons the reader may use.
 */
export function renderEmployerCard(input: {
  card: EmployerCard;
  permissions: CardPermissions;
  timeZone: string;
  intro?: CardIntro;
  /** The outreach buttons the reader may use; none unless given. */
  outreachButtons?: OutreachButtons;
}): SlackMessage {
  const { card, permissions } = input;
  const blocks: KnownBlock[] = [...cardHeading(card.name, input.intro ?? {})];

  blocks.push(section(describeEmployer(card)));
  blocks.push(
    ...contactSections({
      contacts: card.contacts.contacts,
      total: card.contacts.total,
      permissions,
      timeZone: input.timeZone,
      moreCommand: findCommand(card.name),
      showOrganization: false,
    }),
  );
  blocks.push(...needSections(card));
  blocks.push(...opportunitySections(card));
  blocks.push(
    ...outreachSections({
      employerId: card.id,
      outreach: card.outreach,
      capacity: card.capacity,
      buttons: input.outreachButtons ?? noOutreachButtons,
    }),
  );

  if (permissions.editRecord) {
    blocks.push({
      type: 'actions',
      elements: [
        button('Edit', actionIds.directoryEdit, directoryRecordValue('employer', card.id)),
        button('Add a need', actionIds.directoryAddNeed, card.id),
        button('Add a contact', actionIds.directoryAddContact, card.id),
      ],
    });
  }

  blocks.push(
    context(`Register an opportunity for this employer with ${commandSpan('opportunity new')}.`),
  );

  const summary = [
    `${card.contacts.total} ${card.contacts.total === 1 ? 'contact' : 'contacts'}`,
    `${card.needs.total} industry ${card.needs.total === 1 ? 'need' : 'needs'}`,
    `${card.opportunities.total} open ${card.opportunities.total === 1 ? 'opportunity' : 'opportunities'}`,
  ];

  return { text: `${escapeMrkdwn(card.name)}: ${summary.join(', ')}.`, blocks };
}

function describeEmployer(card: EmployerCard): string {
  const sector = card.naicsCode ? naicsSectorName(card.naicsCode) : undefined;
  const industry = card.naicsCode
    ? `NAICS ${card.naicsCode}${sector ? `, ${sector}` : ''}`
    : 'not recorded';
  const size = card.size ? `${card.size} employees` : 'not recorded';
  const address = describeAddress(card.address, card.zip);

  return [`*Industry:* ${industry}`, `*Size:* ${size}`, `*Address:* ${address}`].join('\n');
}

function describeAddress(address: string | null, zip: string | null): string {
  if (address && zip) return `${escapeMrkdwnWithin(address, 500)} ${zip}`;
  if (address) return escapeMrkdwnWithin(address, 500);
  if (zip) return `ZIP ${zip}`;

  return 'not recorded';
}

function needSections(card: EmployerCard): KnownBlock[] {
  const { rows, total } = card.needs;
  const shown = rows.slice(0, cardLimits.needs);
  const title = listTitle('Industry needs', total);

  if (shown.length === 0) return [section(`${title}\nNone recorded yet.`)];

  return [
    section([title, ...shown.map(describeNeed)].join('\n')),
    ...moreNote(shown.length, total, 'industry needs', findCommand(card.name)),
  ];
}

/** Describes one need in at most about 300 characters, so a full list fits in one section. */
function describeNeed(need: NeedSummary): string {
  const parts = [`• *${escapeMrkdwnWithin(need.occupationTitle, 100)}*`];

  if (need.socCode) parts.push(`SOC ${need.socCode}`);
  if (need.openingsPerYear !== null) {
    parts.push(
      `${need.openingsPerYear} ${need.openingsPerYear === 1 ? 'opening' : 'openings'} a year`,
    );
  }
  if (need.timeFrame) parts.push(escapeMrkdwnWithin(need.timeFrame, 50));

  const skills =
    need.skills.length > 0 ? `\n   Skills: ${escapeMrkdwnWithin(need.skills.join(', '), 100)}` : '';

  return `${parts.join(' · ')}${skills}`;
}

function opportunitySections(card: EmployerCard): KnownBlock[] {
  const { rows, total } = card.opportunities;
  const shown = rows.slice(0, cardLimits.opportunities);
  const title = listTitle('Open opportunities', total);

  if (shown.length === 0) return [section(`${title}\nNone open right now.`)];

  return [
    section([title, ...shown.map(describeOpportunity)].join('\n')),
    // The search lists every opportunity of the employer, filled and closed ones too.
    ...moreNote(shown.length, total, 'open opportunities', findCommand(card.name)),
  ];
}

function describeOpportunity(opportunity: CardOpportunity): string {
  const parts = [
    `• *${escapeMrkdwnWithin(opportunity.title, 150)}*`,
    opportunityTypeLabels[opportunity.type],
    describeDates(opportunity.startsOn, opportunity.endsOn),
    `${opportunity.slots} ${opportunity.slots === 1 ? 'slot' : 'slots'}`,
  ];

  return parts.filter(Boolean).join(' · ');
}

function describeDates(startsOn: string | null, endsOn: string | null): string | undefined {
  if (startsOn && endsOn) return `${formatDate(startsOn)} to ${formatDate(endsOn)}`;
  if (startsOn) return `From ${formatDate(startsOn)}`;
  if (endsOn) return `Until ${formatDate(endsOn)}`;

  return undefined;
}
