import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partnerships } from './partnerships.js';

export const organizationKinds = [
  'chamber',
  'school_district',
  'campus',
  'workforce_board',
  'employer',
  'college',
  'community_organization',
] as const;

export type OrganizationKind = (typeof organizationKinds)[number];

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: organizationKinds }).notNull(),
    name: text('name').notNull(),
    naicsCode: text('naics_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('organizations_partnership_kind_name_key').on(
      table.partnershipId,
      table.kind,
      sql`lower(${table.name})`,
    ),
    index('organizations_partnership_kind_idx').on(table.partnershipId, table.kind),
    check(
      'organizations_kind_valid',
      sql`${table.kind} in ('chamber', 'school_district', 'campus', 'workforce_board', 'employer', 'college', 'community_organization')`,
    ),
    check('organizations_name_not_blank', sql`length(trim(${table.name})) > 0`),
    check(
      'organizations_naics_code_format',
      sql`${table.naicsCode} is null or ${table.naicsCode} ~ '^[0-9]{2,6}$'`,
    ),
  ],
);
