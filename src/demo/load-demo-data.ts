import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '../db/client.js';
import { events, opportunities, partnerships, rsvps, slackTeams } from '../db/schema/index.js';
import { insertDemoOutreach } from './demo-outreach.js';
import { insertDemoPlan } from './demo-plan.js';
import {
  insertDemoDirectory,
  insertDemoOrganizations,
  insertDemoPeople,
} from './insert-demo-directory.js';
import { demoEvents, demoOpportunities, demoPartnershipName } from './region.js';

const demoTimeZone = 'America/Chicago';
const demoConvenerSlackId = 'U0LOCAL01';

/** RSVPs to the first demo event, so its announcement starts with counts. */
const showcaseRsvps = [
  { slackUserId: 'U0LOCAL02', status: 'going' },
  { slackUserId: 'U0LOCAL03', status: 'going' },
  { slackUserId: 'U0LOCAL04', status: 'maybe' },
] as const;

/**
 * Loads the demo region for a Slack workspace that has no partnership yet. Returns false, and
 * changes nothing, when the workspace already has one.
 */
export async function loadDemoData(
  db: Database,
  input: { teamId: string; now: Date; announcementChannelId: string },
): Promise<boolean> {
  const [linked] = await db.select().from(slackTeams).where(eq(slackTeams.teamId, input.teamId));

  if (linked) return false;

  await db.transaction(async (tx) => {
    const [partnership] = await tx
      .insert(partnerships)
      .values({ name: demoPartnershipName, timeZone: demoTimeZone })
      .returning({ id: partnerships.id });

    if (!partnership) throw new Error('Inserting the demo partnership returned no row');

    const partnershipId = partnership.id;
    await tx
      .insert(slackTeams)
      .values({ teamId: input.teamId, partnershipId, teamName: demoPartnershipName });

    const organizationIds = await insertDemoOrganizations(tx, partnershipId);
    const slackMemberIds = await insertDemoPeople(tx, {
      partnershipId,
      organizationIds,
      now: input.now,
    });
    await insertDemoDirectory(tx, { partnershipId, organizationIds });

    const today = DateTime.fromJSDate(input.now, { zone: demoTimeZone }).startOf('day');
    const createdBy = slackMemberId(slackMemberIds, demoConvenerSlackId);

    await insertDemoPlan(tx, { partnershipId, slackMemberIds, today });
    await insertDemoOutreach(tx, { partnershipId, organizationIds, slackMemberIds, today });

    await tx.insert(opportunities).values(
      demoOpportunities.map(({ employer, startsInDays, lastsDays, ...opportunity }, index) => ({
        ...opportunity,
        partnershipId,
        employerId: organizationIds.get(employer),
        startsOn:
          startsInDays === undefined ? null : today.plus({ days: startsInDays }).toISODate(),
        endsOn:
          startsInDays === undefined
            ? null
            : today.plus({ days: startsInDays + (lastsDays ?? 0) }).toISODate(),
        createdBy,
        createdAt: DateTime.fromJSDate(input.now)
          .minus({ hours: index * 5 })
          .toJSDate(),
      })),
    );

    const eventRows = await tx
      .insert(events)
      .values(
        demoEvents.map(({ inDays, startTime, hours, ...event }) => {
          const start = DateTime.fromISO(
            `${today.plus({ days: inDays }).toISODate()}T${startTime}`,
            { zone: demoTimeZone },
          );

          return {
            ...event,
            partnershipId,
            startsAt: start.toJSDate(),
            endsAt: start.plus({ hours }).toJSDate(),
            createdBy,
            channelId: input.announcementChannelId,
          };
        }),
      )
      .returning({ id: events.id });

    const [showcase] = eventRows;

    if (showcase) {
      await tx.insert(rsvps).values(
        showcaseRsvps.map(({ slackUserId, status }) => ({
          eventId: showcase.id,
          personId: slackMemberId(slackMemberIds, slackUserId),
          status,
        })),
      );
    }
  });

  return true;
}

function slackMemberId(ids: Map<string, string>, slackUserId: string): string {
  const id = ids.get(slackUserId);

  if (!id) throw new Error(`Demo Slack member ${slackUserId} not found. Add it to demoPeople.`);

  return id;
}
