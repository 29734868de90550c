import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { partnerships } from './partnerships.js';
import { people } from './people.js';

/** Kinds of message Bridge sends on a schedule. */
export const deliveryKinds = [
  'channel_digest',
  'role_digest',
  'event_reminder',
  'action_item_reminder',
  'follow_up_nudge',
] as const;

export type DeliveryKind = (typeof deliveryKinds)[number];

export const deliveryStatuses = ['claimed', 'sent', 'failed'] as const;

/**
 * One row per message Bridge means to send on a schedule, claimed before it is sent. The unique
 * key (partnership, kind, period, recipient) makes each message go out once, however many
 * instances or ticks try: only the one whose insert succeeds sends.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: deliveryKinds }).notNull(),
    /** The period the message covers, such as `2027-W11` or `2027-03-14` or an event id and day. */
    period: text('period').notNull(),
    /** A channel id, or a person's id for direct messages. */
    recipient: text('recipient').notNull(),
    status: text('status', { enum: deliveryStatuses }).notNull().default('claimed'),
    attempts: integer('attempts').notNull().default(0),
    /** When a claimed or failed delivery may be tried again. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastError: text('last_error'),
    /** Channel and ts of what was sent, so a thread can follow. */
    channelId: text('channel_id'),
    messageTs: text('message_ts'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('deliveries_once_key').on(
      table.partnershipId,
      table.kind,
      table.period,
      table.recipient,
    ),
    index('deliveries_retry_idx').on(table.status, table.nextAttemptAt),
    check(
      'deliveries_kind_valid',
      sql`${table.kind} in ('channel_digest', 'role_digest', 'event_reminder', 'action_item_reminder', 'follow_up_nudge')`,
    ),
    check('deliveries_status_valid', sql`${table.status} in ('claimed', 'sent', 'failed')`),
  ],
);

/** A person's choice for one kind of scheduled message: off, or snoozed until a time. */
export const deliveryPreferences = pgTable(
  'delivery_preferences',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: deliveryKinds }).notNull(),
    off: boolean('off').notNull().default(false),
    snoozedUntil: timestamp('snoozed_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('delivery_preferences_person_kind_key').on(table.personId, table.kind)],
);

/** Key figures of each weekly digest, so the next one compares against last week. */
export const digestFigures = pgTable(
  'digest_figures',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    /** The ISO week of the digest, such as `2027-W11`. */
    period: text('period').notNull(),
    figures: jsonb('figures').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('digest_figures_period_key').on(table.partnershipId, table.period)],
);
