import type { KnownBlock } from '@slack/types';
import { opportunityTypes } from '../../db/schema/index.js';
import { SLASH_COMMAND } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { escapeMrkdwn, mrkdwn, plainText } from '../text.js';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

const commandLines = [
  ['opportunity new', 'register a work-based learning opportunity'],
  ['opportunities [type]', 'open opportunities, newest first, optionally of one type'],
  ['event new', 'create a career event and announce it with RSVP buttons'],
  ['events', 'upcoming events and your RSVP'],
  ['checkin <event>', "check people in on an event's day (its organizer or the convener)"],
  ['find <words>', 'search organizations, people, programs and opportunities'],
  ['gaps [district]', 'the work-based learning each program lacks, and who could fill it'],
  ['demand [cluster]', 'occupations by openings and growth, with programs and employers'],
  ['employer <name>', "an employer's card: contacts, needs, opportunities"],
  ['program <name>', "a program's card: campus, cluster, work-based learning it offers and lacks"],
  ['district <name>', "a district's card: campuses, programs, contacts"],
  [
    'nearby <campus> [miles]',
    'campuses within 25 miles (or the distance given) and the programs each lacks',
  ],
  [
    'share <program> [miles]',
    'campuses without a program within 25 miles (or the distance given) of one with it',
  ],
  ['employer add', 'add an employer (also `program add`, `contact add`, `need add`)'],
  ['join', 'link yourself to your organization and ask for a role'],
  ['contacts stale', 'contacts nobody has confirmed lately'],
  ['outreach [mine]', 'the employer outreach pipeline by stage, overdue follow-ups first'],
  ['capacity <employer>', 'the capacity survey: what an employer can offer and when'],
  ['meeting new', 'call a meeting and send invitations with Accept and Decline'],
  ['meetings', 'your upcoming meetings with their answers'],
  ['meeting log', "record a meeting's attendance, decisions and action items"],
  ['committee', 'the steering committee and any stakeholder group without a seat'],
  ['plan [phase]', "the six-phase plan's progress, blocked tasks and tasks due soon"],
  ['story new', 'submit a success story for a convener to approve'],
  ['request new', 'request a guest speaker, facility tour, mentor or equipment for a program'],
  ['requests', 'open requests with the employers they went to and their answers'],
  ['donation new', 'record equipment an employer offers (also `donations` to follow them)'],
  ['pilots', 'pilot internships, apprenticeships and mentorships, counted by type'],
  ['impact [period]', 'figures for a week, month, quarter (default) or school year, with trends'],
  ['settings', "the partnership's settings; the convener changes them here"],
  [
    'digest preview',
    "this week's digest so far (also `digest on`, `digest off` for your role digest)",
  ],
  ['digest settings', "the weekly digest's channel, day, time and time zone (convener)"],
  ['reminders', 'your reminders of events, action items and follow-ups: turn on, off or snooze'],
  ['help', 'this list'],
] as const;

const typeList = opportunityTypes.map((type) => type.replace(/_/g, ' ')).join(', ');

/** Joins lines into as few texts as fit a section block each, keeping every line whole. */
function sectionsOfLines(lines: string[]): string[] {
  const sections: string[] = [];

  for (const line of lines) {
    const last = sections.at(-1);

    if (last !== undefined && last.length + 1 + line.length <= blockKitLimits.sectionText) {
      sections[sections.length - 1] = `${last}\n${line}`;
    } else {
      sections.push(line);
    }
  }

  return sections;
}

/** Renders the list of what Bridge can do, with an optional line about what went wrong first. */
export function renderHelp(problem?: string): SlackMessage {
  const lines = commandLines.map(
    ([usage, purpose]) => `• \`${SLASH_COMMAND} ${escapeMrkdwn(usage)}\`: ${purpose}`,
  );
  const blocks: KnownBlock[] = [];

  if (problem) blocks.push({ type: 'section', text: mrkdwn(`:warning: ${problem}`) });

  blocks.push(
    { type: 'header', text: plainText('What Bridge can do') },
    ...sectionsOfLines(lines).map((section) => ({
      type: 'section' as const,
      text: mrkdwn(section),
    })),
    {
      type: 'context',
      elements: [
        mrkdwn(
          `Opportunity types: ${typeList}. Open the Bridge app's *Home* tab for your events and open opportunities.`,
        ),
      ],
    },
  );

  const text = [problem, 'What Bridge can do:', ...lines].filter(Boolean).join('\n');

  return { text, blocks };
}
