import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const now = () => new Date('2027-01-11T15:00:00Z');
const channelId = 'C0LOCALWBL';
const convener = 'U0LOCAL01';
const educator = 'U0LOCAL04';

/** Joins the text of a message's header, sections and context lines. */
function textOf(message: StoredEphemeral): string {
  return (message.blocks ?? [])
    .flatMap((block) => {
      const parts: string[] = [];
      const text = block.text as { text?: string } | undefined;

      if (text?.text) parts.push(text.text);
      if (block.type === 'context' && Array.isArray(block.elements)) {
        for (const element of block.elements as Array<{ text?: string }>) {
          if (element.text) parts.push(element.text);
        }
      }

      return parts;
    })
    .join('\n');
}

describe.each(drivers)('nearby and share through Slack on %s', (driver) => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function command(userId: string, text: string): Promise<StoredEphemeral> {
    const before = bridge.local.store.ephemerals(userId, channelId).length;
    const sent = await bridge.local.sender.command({ userId, channelId, text: `/bridge ${text}` });

    expect(sent.status).toBe(200);

    return eventually(() => bridge.local.store.ephemerals(userId, channelId)[before]);
  }

  it('lists campuses near a campus with program differences', async () => {
    const reply = await command(convener, 'nearby port alder high 10');
    const text = textOf(reply);

    expect(reply.blocks?.[0]?.type).toBe('header');
    expect(text).toContain('Campuses near Port Alder High School');
    expect(text).toContain('2 campuses within 10.0 mi of Port Alder High School, nearest first.');
    expect(text).toContain('*Port Alder Maritime Academy* · 6.9 mi');
    expect(text).toContain('*Port Alder Career &amp; Technical Center* · 9.7 mi');
    expect(text).toContain(
      'Runs and Port Alder High School lacks: Diesel and Heavy Equipment, Electrical, HVAC and Refrigeration, Process Technology',
    );
    expect(text).toContain(
      'Port Alder High School runs and it lacks: Accounting and Financial Services, Culinary Arts, Welding',
    );
    expect(text.indexOf('Maritime Academy')).toBeLessThan(text.indexOf('Technical Center'));
    expect(text).not.toContain('Mesquite Flats');
  });

  it('uses 25 miles when no distance is typed', async () => {
    const text = textOf(await command(educator, 'nearby Port Alder High School'));

    expect(text).toContain('9 campuses within 25.0 mi of Port Alder High School');
    expect(text).toContain('*Mesquite Flats Early College High School* · 24.0 mi');
  });

  it('lists choices for an ambiguous campus', async () => {
    const text = textOf(await command(convener, 'nearby port alder 15'));

    expect(text).toContain('3 campuses match “port alder”; type one of these:');
    expect(text).toContain('`/bridge nearby Port Alder Maritime Academy 15`');
    expect(text).toContain('`/bridge nearby Port Alder High School 15`');
  });

  it('suggests find for an unknown campus', async () => {
    const text = textOf(await command(convener, 'nearby Atlantis Academy'));

    expect(text).toContain('No campus matches “Atlantis Academy”.');
    expect(text).toContain('`/bridge find Atlantis Academy`');
  });

  it('lists share candidates for a program', async () => {
    const reply = await command(convener, 'share welding 10 miles');
    const text = textOf(reply);

    expect(text).toContain('Sharing Welding');
    expect(text).toContain('Run at 1 campus: Port Alder High School.');
    expect(text).toContain('2 campuses without Welding within 10.0 mi of a campus that runs it.');
    expect(text).toContain('• *Port Alder Maritime Academy* · 6.9 mi from Port Alder High School');
    expect(text).toContain(
      '• *Port Alder Career &amp; Technical Center* · 9.7 mi from Port Alder High School',
    );
    expect(reply.text).toContain('2 campuses without Welding');
  });

  it('shows the closest program for a typo', async () => {
    const text = textOf(await command(convener, 'share weldng'));

    expect(text).toContain('Closest match for “weldng”.');
    expect(text).toContain('Sharing Welding');
  });

  it('rejects a distance out of range', async () => {
    const text = textOf(await command(convener, 'share welding 500'));

    expect(text).toContain(
      'The distance must be between 1 and 200 miles; 500 is outside that range.',
    );
  });

  it('lists both commands in help', async () => {
    const text = textOf(await command(convener, 'help'));

    expect(text).toContain('`/bridge nearby &lt;campus&gt; [miles]`');
    expect(text).toContain('`/bridge share &lt;program&gt; [miles]`');
  });
});
