import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations.js';
import { partnerships } from './partnerships.js';
import { people } from './people.js';

export const opportunityTypes = [
  'internship',
  'apprenticeship',
  'mentorship',
  'job_shadow',
  'facility_tour',
  'guest_speaker',
  'equipment_donation',
  'other',
] as const;

export type OpportunityType = (typeof opportunityTypes)[number];

export const opportunityStatuses = ['open', 'filled', 'closed'] as const;

export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    type: text('type', { enum: opportunityTypes }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    careerCluster: text('career_cluster').notNull(),
    slots: integer('slots').notNull(),
    paid: boolean('paid').notNull().default(false),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    location: text('location'),
    status: text('status', { enum: opportunityStatuses }).notNull().default('open'),
    /** Pilot programs (internships, apprenticeships, mentorships) are reported as such. */
    isPilot: boolean('is_pilot').notNull().default(false),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    /** Identifies the Slack submission that created the row, so a retried request adds no twin. */
    sourceKey: text('source_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('opportunities_partnership_status_created_idx').on(
      table.partnershipId,
      table.status,
      table.createdAt,
    ),
    check('opportunities_slots_positive', sql`${table.slots} > 0`),
    check(
      'opportunities_dates_ordered',
      sql`${table.endsOn} is null or ${table.startsOn} is null or ${table.endsOn} >= ${table.startsOn}`,
    ),
    check('opportunities_title_not_blank', sql`length(trim(${table.title})) > 0`),
    check(
      'opportunities_type_valid',
      sql`${table.type} in ('internship', 'apprenticeship', 'mentorship', 'job_shadow', 'facility_tour', 'guest_speaker', 'equipment_donation', 'other')`,
    ),
    check('opportunities_status_valid', sql`${table.status} in ('open', 'filled', 'closed')`),
  ],
);
