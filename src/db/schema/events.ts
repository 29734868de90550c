import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { programs } from './directory.js';
import { organizations } from './organizations.js';
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

/** A Going on a full event becomes `waitlisted`, promoted in order when a place frees up. */
export const rsvpStatuses = ['going', 'maybe', 'not_going', 'waitlisted'] as const;

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
    /** When the feedback request went to those who checked in; set once. */
    feedbackRequestedAt: timestamp('feedback_requested_at', { withTimezone: true }),
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
    /** When the person joined the waitlist; the earliest is promoted first. */
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('rsvps_event_person_key').on(table.eventId, table.personId),
    index('rsvps_person_idx').on(table.personId),
    index('rsvps_event_waitlist_idx').on(table.eventId, table.waitlistedAt),
    check(
      'rsvps_status_valid',
      sql`${table.status} in ('going', 'maybe', 'not_going', 'waitlisted')`,
    ),
  ],
);

/** Programs or organizations with a booth at an event. */
export const eventBooths = pgTable(
  'event_booths',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    programId: uuid('program_id').references(() => programs.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, {
      onDelete: 'cascade',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('event_booths_program_key').on(table.eventId, table.programId),
    uniqueIndex('event_booths_organization_key').on(table.eventId, table.organizationId),
    check(
      'event_booths_one_holder',
      sql`(${table.programId} is null) <> (${table.organizationId} is null)`,
    ),
  ],
);

/** After an event, attendees rate it 1 to 5 with an optional comment; one answer per person. */
export const eventFeedback = pgTable(
  'event_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    rating: smallint('rating').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('event_feedback_person_key').on(table.eventId, table.personId),
    check('event_feedback_rating_valid', sql`${table.rating} between 1 and 5`),
  ],
);
