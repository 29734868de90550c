import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const partnerships = pgTable('partnerships', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('America/Chicago'),
  /** Days after a contact's last confirmation when it is shown as stale. */
  contactStaleAfterDays: integer('contact_stale_after_days').notNull().default(365),
  /** Days an employer has to respond to a meeting invitation before its contact goes to the district. */
  meetingResponseDays: integer('meeting_response_days').notNull().default(5),
  /** Channel of the weekly digest; null means no channel digest. */
  digestChannelId: text('digest_channel_id'),
  /** ISO weekday of the digest, 1 (Monday) to 7 (Sunday). */
  digestWeekday: integer('digest_weekday').notNull().default(1),
  /** Local time of the digest, HH:MM in the partnership's time zone. */
  digestTime: text('digest_time').notNull().default('08:00'),
  /** ISO weekday a digest week starts on, 1 (Monday) to 7 (Sunday). */
  weekStartsOn: integer('week_starts_on').notNull().default(1),
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
