import { sql } from 'drizzle-orm';
import {
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations.js';
import { partnerships } from './partnerships.js';
import { people } from './people.js';

export const auditActions = ['create', 'update', 'delete'] as const;

/** Change records: the person, the row before and after, and the time. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    /** The person who made the change; null for imports and jobs. */
    actorPersonId: uuid('actor_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** Source of the change, such as 'slack' or 'import'. */
    channel: text('channel').notNull(),
    action: text('action', { enum: auditActions }).notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('audit_log_entity_idx').on(table.partnershipId, table.entityType, table.entityId),
    check('audit_log_action_valid', sql`${table.action} in ('create', 'update', 'delete')`),
  ],
);

export const roleRequestStatuses = ['pending', 'approved', 'rejected'] as const;

/** A person's request to be linked to an organization with a role, decided by the convener. */
export const roleRequests = pgTable(
  'role_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    requestedRole: text('requested_role').notNull(),
    status: text('status', { enum: roleRequestStatuses }).notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => people.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('role_requests_one_pending_key')
      .on(table.personId)
      .where(sql`${table.status} = 'pending'`),
    check(
      'role_requests_status_valid',
      sql`${table.status} in ('pending', 'approved', 'rejected')`,
    ),
  ],
);
