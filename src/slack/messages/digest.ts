import { DateTime } from 'luxon';
import type { Digest, PhaseDigest } from '../../domain/digest/types.js';
import { ACTION_ITEM_DAYS, UPCOMING_EVENT_DAYS } from '../../domain/digest/types.js';
import { taskStatusLabels } from '../../domain/plan-task-form.js';
import { phaseName, phaseNumber } from '../../domain/plan-template.js';
import { escapeMrkdwn } from '../text.js';
import type { DigestLimits, DigestSection } from './digest-layout.js';
import { digestLimits, layoutDigest } from './digest-layout.js';
import {
  command,
  describeActionItem,
  describeEvent,
  describeFollowUp,
  describeMeeting,
  figureLines,
  listLines,
  newThisWeekLines,
} from './digest-lines.js';
import type { SlackMessage } from './help.js';
import { progressBar } from './plan.js';

/** Formats the digest's week, such as "Mar 8 – Mar 15, 2027". */
export function describeWeek(digest: Pick<Digest, 'week' | 'timeZone'>): string {
  const start = DateTime.fromJSDate(digest.week.start, { zone: digest.timeZone });
  const end = DateTime.fromJSDate(digest.week.end, { zone: digest.timeZone });

  return `${start.toFormat('LLL d')} – ${end.toFormat('LLL d, yyyy')}`;
}

/**
 * Renders the channel digest: the first message, then the thread replies that hold what did not
 * fit. Every message has plain-text fallback.
 */
export function renderChannelDigest(
  digest: Digest,
  limits: DigestLimits = digestLimits,
): SlackMessage[] {
  return layoutDigest(
    {
      header: `Weekly digest: ${digest.partnershipName}`,
      context: `Week of ${describeWeek(digest)} (${digest.week.period}). Figures as of the time of this digest.`,
      sections: channelSections(digest),
    },
    limits,
  );
}

function channelSections(digest: Digest): DigestSection[] {
  const { timeZone } = digest;

  return [
    { title: 'Key figures', lines: figureLines(digest.figures, digest.previousFigures) },
    { title: 'Plan progress', lines: digest.phases.flatMap(phaseLines) },
    { title: 'New this week', lines: newThisWeekLines(digest.added) },
    {
      title: `Events in the next ${UPCOMING_EVENT_DAYS} days`,
      lines: listLines(digest.upcomingEvents, (event) => describeEvent(event, timeZone), {
        none: 'No events in the next two weeks.',
        more: command('events'),
      }),
    },
    {
      title: 'Meetings this week',
      lines: listLines(digest.meetings, (meeting) => describeMeeting(meeting, timeZone), {
        none: 'No meetings this week.',
        more: command('meetings'),
      }),
    },
    {
      title: `Action items overdue or due in the next ${ACTION_ITEM_DAYS} days`,
      lines: listLines(digest.actionItems, describeActionItem, {
        none: 'No action item is overdue or due soon.',
        more: 'each owner sees theirs on the Bridge Home tab',
      }),
    },
    { title: 'Employer follow-ups', lines: followUpLines(digest) },
    { title: 'Success story', lines: storyLines(digest) },
  ];
}

/** Renders a phase's bar, then each task whose status changed this week. */
export function phaseLines(phase: PhaseDigest): string[] {
  const blocked = phase.blocked > 0 ? `, ${phase.blocked} blocked` : '';
  const lines = [
    `\`${progressBar(phase)}\` Phase ${phaseNumber(phase.phase)}: ${phaseName(phase.phase)}${blocked}`,
  ];

  for (const task of phase.moved) {
    const from = task.from ? `${taskStatusLabels[task.from]} → ` : '';

    lines.push(`      ↳ ${escapeMrkdwn(task.title)}: ${from}${taskStatusLabels[task.to]}`);
  }

  return lines;
}

function followUpLines(digest: Digest): string[] {
  const awaiting = listLines(digest.awaitingFollowUp, describeFollowUp, {
    none: 'No employer is waiting for a follow-up.',
    more: command('outreach'),
  });
  const unresponsive = listLines(digest.wentUnresponsive, describeFollowUp, {
    none: 'No employer went unresponsive this week.',
    more: command('outreach'),
  });

  return [
    `_Follow-up date passed (${digest.awaitingFollowUp.total})_`,
    ...awaiting,
    `_Went unresponsive this week (${digest.wentUnresponsive.total})_`,
    ...unresponsive,
  ];
}

function storyLines(digest: Digest): string[] {
  if (!digest.story) return ['No story was approved this week.'];

  return [`*${escapeMrkdwn(digest.story.title)}*`, escapeMrkdwn(digest.story.story)];
}
