import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { CapacitySurvey } from '../../../../src/domain/capacity-survey.js';
import type { OutreachPipeline, PipelineRow } from '../../../../src/domain/outreach/pipeline.js';
import type { OutreachSummary } from '../../../../src/domain/outreach/summary.js';
import { checkBlocks } from '../../../../src/local/web-api/block-kit-blocks.js';
import {
  describeCapacity,
  noOutreachButtons,
  outreachSections,
} from '../../../../src/slack/messages/employer-outreach.js';
import {
  OUTREACH_PER_MESSAGE,
  renderOutreachPipeline,
} from '../../../../src/slack/messages/outreach.js';

const hostile = '<!channel> *bold* & <https://evil.example|click>';
const escapedHostile = '&lt;!channel&gt; *bold* &amp; &lt;https://evil.example|click&gt;';

function uuid(index: number): string {
  return `00000000-0000-4000-8000-${index.toString().padStart(12, '0')}`;
}

function row(index: number, overrides: Partial<PipelineRow> = {}): PipelineRow {
  return {
    employerId: uuid(index),
    name: `Employer ${index}`,
    stage: 'not_contacted',
    ownerName: null,
    lastContactOn: null,
    nextFollowUpOn: null,
    overdue: false,
    ...overrides,
  };
}

function pipeline(
  rows: PipelineRow[],
  overrides: Partial<OutreachPipeline> = {},
): OutreachPipeline {
  return {
    stageCounts: {
      not_contacted: 30,
      contacted: 2,
      interested: 1,
      meeting_scheduled: 0,
      partnered: 0,
      declined: 0,
      unresponsive: 0,
    },
    overdueCount: 0,
    rows,
    ...overrides,
  };
}

function sectionTexts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'section' && block.text ? [block.text.text] : [],
  );
}

function contextTexts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'context'
      ? block.elements.flatMap((element) => ('text' in element ? [element.text] : []))
      : [],
  );
}

function buttonTexts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((block) => {
    const elements: unknown[] =
      block.type === 'actions'
        ? block.elements
        : block.type === 'section' && block.accessory
          ? [block.accessory]
          : [];

    return elements.flatMap((element) => {
      const button = element as { type: string; text?: { text: string } };

      return button.type === 'button' ? [button.text?.text ?? ''] : [];
    });
  });
}

describe('renderOutreachPipeline', () => {
  it('lists overdue follow-ups first, then stages', () => {
    const message = renderOutreachPipeline({
      pipeline: pipeline(
        [
          row(1, {
            name: 'Harbor Point Refining',
            stage: 'contacted',
            ownerName: 'Dana Reyes',
            lastContactOn: '2027-01-04',
            nextFollowUpOn: '2027-01-08',
            overdue: true,
          }),
          row(2, { name: 'Bayside Clinic', stage: 'interested', lastContactOn: '2027-01-06' }),
          row(3, { name: 'Coastal Staffing' }),
        ],
        { overdueCount: 1 },
      ),
      page: { offset: 0, mine: false },
    });

    expect(sectionTexts(message.blocks)).toEqual([
      '*Pipeline:* Contacted 2 · Interested 1 · Meeting scheduled 0 · Partnered 0 · Unresponsive 0 · Declined 0 · Not contacted 30\n:warning: 1 follow-up is overdue.',
      '*Overdue follow-ups*',
      '*Harbor Point Refining* · Contacted · Owner: Dana Reyes · Last contact Jan 4, 2027 · Follow up Jan 8, 2027 (overdue)',
      '*Interested*',
      '*Bayside Clinic* · No owner · Last contact Jan 6, 2027',
      '*Not contacted*',
      '*Coastal Staffing* · No owner · No contact logged',
    ]);
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Employer outreach', emoji: true },
    });
    expect(buttonTexts(message.blocks)).toEqual(['Show', 'Show', 'Show']);
    expect(contextTexts(message.blocks)).toEqual([
      'Your own employers only: `/bridge outreach mine`.',
    ]);
    expect(message.text).toContain('Employer outreach. *Pipeline:* Contacted 2');
  });

  it('pages a long list within the block limit', () => {
    const rows = Array.from({ length: OUTREACH_PER_MESSAGE + 1 }, (_, index) =>
      row(index, { name: hostile.repeat(10), ownerName: hostile, stage: 'contacted' }),
    );
    const message = renderOutreachPipeline({
      pipeline: pipeline(rows),
      page: { offset: 20, mine: true },
    });

    expect(checkBlocks(message.blocks, '/blocks', 50).messages).toEqual([]);
    expect(contextTexts(message.blocks)).toEqual(['Showing 21–40; press Next for more.']);
    expect(buttonTexts(message.blocks).slice(-2)).toEqual(['Previous', 'Next']);

    const next = message.blocks.at(-1);
    const values =
      next?.type === 'actions'
        ? next.elements.map((element) => (element as { value?: string }).value)
        : [];

    expect(values).toEqual(['{"offset":0,"mine":true}', '{"offset":40,"mine":true}']);
    expect(sectionTexts(message.blocks)[2]).toContain(`Owner: ${escapedHostile}`);
    expect(sectionTexts(message.blocks).join('\n')).not.toContain('<!channel>');
  });

  it('explains an empty list of my employers', () => {
    const message = renderOutreachPipeline({
      pipeline: pipeline([]),
      page: { offset: 0, mine: true },
    });

    expect(message.text).toBe(
      'You own no employer\'s outreach yet. The convener, chamber staff and district staff set owners with "Update outreach" on an employer\'s card.',
    );
  });
});

