import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations.js';
import { partnerships } from './partnerships.js';

export const personRoles = [
  'convener',
  'chamber',
  'district',
  'employer',
  'educator',
  'viewer',
] as const;

export type PersonRole = (typeof personRoles)[number];

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    displayName: text('display_name').notNull(),
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    slackUserId: text('slack_user_id'),
    teamsUserId: text('teams_user_id'),
    role: text('role', { enum: personRoles }).notNull().default('viewer'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('people_partnership_slack_user_key').on(table.partnershipId, table.slackUserId),
    uniqueIndex('people_partnership_email_key')
      .on(table.partnershipId, sql`lower(${table.email})`)
      .where(sql`${table.email} is not null`),
    uniqueIndex('people_partnership_teams_user_key').on(table.partnershipId, table.teamsUserId),
    index('people_organization_idx').on(table.organizationId),
    index('people_organization_name_idx').on(
      table.partnershipId,
      table.organizationId,
      sql`lower(${table.displayName})`,
    ),
    check(
      'people_role_valid',
      sql`${table.role} in ('convener', 'chamber', 'district', 'employer', 'educator', 'viewer')`,
    ),
  ],
);
