import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const partnerships = pgTable('partnerships', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('America/Chicago'),
  /** Days after a contact's last confirmation when it is shown as stale. */
  contactStaleAfterDays: integer('contact_stale_after_days').notNull().default(365),
  /** Days an employer has to answer a meeting invitation before its contact goes to the district. */
  meetingResponseDays: integer('meeting_response_days').notNull().default(5),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Slack workspaces linked to a partnership; a workspace belongs to one partnership. */
export const slackTeams = pgTable(
  'slack_teams',
  {
    teamId: text('team_id').primaryKey(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    teamName: text('team_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('slack_teams_team_id_not_blank', sql`length(${table.teamId}) > 0`)],
);
