import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '../../db/client.js';
import { actionItems, meetings, people } from '../../db/schema/index.js';
import { listPartnershipsPastTime } from './local-day.js';
import { receivesReminder } from './preferences.js';

/** Local time from which the day's action item reminders go out. */
export const ACTION_ITEM_REMINDER_TIME = '08:00';

/** Open action items due within this many days of today, or overdue, are reminded of. */
export const ACTION_ITEM_DUE_SOON_DAYS = 2;

export interface RemindedActionItem {
  id: string;
  description: string;
  dueOn: string;
  meetingTitle: string | null;
}

/** One owner's reminder for one local day, with every item due soon or overdue. */
export interface DueActionItemReminder {
  partnershipId: string;
  /** The partnership's local date, which is also the delivery period. */
  today: string;
  personId: string;
  slackUserId: string;
  items: RemindedActionItem[];
}

/**
 * Lists, for each partnership whose local time is past ACTION_ITEM_REMINDER_TIME, the owners of
 * open action items due by today plus ACTION_ITEM_DUE_SOON_DAYS (overdue ones included), with
 * their items, oldest due date first. Owners without a Slack id, or who turned these reminders
 * off or snoozed them, are left out.
 */
export async function listDueActionItemReminders(
  db: Database,
  now: Date,
): Promise<DueActionItemReminder[]> {
  const days = await listPartnershipsPastTime(db, now, ACTION_ITEM_REMINDER_TIME);
  const reminders: DueActionItemReminder[] = [];

  for (const day of days) {
    const dueBy = DateTime.fromISO(day.today).plus({ days: ACTION_ITEM_DUE_SOON_DAYS }).toISODate();
    const rows = await db
      .select({
        id: actionItems.id,
        description: actionItems.description,
        dueOn: actionItems.dueOn,
        meetingTitle: meetings.title,
        personId: people.id,
        slackUserId: people.slackUserId,
      })
      .from(actionItems)
      .innerJoin(people, eq(people.id, actionItems.ownerPersonId))
      .leftJoin(meetings, eq(meetings.id, actionItems.meetingId))
      .where(
        and(
          eq(actionItems.partnershipId, day.partnershipId),
          eq(actionItems.status, 'open'),
          lte(actionItems.dueOn, dueBy ?? day.today),
          isNotNull(people.slackUserId),
          receivesReminder(people.id, 'action_item_reminder', now),
        ),
      )
      .orderBy(asc(people.id), asc(actionItems.dueOn), asc(actionItems.createdAt));

    reminders.push(...groupByOwner(day, rows));
  }

  return reminders;
}

interface ActionItemRow extends Omit<RemindedActionItem, 'dueOn'> {
  dueOn: string | null;
  personId: string;
  slackUserId: string | null;
}

function groupByOwner(
  day: { partnershipId: string; today: string },
  rows: ActionItemRow[],
): DueActionItemReminder[] {
  const byOwner = new Map<string, DueActionItemReminder>();

  for (const { personId, slackUserId, dueOn, ...item } of rows) {
    if (!slackUserId || !dueOn) continue;

    const reminder = byOwner.get(personId) ?? {
      partnershipId: day.partnershipId,
      today: day.today,
      personId,
      slackUserId,
      items: [],
    };
    reminder.items.push({ ...item, dueOn });
    byOwner.set(personId, reminder);
  }

  return [...byOwner.values()];
}
