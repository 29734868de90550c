import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    slackUserId: text('slack_user_id'),
    role: text('role', { enum: personRoles }).notNull().default('viewer'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('people_partnership_slack_user_key').on(table.partnershipId, table.slackUserId),
    check(
      'people_role_valid',
      sql`${table.role} in ('convener', 'chamber', 'district', 'employer', 'educator', 'viewer')`,
    ),
  ],
);
