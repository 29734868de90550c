import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '../db/client.js';
import {
  events,
  opportunities,
  organizations,
  partnerships,
  people,
  rsvps,
  slackTeams,
} from '../db/schema/index.js';
import {
  demoEvents,
  demoOpportunities,
  demoOrganizations,
  demoPartnershipName,
  demoPeople,
} from './region.js';

const demoTimeZone = 'America/Chicago';

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

    const orgRows = await tx
      .insert(organizations)
      .values(demoOrganizations.map((organization) => ({ ...organization, partnershipId })))
      .returning({ id: organizations.id, name: organizations.name });
    const orgId = new Map(orgRows.map((row) => [row.name, row.id]));

    const personRows = await tx
      .insert(people)
      .values(
        demoPeople.map(({ organization, ...person }) => ({
          ...person,
          partnershipId,
          organizationId: orgId.get(organization),
          confirmedAt: input.now,
        })),
      )
      .returning({ id: people.id });

    const today = DateTime.fromJSDate(input.now, { zone: demoTimeZone }).startOf('day');
    const createdBy = personRows[0]?.id;

    await tx.insert(opportunities).values(
      demoOpportunities.map(({ employer, startsInDays, lastsDays, ...opportunity }, index) => ({
        ...opportunity,
        partnershipId,
        employerId: orgId.get(employer) ?? '',
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

    const showcase = eventRows[0];

    if (showcase && personRows.length >= 4) {
      await tx.insert(rsvps).values([
        { eventId: showcase.id, personId: personRows[1]?.id ?? '', status: 'going' },
        { eventId: showcase.id, personId: personRows[2]?.id ?? '', status: 'going' },
        { eventId: showcase.id, personId: personRows[3]?.id ?? '', status: 'maybe' },
      ]);
    }
  });

  return true;
}
