import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { planPhases, wblTypes } from '../../../../src/db/schema/index.js';
import type { RoleDigest } from '../../../../src/domain/digest/role-digest.js';
import type { Digest, DigestFigures, Listed } from '../../../../src/domain/digest/types.js';
import { actionIds } from '../../../../src/slack/ids.js';
import { blockKitLimits } from '../../../../src/slack/limits.js';
import { phaseLines, renderChannelDigest } from '../../../../src/slack/messages/digest.js';
import { digestLimits, splitLongText } from '../../../../src/slack/messages/digest-layout.js';
import type { SlackMessage } from '../../../../src/slack/messages/help.js';
import { renderRoleDigest } from '../../../../src/slack/messages/role-digest.js';

const figures: DigestFigures = {
  employersEngaged: 12,
  openOpportunities: 7,
  openSlots: 40,
  upcomingEvents: 3,
  programs: 30,
  wbl: Object.fromEntries(
    wblTypes.map((type) => [type, { offering: 2, lacking: 5 }]),
  ) as DigestFigures['wbl'],
};

function listed<Entry>(entries: Entry[], total = entries.length): Listed<Entry> {
  return { entries, total };
}

function id(index: number): string {
  return `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

/** Builds a digest with `count` entries in every list. */
function digestOf(count: number): Digest {
  const range = Array.from({ length: count }, (_, index) => index + 1);

  return {
    partnershipId: id(0),
    partnershipName: 'Gulf Bend',
    timeZone: 'America/Chicago',
    week: {
      start: new Date('2027-03-08T06:00:00Z'),
      until: new Date('2027-03-15T05:00:00Z'),
      end: new Date('2027-03-15T13:00:00Z'),
      period: '2027-W11',
      previousPeriod: '2027-W10',
      today: '2027-03-15',
    },
    phases: planPhases.map((phase) => ({ phase, done: 3, total: 6, blocked: 0, moved: [] })),
    added: {
      organizations: listed(
        range.map((n) => ({ id: id(n), name: `Employer number ${n}`, kind: 'employer' as const })),
      ),
      opportunities: listed(
        range.map((n) => ({
          id: id(n),
          title: `Opportunity number ${n} with a fairly long title to fill the line`,
          employerName: `Employer number ${n}`,
          type: 'internship',
          slots: 2,
        })),
      ),
      programs: listed([]),
      committeeSeats: listed([]),
    },
    upcomingEvents: listed(
      range.map((n) => ({
        id: id(n),
        title: `Event number ${n}`,
        kind: 'career_fair',
        startsAt: new Date('2027-03-16T14:00:00Z'),
        endsAt: new Date('2027-03-16T17:00:00Z'),
        capacity: null,
        going: n,
        maybe: 1,
        waitlisted: 0,
        booths: 2,
      })),
    ),
    meetings: listed(
      range.map((n) => ({
        id: id(n),
        title: `Meeting number ${n}`,
        startsAt: new Date('2027-03-10T15:00:00Z'),
        summary: `Summary of meeting ${n}. `.repeat(20),
        decisions: null,
      })),
    ),
    actionItems: listed([]),
    awaitingFollowUp: listed([]),
    wentUnresponsive: listed([]),
    story: { id: id(1), title: 'Welders hired', story: 'word '.repeat(1500) },
    figures,
    previousFigures: { ...figures, employersEngaged: 9 },
    pipeline: {
      not_contacted: 1,
      contacted: 2,
      interested: 3,
      meeting_scheduled: 4,
      partnered: 5,
      declined: 6,
      unresponsive: 7,
    },
    openRequests: listed([]),
    programGaps: [],
    decisions: { roleRequests: listed([]), stories: listed([]), blockedTasks: listed([]) },
  };
}

function blockTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((block) => {
    const text = (block as { text?: { text?: string } }).text?.text;
    const elements = (block as { elements?: Array<{ text?: unknown }> }).elements ?? [];
    const contextTexts = elements
      .map((element) => element.text)
      .filter((value): value is string => typeof value === 'string');

    return text ? [text, ...contextTexts] : contextTexts;
  });
}

function allText(messages: SlackMessage[]): string {
  return messages.flatMap(blockTexts).join('\n');
}

describe('renderChannelDigest', () => {
  it('fits a short digest in one message', () => {
    const messages = renderChannelDigest(digestOf(2));

    expect(messages).toHaveLength(1);
    expect(messages[0]?.text).toContain('Weekly digest: Gulf Bend');
    expect(messages[0]?.text).toContain('Employers engaged: 12 (+3)');
  });

  it('splits a long digest into a thread', () => {
    expect(renderChannelDigest(digestOf(100)).length).toBeGreaterThan(1);
  });

  it('keeps every message within the limits', () => {
    for (const message of renderChannelDigest(digestOf(100))) {
      const texts = blockTexts(message);

      expect(message.blocks.length).toBeLessThanOrEqual(digestLimits.blocksPerMessage);
      expect(Math.max(...texts.map((text) => text.length))).toBeLessThanOrEqual(
        digestLimits.sectionText,
      );
      expect(texts.join('').length).toBeLessThanOrEqual(digestLimits.messageText + 200);
    }
  });

  it('loses no item when it splits', () => {
    const text = allText(renderChannelDigest(digestOf(100)));

    for (let n = 1; n <= 100; n += 1) {
      expect(text).toContain(`Opportunity number ${n} with`);
      expect(text).toContain(`*Event number ${n}*`);
      expect(text).toContain(`*Meeting number ${n}*`);
    }

    expect(text.match(/word/g)).toHaveLength(1500);
  });

  it('gives every message fallback text', () => {
    const messages = renderChannelDigest(digestOf(100));

    for (const message of messages) expect(message.text.trim().length).toBeGreaterThan(0);
    expect(messages[1]?.text).toContain(`continued (2 of ${messages.length})`);
  });

  it('says how many entries a capped list left out', () => {
    const digest = digestOf(3);
    digest.upcomingEvents.total = 250;

    expect(allText(renderChannelDigest(digest))).toContain('…and 247 more: `/bridge events`');
  });

  it('keeps a long partnership name within the header limit', () => {
    const digest = { ...digestOf(2), partnershipName: 'Gulf Bend '.repeat(20).trim() };
    const [message] = renderChannelDigest(digest);
    const header = message?.blocks[0];
    const headerText = header?.type === 'header' ? header.text.text : '';

    expect(header?.type).toBe('header');
    expect(Array.from(headerText).length).toBeLessThanOrEqual(blockKitLimits.headerText);
    expect(message?.text).toContain(digest.partnershipName);
  });

  it('repeats a section title where it goes on', () => {
    const text = allText(renderChannelDigest(digestOf(100)));

    expect(text).toMatch(/\(continued\)\*/);
  });
});

describe('phaseLines', () => {
  it('draws the bar and the moved tasks', () => {
    const lines = phaseLines({
      phase: 'establishment',
      done: 3,
      total: 6,
      blocked: 1,
      moved: [{ id: id(1), title: 'Seat the committee', from: 'in_progress', to: 'done' }],
    });

    expect(lines).toEqual([
      '`▓▓▓░░░ 3/6` Phase 1: Establishment, 1 blocked',
      '      ↳ Seat the committee: In progress → Done',
    ]);
  });
});

describe('splitLongText', () => {
  it('splits between words and keeps every word', () => {
    const text = Array.from({ length: 500 }, (_, index) => `w${index}`).join(' ');
    const pieces = splitLongText(text, 100);

    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(100);
    expect(pieces.join(' ')).toBe(text);
  });
});

describe('renderRoleDigest', () => {
  const reader = {
    id: id(5),
    name: 'Alicia Gomez',
    role: 'chamber' as const,
    organizationId: null,
    slackUserId: 'U5',
  };

  it('shows the chamber the employer pipeline', () => {
    const roleDigest: RoleDigest = { role: 'chamber', reader, digest: digestOf(2) };
    const text = allText(renderRoleDigest(roleDigest));

    expect(text).toContain('Partnered: 5');
    expect(text).toContain('Unresponsive: 7');
  });

  it('ends with a Turn off button and has fallback text', () => {
    const messages = renderRoleDigest({ role: 'chamber', reader, digest: digestOf(2) });
    const last = messages.at(-1);
    const actions = last?.blocks.filter((block: KnownBlock) => block.type === 'actions');

    expect(JSON.stringify(actions)).toContain(actionIds.digestTurnOff);
    for (const message of messages) expect(message.text.length).toBeGreaterThan(0);
  });
});
