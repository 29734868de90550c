import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  check,
  index,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
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

/** Employee-count bands for employers. */
export const employerSizes = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;

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
    /** The district a campus belongs to. */
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id, {
      onDelete: 'set null',
    }),
    size: text('size', { enum: employerSizes }),
    address: text('address'),
    zip: text('zip'),
    latitude: numeric('latitude', { precision: 9, scale: 6 }),
    longitude: numeric('longitude', { precision: 9, scale: 6 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
    check(
      'organizations_size_valid',
      sql`${table.size} is null or ${table.size} in ('1-9', '10-49', '50-249', '250-999', '1000+')`,
    ),
    check('organizations_zip_format', sql`${table.zip} is null or ${table.zip} ~ '^[0-9]{5}$'`),
    check(
      'organizations_coordinates_valid',
      sql`(${table.latitude} is null) = (${table.longitude} is null) and (${table.latitude} is null or (${table.latitude} between -90 and 90 and ${table.longitude} between -180 and 180))`,
    ),
    index('organizations_parent_idx').on(table.parentId),
  ],
);
