import type { KnownBlock } from '@slack/types';
import type { OpportunityType, OutreachStage, WblType } from '../../db/schema/index.js';
import { roleLabels } from '../../domain/access.js';
import type { RoleDigest } from '../../domain/digest/role-digest.js';
import type { Digest, OpenRequest } from '../../domain/digest/types.js';
import { opportunityTypeLabels, rsvpStatusLabels } from '../../domain/labels.js';
import { outreachStageLabels } from '../../domain/outreach/labels.js';
import { requestKindLabels } from '../../domain/request-labels.js';
import { formatDate, formatEventSpan } from '../../domain/time.js';
import { actionIds } from '../ids.js';
import { escapeMrkdwn, plainText } from '../text.js';
import { describeWeek } from './digest.js';
import type { DigestLimits, DigestSection } from './digest-layout.js';
import { digestLimits, layoutDigest } from './digest-layout.js';
import {
  command,
  describeActionItem,
  describeEvent,
  describeFollowUp,
  listLines,
  wblLabel,
} from './digest-lines.js';
import type { SlackMessage } from './help.js';

/**
 * Renders a person's weekly role digest for a direct message, ending with a "Turn off" button.
 * Long digests split into a first message and thread replies, as the channel digest does.
 */
export function renderRoleDigest(
  roleDigest: RoleDigest,
  limits: DigestLimits = digestLimits,
): SlackMessage[] {
  const { digest, reader } = roleDigest;

  return layoutDigest(
    {
      header: `Your weekly digest: ${digest.partnershipName}`,
      context: `For ${escapeMrkdwn(reader.name)} (${roleLabels[reader.role]}), week of ${describeWeek(digest)}.`,
      sections: roleSections(roleDigest),
      footer: turnOffFooter(),
    },
    limits,
  );
}

function turnOffFooter(): KnownBlock[] {
  return [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Bridge sends this digest each week for your role. Turn it off here, or type `/bridge digest off`.',
        },
      ],
    },
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: actionIds.digestTurnOff,
          text: plainText('Turn off'),
          value: 'role_digest',
        },
      ],
    },
  ];
}

function roleSections(roleDigest: RoleDigest): DigestSection[] {
  switch (roleDigest.role) {
    case 'convener':
      return convenerSections(roleDigest.digest);
    case 'chamber':
      return chamberSections(roleDigest.digest);
    case 'district':
    case 'educator':
      return districtSections(roleDigest);
    case 'employer':
      return employerSections(roleDigest);
  }
}

function convenerSections(digest: Digest): DigestSection[] {
  const { decisions } = digest;
  const overdue = digest.actionItems.entries.filter((item) => item.overdue);

  return [
    {
      title: `Role requests to decide (${decisions.roleRequests.total})`,
      lines: listLines(
        decisions.roleRequests,
        (request) =>
          `• ${escapeMrkdwn(request.personName)} asks to be ${escapeMrkdwn(request.role)} for ${escapeMrkdwn(request.organizationName)}`,
        { none: 'No role request waits.', more: 'see the Bridge Home tab' },
      ),
    },
    {
      title: `Success stories to approve (${decisions.stories.total})`,
      lines: listLines(decisions.stories, (story) => `• ${escapeMrkdwn(story.title)}`, {
        none: 'No story waits for approval.',
        more: 'see the Bridge Home tab',
      }),
    },
    {
      title: `Blocked plan tasks (${decisions.blockedTasks.total})`,
      lines: listLines(
        decisions.blockedTasks,
        (task) =>
          `• ${escapeMrkdwn(task.title)}${task.owner ? `, owner ${escapeMrkdwn(task.owner.name)}` : ', no owner'}`,
        { none: 'No plan task is blocked.', more: command('plan') },
      ),
    },
    {
      title: `Overdue action items (${overdue.length})`,
      lines: overdue.length > 0 ? overdue.map(describeActionItem) : ['No action item is overdue.'],
    },
  ];
}