function outreach(overrides: Partial<OutreachSummary> = {}): OutreachSummary {
  return {
    stage: 'interested',
    owner: { id: uuid(9), name: 'Alicia Gomez', slackUserId: 'U0LOCAL05' },
    lastContactOn: '2027-01-08',
    nextFollowUpOn: '2027-01-10',
    followUpOverdue: true,
    contacts: {
      rows: [
        {
          id: uuid(1),
          personName: 'Dana Reyes',
          channel: 'call',
          summary: 'Asked about\nsummer interns',
          contactedOn: '2027-01-08',
        },
        {
          id: uuid(2),
          personName: null,
          channel: 'note',
          summary: hostile,
          contactedOn: '2027-01-02',
        },
      ],
      total: 7,
    },
    ...overrides,
  };
}

function capacity(overrides: Partial<CapacitySurvey> = {}): CapacitySurvey {
  return {
    interns: 2,
    apprentices: 0,
    mentors: 1,
    jobShadows: 0,
    tourGroupSize: 15,
    guestSpeakers: 0,
    equipment: null,
    seasons: ['summer', 'spring'],
    careerClusters: ['Advanced Manufacturing'],
    answeredByName: 'Marcus Lee',
    onBehalf: false,
    updatedAt: new Date('2027-01-05T15:00:00Z'),
    ...overrides,
  };
}

describe('outreachSections', () => {
  it('shows stage, owner, dates, contacts and capacity', () => {
    const blocks = outreachSections({
      employerId: uuid(5),
      outreach: outreach(),
      capacity: capacity(),
      buttons: { logContact: true, updateOutreach: false, capacitySurvey: true },
    });

    expect(sectionTexts(blocks)).toEqual([
      [
        '*Outreach*',
        '*Stage:* Interested · *Owner:* Alicia Gomez · *Last contact:* Jan 8, 2027 · *Next follow-up:* Jan 10, 2027 :warning: overdue',
        '*Recent contacts* (7)',
        '• Jan 8, 2027 · Call · Dana Reyes: Asked about summer interns',
        `• Jan 2, 2027 · Note · Someone removed: ${escapedHostile}`,
        '*Capacity:* Can offer: 2 interns, 1 mentor, tours up to 15 in spring, summer.',
      ].join('\n'),
    ]);
    expect(contextTexts(blocks)).toEqual([
      '5 earlier contacts not shown.',
      'Career clusters: Advanced Manufacturing. Answered by Marcus Lee.',
    ]);
    expect(buttonTexts(blocks)).toEqual(['Log a contact', 'Capacity survey']);
  });

  it('shows a new employer without buttons', () => {
    const blocks = outreachSections({
      employerId: uuid(5),
      outreach: outreach({
        stage: 'not_contacted',
        owner: null,
        lastContactOn: null,
        nextFollowUpOn: null,
        followUpOverdue: false,
        contacts: { rows: [], total: 0 },
      }),
      capacity: null,
      buttons: noOutreachButtons,
    });

    expect(sectionTexts(blocks)).toEqual([
      '*Outreach*\n*Stage:* Not contacted · *Owner:* none\n*Recent contacts*\nNo contacts logged yet.\n*Capacity:* Survey not answered yet.',
    ]);
    expect(blocks).toHaveLength(1);
  });

  it('keeps five long contacts within a section', () => {
    const rows = Array.from({ length: 5 }, (_, index) => ({
      id: uuid(index),
      personName: hostile.repeat(10),
      channel: 'email' as const,
      summary: hostile.repeat(40),
      contactedOn: '2027-01-08',
    }));
    const blocks = outreachSections({
      employerId: uuid(5),
      outreach: outreach({
        owner: { id: uuid(9), name: hostile.repeat(10), slackUserId: null },
        contacts: { rows, total: 5 },
      }),
      capacity: capacity({ equipment: hostile.repeat(20) }),
      buttons: { logContact: true, updateOutreach: true, capacitySurvey: true },
    });

    expect(checkBlocks(blocks, '/blocks', 50).messages).toEqual([]);
    for (const text of sectionTexts(blocks)) expect(text.length).toBeLessThan(3000);
  });
});

describe('describeCapacity', () => {
  it.each([
    [capacity({ interns: 1, mentors: 0, tourGroupSize: 0, seasons: [] }), 'Can offer: 1 intern.'],
    [
      capacity({
        interns: 0,
        mentors: 0,
        apprentices: 3,
        jobShadows: 4,
        tourGroupSize: 0,
        guestSpeakers: 2,
        equipment: 'Lathe',
        seasons: ['fall'],
      }),
      'Can offer: 3 apprentices, 4 job shadows, 2 guest speakers, equipment (Lathe) in fall.',
    ],
    [
      capacity({ interns: 0, mentors: 0, tourGroupSize: 0, seasons: ['fall'] }),
      'Nothing to offer right now.',
    ],
    [null, 'Survey not answered yet.'],
  ])('describes %#', (survey, text) => {
    expect(describeCapacity(survey)).toBe(text);
  });
});
