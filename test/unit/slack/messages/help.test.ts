import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../../../src/slack/messages/help.js';

const commandLines = [
  '• `/bridge opportunity new`: register a work-based learning opportunity',
  '• `/bridge opportunities [type]`: open opportunities, newest first, optionally of one type',
  '• `/bridge event new`: create a career event and announce it with RSVP buttons',
  '• `/bridge events`: upcoming events and your RSVP',
  '• `/bridge find &lt;words&gt;`: search organizations, people, programs and opportunities',
  "• `/bridge employer &lt;name&gt;`: an employer's card: contacts, needs, opportunities",
  "• `/bridge program &lt;name&gt;`: a program's card: campus, cluster, work-based learning it offers and lacks",
  "• `/bridge district &lt;name&gt;`: a district's card: campuses, programs, contacts",
  '• `/bridge employer add`: add an employer (also `program add`, `contact add`, `need add`)',
  '• `/bridge join`: link yourself to your organization and ask for a role',
  '• `/bridge contacts stale`: contacts nobody has confirmed lately',
  "• `/bridge settings`: the partnership's settings; the convener changes them here",
  '• `/bridge help`: this list',
];

const helpBlocks = [
  { type: 'header', text: { type: 'plain_text', text: 'What Bridge can do', emoji: true } },
  { type: 'section', text: { type: 'mrkdwn', verbatim: true, text: commandLines.join('\n') } },
  {
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        verbatim: true,
        text: "Opportunity types: internship, apprenticeship, mentorship, job shadow, facility tour, guest speaker, equipment donation, other. Open the Bridge app's *Home* tab for your events and open opportunities.",
      },
    ],
  },
];

describe('renderHelp', () => {
  it('renders the command list', () => {
    expect(renderHelp()).toEqual({
      text: ['What Bridge can do:', ...commandLines].join('\n'),
      blocks: helpBlocks,
    });
  });

  it('puts the problem first', () => {
    const problem = '`signup` is not a Bridge command.';

    expect(renderHelp(problem)).toEqual({
      text: [problem, 'What Bridge can do:', ...commandLines].join('\n'),
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', verbatim: true, text: `:warning: ${problem}` } },
        ...helpBlocks,
      ],
    });
  });

  it('ignores an empty problem', () => {
    expect(renderHelp('')).toEqual(renderHelp());
  });
});
