import { eq } from 'drizzle-orm';
import { IANAZone } from 'luxon';
import type { Database } from '../../db/client.js';
import { partnerships } from '../../db/schema/index.js';
import type { AccessActor } from '../access.js';
import { roleLabels } from '../access.js';
import { recordChange } from '../audit.js';

/** The weekly digest's settings, as the convener sets them. */
export interface DigestSettings {
  digestChannelId: string | null;
  digestWeekday: number;
  /** HH:MM, 24-hour, in `timeZone`. */
  digestTime: string;
  timeZone: string;
  weekStartsOn: number;
}

/** Field names of the settings form; the Slack modal maps them to its block ids. */
export type DigestSettingsField = keyof DigestSettings;

/**
 * Time zones the settings form offers: the United States' zones first, then a few zones of
 * other regions. The partnership's current zone is offered too when it is not in the list.
 */
export const digestTimeZones = [
  'America/New_York',
  'America/Detroit',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Chicago',
  'America/Indiana/Knox',
  'America/Menominee',
  'America/North_Dakota/Center',
  'America/Denver',
  'America/Boise',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Juneau',
  'America/Adak',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'Pacific/Guam',
  'America/Halifax',
  'America/Toronto',
  'America/Winnipeg',
  'America/Edmonton',
  'America/Vancouver',
  'America/Mexico_City',
  'America/Bogota',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Europe/Stockholm',
  'Europe/Warsaw',
  'Europe/Athens',
  'Europe/Helsinki',
  'Europe/Istanbul',
  'Africa/Lagos',
  'Africa/Johannesburg',
  'Africa/Nairobi',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Australia/Perth',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
] as const;

export const weekdayNames = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export type DigestSettingsResult =
  | { ok: true; settings: DigestSettings }
  | { ok: false; errors: Partial<Record<DigestSettingsField, string>> };

/** Reads the settings form's values into settings, or an error per field saying what to fix. */
export function parseDigestSettings(
  form: Partial<Record<DigestSettingsField, string | null>>,
  currentTimeZone: string,
): DigestSettingsResult {
  const errors: Partial<Record<DigestSettingsField, string>> = {};
  const channel = form.digestChannelId?.trim() ?? '';
  const weekday = Number(form.digestWeekday);
  const weekStartsOn = Number(form.weekStartsOn);
  const time = form.digestTime ?? '';
  const timeZone = form.timeZone ?? '';

  // No channel stops the channel digest; role digests still go out.
  if (channel !== '' && !/^[CG][A-Z0-9]{2,}$/.test(channel)) {
    errors.digestChannelId =
      'Choose a channel from the list, or leave it empty for no channel digest.';
  }
  if (!isWeekday(weekday)) errors.digestWeekday = 'Choose the day the digest goes out.';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
    errors.digestTime = 'Choose the time the digest goes out, such as 08:00.';
  }
  if (
    !(digestTimeZones as readonly string[]).concat(currentTimeZone).includes(timeZone) ||
    !IANAZone.isValidZone(timeZone)
  ) {
    errors.timeZone = 'Choose a time zone from the list.';
  }
  if (!isWeekday(weekStartsOn)) errors.weekStartsOn = 'Choose the day a digest week starts on.';

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  return {
    ok: true,
    settings: {
      digestChannelId: channel === '' ? null : channel,
      digestWeekday: weekday,
      digestTime: time,
      timeZone,
      weekStartsOn,
    },
  };
}

function isWeekday(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 7;
}

export async function readDigestSettings(
  db: Database,
  partnershipId: string,
): Promise<DigestSettings | undefined> {
  const [row] = await db
    .select({
      digestChannelId: partnerships.digestChannelId,
      digestWeekday: partnerships.digestWeekday,
      digestTime: partnerships.digestTime,
      timeZone: partnerships.timeZone,
      weekStartsOn: partnerships.weekStartsOn,
    })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId));

  return row;
}

/** Only the convener changes the weekly digest's settings. */
export function mayChangeDigestSettings(actor: Pick<AccessActor, 'role'>) {
  if (actor.role === 'convener') return { allowed: true as const };

  return {
    allowed: false as const,
    reason: `Only the convener changes the weekly digest's settings. Your role is ${roleLabels[actor.role]}.`,
  };
}

/**
 * Saves the digest's settings and writes the change to the audit log in the same transaction.
 * Returns the settings before the change, or a reason when the actor may not change them.
 */
export async function saveDigestSettings(
  db: Database,
  input: { partnershipId: string; actor: AccessActor; settings: DigestSettings },
): Promise<
  { outcome: 'saved'; before: DigestSettings } | { outcome: 'not_allowed'; reason: string }
> {
  const decision = mayChangeDigestSettings(input.actor);

  if (!decision.allowed) return { outcome: 'not_allowed', reason: decision.reason };

  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        digestChannelId: partnerships.digestChannelId,
        digestWeekday: partnerships.digestWeekday,
        digestTime: partnerships.digestTime,
        timeZone: partnerships.timeZone,
        weekStartsOn: partnerships.weekStartsOn,
      })
      .from(partnerships)
      .where(eq(partnerships.id, input.partnershipId))
      .for('update');

    if (!before) throw new Error(`Partnership ${input.partnershipId} does not exist`);

    await tx
      .update(partnerships)
      .set(input.settings)
      .where(eq(partnerships.id, input.partnershipId));
    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.actor.personId,
      channel: 'slack',
      action: 'update',
      entityType: 'partnership',
      entityId: input.partnershipId,
      before: { ...before },
      after: { ...input.settings },
    });

    return { outcome: 'saved' as const, before };
  });
}
