import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { partnerships } from './partnerships.js';
import { people } from './people.js';

export const eventKinds = [
  'career_fair',
  'wbl_showcase',
  'guest_speaker',
  'facility_tour',
  'educator_session',
  'chamber_member_session',
  'other',
] as const;

export type EventKind = (typeof eventKinds)[number];

export const rsvpStatuses = ['going', 'maybe', 'not_going'] as const;

export type RsvpStatus = (typeof rsvpStatuses)[number];

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: eventKinds }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    venue: text('venue'),
    capacity: integer('capacity'),
    description: text('description'),
    /** Channel and message of the announcement, once it is posted. */
    channelId: text('channel_id'),
    messageTs: text('message_ts'),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    sourceKey: text('source_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('events_partnership_starts_idx').on(table.partnershipId, table.startsAt),
    check('events_times_ordered', sql`${table.endsAt} > ${table.startsAt}`),
    check('events_capacity_positive', sql`${table.capacity} is null or ${table.capacity} > 0`),
    check('events_title_not_blank', sql`length(trim(${table.title})) > 0`),
    check(
      'events_kind_valid',
      sql`${table.kind} in ('career_fair', 'wbl_showcase', 'guest_speaker', 'facility_tour', 'educator_session', 'chamber_member_session', 'other')`,
    ),
  ],
);

/** One RSVP per person per event; a second RSVP replaces the first. */
export const rsvps = pgTable(
  'rsvps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: rsvpStatuses }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('rsvps_event_person_key').on(table.eventId, table.personId),
    index('rsvps_person_idx').on(table.personId),
    check('rsvps_status_valid', sql`${table.status} in ('going', 'maybe', 'not_going')`),
  ],
);