function chamberSections(digest: Digest): DigestSection[] {
  const stages = Object.entries(digest.pipeline) as Array<[OutreachStage, number]>;
  const newEmployers = digest.added.organizations.entries.filter(
    (organization) => organization.kind === 'employer',
  );

  return [
    {
      title: 'Employer pipeline',
      lines: [
        ...stages.map(([stage, employers]) => `• ${outreachStageLabels[stage]}: ${employers}`),
        `Employers engaged: ${digest.figures.employersEngaged}. Type ${command('outreach')} for the list.`,
      ],
    },
    {
      title: `Follow-up date passed (${digest.awaitingFollowUp.total})`,
      lines: listLines(digest.awaitingFollowUp, describeFollowUp, {
        none: 'No employer is waiting for a follow-up.',
        more: command('outreach'),
      }),
    },
    {
      title: `Went unresponsive this week (${digest.wentUnresponsive.total})`,
      lines: listLines(digest.wentUnresponsive, describeFollowUp, {
        none: 'No employer went unresponsive this week.',
        more: command('outreach'),
      }),
    },
    {
      title: 'New employers this week',
      lines:
        newEmployers.length > 0
          ? newEmployers.map((employer) => `• ${escapeMrkdwn(employer.name)}`)
          : ['No employer was added this week.'],
    },
  ];
}

function districtSections(roleDigest: Extract<RoleDigest, { role: 'district' | 'educator' }>) {
  const { digest } = roleDigest;
  const lacking = new Map<WblType, number>();

  for (const gap of roleDigest.programGaps) {
    lacking.set(gap.wblType, (lacking.get(gap.wblType) ?? 0) + gap.lacking);
  }

  const scope = roleDigest.districtId ? 'in your district' : 'in the partnership';
  const sections: DigestSection[] = [
    {
      title: `Programs lacking work-based learning ${scope}`,
      lines:
        lacking.size > 0
          ? [...lacking].map(([type, count]) => `• ${wblLabel(type)}: ${count} programs lack it`)
          : ['No program lists missing work-based learning.'],
    },
    {
      title: `Open requests ${scope} (${roleDigest.openRequests.total})`,
      lines: listLines(roleDigest.openRequests, describeRequest, {
        none: 'No open request.',
        more: command('requests'),
      }),
    },
    {
      title: 'Upcoming work-based learning events',
      lines:
        roleDigest.wblEvents.length > 0
          ? roleDigest.wblEvents.map((event) => describeEvent(event, digest.timeZone))
          : ['No work-based learning event in the next two weeks.'],
    },
    {
      title: `New opportunities this week (${digest.added.opportunities.total})`,
      lines: listLines(
        digest.added.opportunities,
        (opportunity) =>
          `• ${escapeMrkdwn(opportunity.title)} at ${escapeMrkdwn(opportunity.employerName)} (${opportunityTypeLabels[opportunity.type as OpportunityType] ?? opportunity.type})`,
        { none: 'No opportunity was added this week.', more: command('opportunities') },
      ),
    },
  ];

  return sections;
}

function employerSections(roleDigest: Extract<RoleDigest, { role: 'employer' }>) {
  const { digest } = roleDigest;

  return [
    {
      title: `Your open opportunities (${roleDigest.opportunities.total})`,
      lines: listLines(
        roleDigest.opportunities,
        (opportunity) =>
          `• ${escapeMrkdwn(opportunity.title)} (${opportunityTypeLabels[opportunity.type as OpportunityType] ?? opportunity.type}, ${opportunity.slots} ${opportunity.slots === 1 ? 'slot' : 'slots'})`,
        { none: 'Your organization has no open opportunity.', more: command('opportunities') },
      ),
    },
    {
      title: 'Your RSVPs',
      lines:
        roleDigest.rsvps.length > 0
          ? roleDigest.rsvps.map(
              (rsvp) =>
                `• ${escapeMrkdwn(rsvp.title)}, ${formatEventSpan(rsvp.startsAt, rsvp.endsAt, digest.timeZone)}: ${rsvpStatusLabels[rsvp.status]}`,
            )
          : ['You have no RSVP to an upcoming event.'],
    },
    {
      title: `Requests that fit your capacity survey (${roleDigest.fittingRequests.length})`,
      lines:
        roleDigest.fittingRequests.length > 0
          ? roleDigest.fittingRequests.map(describeRequest)
          : ['No open request fits your capacity survey and career clusters.'],
    },
  ];
}

function describeRequest(request: OpenRequest): string {
  const needed = request.neededBy ? `, needed by ${formatDate(request.neededBy)}` : '';
  const group = request.groupSize ? `, ${request.groupSize} students` : '';

  return `• ${requestKindLabels[request.kind]} for ${escapeMrkdwn(request.programName)} at ${escapeMrkdwn(request.campusName)}${group}${needed}`;
}
