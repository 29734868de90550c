import { DateTime } from 'luxon';
import type { Database } from '../db/client.js';
import {
  industryNeeds,
  laborMarketFigures,
  organizations,
  people,
  programs,
} from '../db/schema/index.js';
import { coordinatesForZip } from '../domain/directory/zip-coordinates.js';
import { demoOrganizations, demoPeople } from './region.js';
import { demoCampuses } from './region-campuses.js';
import { demoEmployerContacts } from './region-employer-contacts.js';
import { demoEmployers } from './region-employers.js';
import { demoIndustryNeeds } from './region-industry-needs.js';
import {
  demoLaborMarketAsOf,
  demoLaborMarketFigures,
  demoLaborMarketSource,
} from './region-labor-market.js';
import { demoPartnerContacts } from './region-partner-contacts.js';
import { demoPrograms } from './region-programs.js';

/** Ids of the demo organizations by name, which is distinct across all demo organizations. */
export class DemoOrganizationIds {
  readonly #ids = new Map<string, string>();

  add(rows: Array<{ id: string; name: string }>): void {
    for (const row of rows) this.#ids.set(row.name, row.id);
  }

  /** Returns the id of the named organization, or throws when the demo data has no such name. */
  get(name: string): string {
    const id = this.#ids.get(name);

    if (!id) {
      throw new Error(
        `Demo organization "${name}" not found. Add it to the demo region or correct the name.`,
      );
    }

    return id;
  }
}

/**
 * Inserts the partners, employers and campuses in two statements. Campuses go second because
 * they refer to their districts.
 */
export async function insertDemoOrganizations(
  db: Database,
  partnershipId: string,
): Promise<DemoOrganizationIds> {
  const ids = new DemoOrganizationIds();
  const employers = demoEmployers.map((employer) => ({
    ...employer,
    kind: 'employer' as const,
    ...coordinatesForZip(employer.zip),
  }));

  const partnerRows = await db
    .insert(organizations)
    .values(
      [...demoOrganizations, ...employers].map((organization) => ({
        ...organization,
        partnershipId,
      })),
    )
    .returning({ id: organizations.id, name: organizations.name });
  ids.add(partnerRows);

  const campusRows = await db
    .insert(organizations)
    .values(
      demoCampuses.map(({ district, ...campus }) => ({
        ...campus,
        kind: 'campus' as const,
        partnershipId,
        parentId: ids.get(district),
      })),
    )
    .returning({ id: organizations.id, name: organizations.name });
  ids.add(campusRows);

  return ids;
}

/**
 * Inserts the Slack members of the local workspace and the contacts without a chat identity.
 * Returns the ids of the Slack members by Slack user id.
 */
export async function insertDemoPeople(
  db: Database,
  input: { partnershipId: string; organizationIds: DemoOrganizationIds; now: Date },
): Promise<Map<string, string>> {
  const { partnershipId, organizationIds, now } = input;
  const slackMembers = demoPeople.map(({ organization, ...person }) => ({
    ...person,
    partnershipId,
    organizationId: organizationIds.get(organization),
    confirmedAt: now,
  }));
  const contacts = [...demoPartnerContacts, ...demoEmployerContacts].map(
    ({ organization, confirmedDaysAgo, ...contact }) => ({
      ...contact,
      partnershipId,
      organizationId: organizationIds.get(organization),
      confirmedAt: DateTime.fromJSDate(now).minus({ days: confirmedDaysAgo }).toJSDate(),
    }),
  );

  const rows = await db
    .insert(people)
    .values([...slackMembers, ...contacts])
    .returning({ id: people.id, slackUserId: people.slackUserId });

  const slackMemberIds = new Map<string, string>();

  for (const row of rows) {
    if (row.slackUserId) slackMemberIds.set(row.slackUserId, row.id);
  }

  return slackMemberIds;
}

/** Inserts the programs of study, industry needs and labor-market figures, one statement each. */
export async function insertDemoDirectory(
  db: Database,
  input: { partnershipId: string; organizationIds: DemoOrganizationIds },
): Promise<void> {
  const { partnershipId, organizationIds } = input;

  await db.insert(programs).values(
    demoPrograms.map(({ campus, ...program }) => ({
      ...program,
      partnershipId,
      campusId: organizationIds.get(campus),
    })),
  );

  await db.insert(industryNeeds).values(
    demoIndustryNeeds.map(({ employer, ...need }) => ({
      ...need,
      partnershipId,
      employerId: organizationIds.get(employer),
    })),
  );

  await db.insert(laborMarketFigures).values(
    demoLaborMarketFigures.map((figure) => ({
      ...figure,
      partnershipId,
      source: demoLaborMarketSource,
      asOf: demoLaborMarketAsOf,
    })),
  );
}
