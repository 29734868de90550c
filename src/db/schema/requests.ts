import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { programs } from './directory.js';
import { organizations } from './organizations.js';
import { partnerships } from './partnerships.js';
import { people } from './people.js';

/** Kinds of help an educator can request for a program. */
export const wblRequestKinds = ['guest_speaker', 'facility_tour', 'mentor', 'equipment'] as const;

export type WblRequestKind = (typeof wblRequestKinds)[number];

export const wblRequestStatuses = ['open', 'sent', 'accepted', 'fulfilled', 'cancelled'] as const;

/** An educator's request for a guest speaker, a tour, a mentor or equipment for a program. */
export const wblRequests = pgTable(
  'wbl_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    requesterPersonId: uuid('requester_person_id').references(() => people.id, {
      onDelete: 'set null',
    }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: wblRequestKinds }).notNull(),
    details: text('details').notNull(),
    /** Students in the group, for tours and speakers. */
    groupSize: integer('group_size'),
    neededBy: date('needed_by', { mode: 'string' }),
    status: text('status', { enum: wblRequestStatuses }).notNull().default('open'),
    sourceKey: text('source_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('wbl_requests_partnership_status_idx').on(table.partnershipId, table.status),
    check(
      'wbl_requests_kind_valid',
      sql`${table.kind} in ('guest_speaker', 'facility_tour', 'mentor', 'equipment')`,
    ),
    check(
      'wbl_requests_status_valid',
      sql`${table.status} in ('open', 'sent', 'accepted', 'fulfilled', 'cancelled')`,
    ),
    check('wbl_requests_group_positive', sql`${table.groupSize} is null or ${table.groupSize} > 0`),
  ],
);

export const requestOfferStatuses = ['pending', 'accepted', 'declined'] as const;

/** A request sent to one employer, with its answer. */
export const requestOffers = pgTable(
  'request_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => wblRequests.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    sentBy: uuid('sent_by').references(() => people.id, { onDelete: 'set null' }),
    status: text('status', { enum: requestOfferStatuses }).notNull().default('pending'),
    respondedBy: uuid('responded_by').references(() => people.id, { onDelete: 'set null' }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('request_offers_request_employer_key').on(table.requestId, table.employerId),
    check(
      'request_offers_status_valid',
      sql`${table.status} in ('pending', 'accepted', 'declined')`,
    ),
  ],
);

export const donationStatuses = [
  'offered',
  'accepted',
  'scheduled',
  'delivered',
  'declined',
] as const;

export type DonationStatus = (typeof donationStatuses)[number];

/** Equipment an employer donates, tracked from offer to delivery. */
export const equipmentDonations = pgTable(
  'equipment_donations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    programId: uuid('program_id').references(() => programs.id, { onDelete: 'set null' }),
    requestId: uuid('request_id').references(() => wblRequests.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull().default(1),
    status: text('status', { enum: donationStatuses }).notNull().default('offered'),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('equipment_donations_partnership_status_idx').on(table.partnershipId, table.status),
    check('equipment_donations_quantity_positive', sql`${table.quantity} > 0`),
    check(
      'equipment_donations_status_valid',
      sql`${table.status} in ('offered', 'accepted', 'scheduled', 'delivered', 'declined')`,
    ),
  ],
);
