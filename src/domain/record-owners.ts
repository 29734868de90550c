import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { industryNeeds, organizations, people, programs } from '../db/schema/index.js';
import type { RecordOwners } from './access.js';

export type OwnedRecord = 'employer' | 'program' | 'contact' | 'need';

const parents = alias(organizations, 'parent_organizations');

/**
 * Returns the organizations a directory record belongs to, for the access rules, or undefined
 * when the partnership has no such record. A campus's records also belong to its district.
 */
export async function findRecordOwners(
  db: Database,
  input: { partnershipId: string; record: OwnedRecord; id: string },
): Promise<RecordOwners | undefined> {
  if (!isUuid(input.id)) return undefined;

  switch (input.record) {
    case 'employer': {
      const [row] = await db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(
          and(
            eq(organizations.partnershipId, input.partnershipId),
            eq(organizations.id, input.id),
            eq(organizations.kind, 'employer'),
          ),
        );

      return row && { description: row.name, organizationIds: [row.id] };
    }
    case 'program': {
      const [row] = await db
        .select({ name: programs.name, campusId: programs.campusId, districtId: parents.id })
        .from(programs)
        .innerJoin(organizations, eq(organizations.id, programs.campusId))
        .leftJoin(parents, eq(parents.id, organizations.parentId))
        .where(and(eq(programs.partnershipId, input.partnershipId), eq(programs.id, input.id)));

      return (
        row && {
          description: `the program ${row.name}`,
          organizationIds: present([row.campusId, row.districtId]),
        }
      );
    }
    case 'contact': {
      const [row] = await db
        .select({
          name: people.displayName,
          organizationId: people.organizationId,
          parentId: organizations.parentId,
        })
        .from(people)
        .leftJoin(organizations, eq(organizations.id, people.organizationId))
        .where(and(eq(people.partnershipId, input.partnershipId), eq(people.id, input.id)));

      return (
        row && {
          description: `${row.name}'s contact details`,
          organizationIds: present([row.organizationId, row.parentId]),
          personId: input.id,
        }
      );
    }
    case 'need': {
      const [row] = await db
        .select({
          occupation: industryNeeds.occupationTitle,
          employerId: industryNeeds.employerId,
          employer: organizations.name,
        })
        .from(industryNeeds)
        .innerJoin(organizations, eq(organizations.id, industryNeeds.employerId))
        .where(
          and(eq(industryNeeds.partnershipId, input.partnershipId), eq(industryNeeds.id, input.id)),
        );

      return (
        row && {
          description: `${row.employer}'s need for ${row.occupation}`,
          organizationIds: [row.employerId],
        }
      );
    }
  }
}

function present(ids: Array<string | null>): string[] {
  return ids.filter((id): id is string => id !== null);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID; anything else could not name a row and would make Postgres raise. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
