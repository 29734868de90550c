import { z } from 'zod';
import type { MeetingKind } from '../../db/schema/index.js';
import { meetingKinds } from '../../db/schema/index.js';
import { instantFromLocal } from '../time.js';
import { optionalText, parseForm, requiredText } from '../validation.js';

export const meetingLimits = { title: 150, location: 300, invitees: 100 };

export const meetingKindLabels: Record<MeetingKind, string> = {
  steering_committee: 'Steering committee',
  introduction: 'Introduction',
  employer_alignment: 'Employer alignment',
  educator_session: 'Educator session',
  other: 'Other',
};

const localDate = z
  .string({ error: 'Choose a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date such as 2027-03-15.');
const localTime = z
  .string({ error: 'Choose a time.' })
  .regex(/^\d{2}:\d{2}$/, 'Choose a time such as 09:30.');
const idList = z
  .array(z.uuid())
  .nullish()
  .transform((ids) => [...new Set(ids ?? [])]);

const meetingFormSchema = z
  .object({
    title: requiredText('Title', meetingLimits.title),
    kind: z.enum(meetingKinds, { error: 'Choose the kind of meeting.' }),
    startDate: localDate,
    startTime: localTime,
    endDate: localDate.nullish(),
    endTime: localTime,
    location: optionalText('Place or link', meetingLimits.location),
    districtId: z.uuid({ error: 'Choose a school district from the list.' }).nullish(),
    personIds: idList,
    organizationIds: idList,
    timeZone: z.string(),
    now: z.date(),
  })
  .transform((form, context) => {
    const inviteesOk = checkInvitees(form, context);
    const span = readMeetingSpan(form, context);

    if (!span || !inviteesOk) return z.NEVER;

    return {
      title: form.title,
      kind: form.kind,
      location: form.location ?? null,
      districtId: form.districtId ?? null,
      personIds: form.personIds,
      organizationIds: form.organizationIds,
      ...span,
    };
  });

/** Requires at least one invitee and at most a select's worth of people chosen one by one. */
function checkInvitees(
  form: { personIds: string[]; organizationIds: string[] },
  context: z.RefinementCtx,
): boolean {
  const addIssue = (message: string) =>
    context.addIssue({ code: 'custom', path: ['personIds'], message });

  if (form.personIds.length + form.organizationIds.length === 0) {
    addIssue('Invite at least one person or organization.');
    return false;
  }

  if (form.personIds.length > meetingLimits.invitees) {
    addIssue(
      `Choose at most ${meetingLimits.invitees} people one by one; invite whole organizations instead.`,
    );
    return false;
  }

  return true;
}

interface SpanFields {
  startDate: string;
  startTime: string;
  endDate?: string | null | undefined;
  endTime: string;
  timeZone: string;
  now: Date;
}

/**
 * Reads the wall-clock start and end in the partnership's zone. Each problem becomes an issue
 * under its field; the span is undefined when either end could not be read.
 */
function readMeetingSpan(form: SpanFields, context: z.RefinementCtx) {
  const addIssue = (field: keyof SpanFields, message: string) =>
    context.addIssue({ code: 'custom', path: [field], message });
  const endDate = form.endDate ?? form.startDate;
  const start = instantFromLocal(form.startDate, form.startTime, form.timeZone);
  const end = instantFromLocal(endDate, form.endTime, form.timeZone);

  if (!start.ok) addIssue('startTime', describeUnreadable(form.startDate, form.startTime, form));
  if (!end.ok) addIssue('endTime', describeUnreadable(endDate, form.endTime, form));
  if (!start.ok || !end.ok) return undefined;

  if (start.instant <= form.now) {
    addIssue('startDate', 'Start is in the past; choose a later date or time.');
    return undefined;
  }

  if (end.instant <= start.instant) {
    addIssue('endTime', 'End is not after the start; choose a later end time or date.');
    return undefined;
  }

  return { startsAt: start.instant, endsAt: end.instant };
}

function describeUnreadable(date: string, time: string, zone: { timeZone: string }): string {
  return `${date} ${time} is not a time that exists in ${zone.timeZone}; choose another time.`;
}

export type MeetingInput = z.output<typeof meetingFormSchema>;

type MeetingFormField =
  | 'title'
  | 'kind'
  | 'startDate'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'location'
  | 'districtId'
  | 'personIds'
  | 'organizationIds';

/** Raw form values by field, with the zone and clock to read the wall-clock times by. */
export type MeetingForm = Partial<Record<MeetingFormField, unknown>> & {
  timeZone: string;
  now: Date;
};

/** Checks a filled-in meeting form; dates and times are wall-clock values in `timeZone`. */
export function parseMeetingForm(form: MeetingForm) {
  return parseForm(meetingFormSchema, form);
}
