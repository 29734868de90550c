import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { outreachStages } from './coordination.js';
import { organizations } from './organizations.js';
import { partnerships } from './partnerships.js';
import { people } from './people.js';

export const meetingKinds = [
  'steering_committee',
  'introduction',
  'employer_alignment',
  'educator_session',
  'other',
] as const;

export type MeetingKind = (typeof meetingKinds)[number];

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: meetingKinds }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** A place or a link. */
    location: text('location'),
    /** The school district the meeting concerns; unanswered employers are handed to its CTE contact. */
    districtId: uuid('district_id').references(() => organizations.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    sourceKey: text('source_key').unique(),
    /** The organizer's copy of the meeting, with response counts and "Record outcome", once sent. */
    channelId: text('channel_id'),
    messageTs: text('message_ts'),
    /**
     * The secret part of the meeting's calendar link: 244 random bits from two UUIDs, so that
     * nobody outside the meeting's partnership can guess the link of another meeting.
     */
    calendarToken: text('calendar_token')
      .notNull()
      .unique()
      .default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('meetings_partnership_starts_idx').on(table.partnershipId, table.startsAt),
    check('meetings_times_ordered', sql`${table.endsAt} > ${table.startsAt}`),
    check('meetings_title_not_blank', sql`length(trim(${table.title})) > 0`),
    check(
      'meetings_kind_valid',
      sql`${table.kind} in ('steering_committee', 'introduction', 'employer_alignment', 'educator_session', 'other')`,
    ),
  ],
);

export const inviteResponses = ['pending', 'accepted', 'declined'] as const;

export type InviteResponse = (typeof inviteResponses)[number];

/** People invited to a meeting, directly or through their organization. */
export const meetingInvitees = pgTable(
  'meeting_invitees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Set when the person was invited as part of a whole organization. */
    organizationId: uuid('organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    response: text('response', { enum: inviteResponses }).notNull().default('pending'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    /** The direct message with Accept and Decline, once sent. */
    channelId: text('channel_id'),
    messageTs: text('message_ts'),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('meeting_invitees_person_key').on(table.meetingId, table.personId),
    index('meeting_invitees_person_idx').on(table.personId),
    check(
      'meeting_invitees_response_valid',
      sql`${table.response} in ('pending', 'accepted', 'declined')`,
    ),
  ],
);

/** The outcome of a meeting: attendance, summary and decisions; one per meeting. */
export const meetingOutcomes = pgTable('meeting_outcomes', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  partnershipId: uuid('partnership_id')
    .notNull()
    .references(() => partnerships.id, { onDelete: 'cascade' }),
  attendeeIds: uuid('attendee_ids').array().notNull().default(sql`'{}'::uuid[]`),
  summary: text('summary').notNull(),
  decisions: text('decisions'),
  /** The employer whose outreach stage the outcome moved, and to which stage. */
  employerId: uuid('employer_id').references(() => organizations.id, { onDelete: 'set null' }),
  employerStage: text('employer_stage', { enum: outreachStages }),
  /** The Slack message an outcome was started from, as a permalink or channel and ts. */
  sourceMessage: text('source_message'),
  recordedBy: uuid('recorded_by').references(() => people.id, { onDelete: 'set null' }),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const actionItemStatuses = ['open', 'done'] as const;

/** Follow-up work from meetings, shown on the owner's Home tab. */
export const actionItems = pgTable(
  'action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    ownerPersonId: uuid('owner_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status', { enum: actionItemStatuses }).notNull().default('open'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('action_items_owner_status_idx').on(table.ownerPersonId, table.status),
    check('action_items_status_valid', sql`${table.status} in ('open', 'done')`),
    check('action_items_description_not_blank', sql`length(trim(${table.description})) > 0`),
  ],
);

/**
 * Employers that did not answer a meeting invitation in time, handed to the district's CTE
 * contact. The unique key makes each handoff happen once.
 */
export const employerHandoffs = pgTable(
  'employer_handoffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    districtId: uuid('district_id').references(() => organizations.id, { onDelete: 'set null' }),
    /** The district's CTE contact who received the employer's details; null when none was found. */
    sentToPersonId: uuid('sent_to_person_id').references(() => people.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('employer_handoffs_meeting_employer_key').on(table.meetingId, table.employerId),
  ],
);
