import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../../../src/slack/messages/help.js';

const commandLines = [
  '• `/bridge opportunity new`: register a work-based learning opportunity',
  '• `/bridge opportunities [type]`: open opportunities, newest first, optionally of one type',
  '• `/bridge event new`: create a career event and announce it with RSVP buttons',
  '• `/bridge events`: upcoming events and your RSVP',
  "• `/bridge checkin &lt;event&gt;`: check people in on an event's day (its organizer or the convener)",
  '• `/bridge find &lt;words&gt;`: search organizations, people, programs and opportunities',
  '• `/bridge gaps [district]`: the work-based learning each program lacks, and who could fill it',
  '• `/bridge demand [cluster]`: occupations by openings and growth, with programs and employers',
  "• `/bridge employer &lt;name&gt;`: an employer's card: contacts, needs, opportunities",
  "• `/bridge program &lt;name&gt;`: a program's card: campus, cluster, work-based learning it offers and lacks",
  "• `/bridge district &lt;name&gt;`: a district's card: campuses, programs, contacts",
  '• `/bridge nearby &lt;campus&gt; [miles]`: campuses within 25 miles (or the distance given) and the programs each lacks',
  '• `/bridge share &lt;program&gt; [miles]`: campuses without a program within 25 miles (or the distance given) of one with it',
  '• `/bridge employer add`: add an employer (also `program add`, `contact add`, `need add`)',
  '• `/bridge join`: link yourself to your organization and ask for a role',
  '• `/bridge contacts stale`: contacts nobody has confirmed lately',
  '• `/bridge outreach [mine]`: the employer outreach pipeline by stage, overdue follow-ups first',
  '• `/bridge capacity &lt;employer&gt;`: the capacity survey: what an employer can offer and when',
  '• `/bridge meeting new`: call a meeting and send invitations with Accept and Decline',
  '• `/bridge meetings`: your upcoming meetings with their answers',
  "• `/bridge meeting log`: record a meeting's attendance, decisions and action items",
  '• `/bridge committee`: the steering committee and any stakeholder group without a seat',
  "• `/bridge plan [phase]`: the six-phase plan's progress, blocked tasks and tasks due soon",
  '• `/bridge story new`: submit a success story for a convener to approve',
  '• `/bridge request new`: request a guest speaker, facility tour, mentor or equipment for a program',
  '• `/bridge requests`: open requests with the employers they went to and their answers',
  '• `/bridge donation new`: record equipment an employer offers (also `donations` to follow them)',
  '• `/bridge pilots`: pilot internships, apprenticeships and mentorships, counted by type',
  '• `/bridge impact [period]`: figures for a week, month, quarter (default) or school year, with trends',
  "• `/bridge settings`: the partnership's settings; the convener changes them here",
  "• `/bridge digest preview`: this week's digest so far (also `digest on`, `digest off` for your role digest)",
  "• `/bridge digest settings`: the weekly digest's channel, day, time and time zone (convener)",
  '• `/bridge reminders`: your reminders of events, action items and follow-ups: turn on, off or snooze',
  '• `/bridge help`: this list',
];

const header = {
  type: 'header',
  text: { type: 'plain_text', text: 'What Bridge can do', emoji: true },
};

const typesNote = {
  type: 'context',
  elements: [
    {
      type: 'mrkdwn',
      verbatim: true,
      text: "Opportunity types: internship, apprenticeship, mentorship, job shadow, facility tour, guest speaker, equipment donation, other. Open the Bridge app's *Home* tab for your events and open opportunities.",
    },
  ],
};

/** The texts of the section blocks between the header and the note. */
function sectionTexts(blocks: unknown[]): string[] {
  return blocks.slice(1, -1).map((block) => (block as { text: { text: string } }).text.text);
}

describe('renderHelp', () => {
  it('renders the command list', () => {
    const help = renderHelp();

    expect(help.text).toBe(['What Bridge can do:', ...commandLines].join('\n'));
    expect(help.blocks[0]).toEqual(header);
    expect(help.blocks.at(-1)).toEqual(typesNote);
    expect(sectionTexts(help.blocks).join('\n')).toBe(commandLines.join('\n'));
  });

  it('keeps each section within Slack limits', () => {
    const sections = sectionTexts(renderHelp().blocks);

    for (const section of sections) expect(section.length).toBeLessThanOrEqual(3000);
  });

  it('puts the problem first', () => {
    const problem = '`signup` is not a Bridge command.';

    const help = renderHelp(problem);

    expect(help.text).toBe([problem, 'What Bridge can do:', ...commandLines].join('\n'));
    expect(help.blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', verbatim: true, text: `:warning: ${problem}` },
    });
    expect(help.blocks.slice(1)).toEqual(renderHelp().blocks);
  });

  it('ignores an empty problem', () => {
    expect(renderHelp('')).toEqual(renderHelp());
  });
});
