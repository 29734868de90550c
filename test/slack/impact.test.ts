import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerships, people, successStories } from '../../src/db/schema/index.js';
import type { StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';
import { insertImpactRows } from '../support/impact-fixture.js';

const convener = 'U0LOCAL01';
const viewer = 'U0LOCAL02';
const channelId = 'C0LOCALWBL';
const now = () => new Date('2026-12-04T20:00:00Z');
const hostileTitle = '<script>alert(1)</script> Welding *wins*';

describe.each(drivers)('impact through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let partnershipId: string;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now, demoData: false });
    await command(convener, '/bridge help');
    await command(viewer, '/bridge help');

    const { db } = bridge.database;
    const [partnership] = await db.select().from(partnerships);
    partnershipId = partnership?.id ?? '';
    await db
      .update(partnerships)
      .set({ timeZone: 'America/Chicago' })
      .where(eq(partnerships.id, partnershipId));
    await insertImpactRows(db, partnershipId, 'Fixture');

    const [person] = await db.select().from(people).where(eq(people.slackUserId, convener));
    await db.insert(successStories).values({
      partnershipId,
      title: hostileTitle,
      story: 'Two students <b>finished</b> the internship.',
      status: 'approved',
      submittedBy: person?.id ?? null,
      decidedBy: person?.id ?? null,
      decidedAt: new Date('2026-11-10T15:00:00Z'),
    });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function command(userId: string, text: string) {
    const before = bridge.local.store.ephemerals(userId).length;
    await bridge.local.sender.command({ userId, channelId, text });

    return eventually<StoredEphemeral>(() => bridge.local.store.ephemerals(userId)[before]);
  }

  function reportLink(reply: StoredEphemeral): string {
    const match = /<(http[^|>]+\/reports\/impact\/[^|>]+)\|/.exec(JSON.stringify(reply.blocks));

    return match?.[1] ?? '';
  }

  it('shows this quarter against the last', async () => {
    const reply = await command(convener, '/bridge impact quarter');
    const text = JSON.stringify(reply.blocks);

    expect(reply.text).toBe('Impact: 2026 Q4');
    expect(text).toContain('Employers engaged: *2* (+1)');
    expect(text).toContain('Employers partnered: *1* (+1)');
    expect(text).toContain('Slots offered: *9* (+4)');
    expect(text).toContain('Events held: *2* (+1)');
    expect(text).toContain('Check-ins: *2* (+1)');
    expect(text).toContain('Average feedback (1–5): *4.5* (+1.5)');
    expect(text).toContain('Action items closed: *2* (+1)');
    expect(text).toContain('Internship: *2* of 3');
  });

  it('links the report for the convener only', async () => {
    const convenerReply = await command(convener, '/bridge impact');
    const viewerReply = await command(viewer, '/bridge impact quarter');

    expect(reportLink(convenerReply)).toContain(
      `/reports/impact/${partnershipId}/2026-Q4.html?token=`,
    );
    expect(reportLink(viewerReply)).toBe('');
    expect(JSON.stringify(viewerReply.blocks)).toContain('Employers engaged: *2*');
  });

  it('serves the report with the right token only', async () => {
    const link = reportLink(await command(convener, '/bridge impact quarter'));
    const served = await fetch(link);
    const html = await served.text();
    const wrong = await fetch(link.replace(/token=[^&]+/, 'token=wrong'));
    const otherPeriod = await fetch(link.replace('2026-Q4', '2026-Q3'));

    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('<svg');
    expect(wrong.status).toBe(404);
    expect(otherPeriod.status).toBe(404);
  });

  it('serves an escaped newsletter draft', async () => {
    const link = reportLink(await command(convener, '/bridge impact quarter'));
    const markdown = await fetch(
      link.replace('/reports/impact/', '/reports/newsletter/').replace('.html', '.md'),
    );
    const html = await fetch(link.replace('/reports/impact/', '/reports/newsletter/'));
    const markdownText = await markdown.text();
    const htmlText = await html.text();

    expect(markdown.status).toBe(200);
    expect(markdownText).toContain(
      '### &lt;script&gt;alert\\(1\\)&lt;/script&gt; Welding \\*wins\\*',
    );
    expect(markdownText).toContain('- Check-ins: **2** (+1 against 2026 Q3)');
    expect(html.status).toBe(200);
    expect(htmlText).not.toContain('<script>');
    expect(htmlText).toContain('&lt;b&gt;finished&lt;/b&gt;');
    expect(htmlText).toContain('Winter fair');
  });

  it('explains an unknown period', async () => {
    const reply = await command(convener, '/bridge impact decade');

    expect(reply.text).toContain('/bridge impact week');
  });
});
