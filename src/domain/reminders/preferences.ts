import type { SQL } from 'drizzle-orm';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import type { DeliveryKind } from '../../db/schema/index.js';
import { deliveryPreferences } from '../../db/schema/index.js';
import { recordChange } from '../audit.js';

/** Scheduled direct messages that remind a person of something. Each kind can be snoozed or turned off. */
export const reminderKinds = [
  'event_reminder',
  'action_item_reminder',
  'follow_up_nudge',
] as const satisfies readonly DeliveryKind[];

export type ReminderKind = (typeof reminderKinds)[number];

/** How long "Snooze a week" pauses one kind of reminder. */
export const SNOOZE_MS = 7 * 24 * 60 * 60 * 1000;

/** A person's setting for one kind of reminder. */
export interface ReminderSetting {
  kind: ReminderKind;
  off: boolean;
  /** Set while a snooze lasts; a snooze that ended reads as undefined. */
  snoozedUntil: Date | undefined;
}

export type ReminderChange = 'on' | 'off' | 'snooze';

export function isReminderKind(value: string): value is ReminderKind {
  return (reminderKinds as readonly string[]).includes(value);
}

/** Lists a person's setting for every reminder kind, in reminderKinds order. */
export async function listReminderSettings(
  db: Database,
  personId: string,
  now: Date,
): Promise<ReminderSetting[]> {
  const rows = await db
    .select()
    .from(deliveryPreferences)
    .where(eq(deliveryPreferences.personId, personId));

  return reminderKinds.map((kind) => {
    const row = rows.find((candidate) => candidate.kind === kind);
    const snoozed = row?.snoozedUntil && row.snoozedUntil > now ? row.snoozedUntil : undefined;

    return { kind, off: row?.off ?? false, snoozedUntil: snoozed };
  });
}

/**
 * Turns one kind of reminder on or off for a person, or snoozes it for SNOOZE_MS from `now`,
 * and records the change in the audit log in the same transaction. Turning a kind on ends its
 * snooze, and snoozing a kind that was off turns it back on after the snooze.
 */
export async function changeReminderSetting(
  db: Database,
  input: {
    partnershipId: string;
    personId: string;
    kind: ReminderKind;
    change: ReminderChange;
    now: Date;
  },
): Promise<ReminderSetting> {
  const after = {
    off: input.change === 'off',
    snoozedUntil: input.change === 'snooze' ? new Date(input.now.getTime() + SNOOZE_MS) : null,
  };

  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(deliveryPreferences)
      .where(
        and(
          eq(deliveryPreferences.personId, input.personId),
          eq(deliveryPreferences.kind, input.kind),
        ),
      )
      .for('update');

    await tx
      .insert(deliveryPreferences)
      .values({ personId: input.personId, kind: input.kind, ...after, updatedAt: input.now })
      .onConflictDoUpdate({
        target: [deliveryPreferences.personId, deliveryPreferences.kind],
        set: { ...after, updatedAt: input.now },
      });
    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.personId,
      channel: 'slack',
      action: before ? 'update' : 'create',
      entityType: 'delivery_preference',
      entityId: input.personId,
      before: before
        ? { kind: before.kind, off: before.off, snoozedUntil: before.snoozedUntil }
        : null,
      after: { kind: input.kind, ...after },
    });
  });

  return { kind: input.kind, off: after.off, snoozedUntil: after.snoozedUntil ?? undefined };
}

/**
 * Builds a condition that is true when the person in `personColumn` receives `kind` at `now`,
 * because they did not turn it off and no snooze lasts past `now`. Muted people never load.
 */
export function receivesReminder(personColumn: AnyPgColumn, kind: ReminderKind, now: Date): SQL {
  return sql`not exists (
    select 1 from ${deliveryPreferences}
    where ${deliveryPreferences.personId} = ${personColumn}
      and ${deliveryPreferences.kind} = ${kind}
      and (${deliveryPreferences.off} or ${gt(deliveryPreferences.snoozedUntil, now)})
  )`;
}
