import { z } from 'zod';
import { eventKinds } from '../db/schema/index.js';
import type { LocalInstant } from './time.js';
import { instantFromLocal } from './time.js';
import { optionalText, parseForm, requiredText } from './validation.js';

export const eventLimits = { title: 150, description: 3000, venue: 200, capacity: 100_000 };

const localDate = z
  .string({ error: 'Choose a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date such as 2027-03-15.');
const localTime = z
  .string({ error: 'Choose a time.' })
  .regex(/^\d{2}:\d{2}$/, 'Choose a time such as 09:30.');

const eventFormSchema = z
  .object({
    title: requiredText('Title', eventLimits.title),
    kind: z.enum(eventKinds, { error: 'Choose the kind of event.' }),
    startDate: localDate,
    startTime: localTime,
    endDate: localDate.nullish(),
    endTime: localTime,
    venue: optionalText('Venue', eventLimits.venue),
    capacity: z
      .string()
      .nullish()
      .transform((value) => value?.trim() || undefined)
      .pipe(
        z
          .string()
          .regex(/^-?\d+$/, 'Capacity must be a whole number such as 120, or empty for no limit.')
          .transform(Number)
          .pipe(
            z
              .number()
              .min(1, 'Capacity must be at least 1, or empty for no limit.')
              .max(eventLimits.capacity, `Capacity must be at most ${eventLimits.capacity}.`),
          )
          .optional(),
      ),
    description: optionalText('Description', eventLimits.description, { multiline: true }),
    channelId: z
      .string({ error: 'Choose the channel for the announcement.' })
      .min(1, 'Choose the channel for the announcement.'),
    timeZone: z.string(),
    now: z.date(),
  })
  .transform((form, context) => {
    const span = readSpan(form, context);

    if (!span) return z.NEVER;

    const { startDate, startTime, endDate, endTime, timeZone, now, ...rest } = form;

    return { ...rest, ...span };
  });

interface SpanFields {
  startDate: string;
  startTime: string;
  endDate?: string | null | undefined;
  endTime: string;
  timeZone: string;
  now: Date;
}

/**
 * Converts the form's wall-clock start and end to instants. Each problem becomes an issue under
 * the field to fix, and the span is undefined when either end could not be read.
 */
function readSpan(form: SpanFields, context: z.RefinementCtx) {
  const addIssue = (field: keyof SpanFields, message: string) =>
    context.addIssue({ code: 'custom', path: [field], message });
  const start = instantFromLocal(form.startDate, form.startTime, form.timeZone);
  const endDate = form.endDate ?? form.startDate;
  const end = instantFromLocal(endDate, form.endTime, form.timeZone);

  if (!start.ok) {
    const field = start.reason === 'skipped' ? 'startTime' : 'startDate';
    const wall = { date: form.startDate, time: form.startTime, timeZone: form.timeZone };
    addIssue(field, describeUnreadable('Start', start, wall));
  }

  // ISO dates compare correctly as strings.
  if (form.endDate && form.endDate < form.startDate) {
    addIssue('endDate', 'End date is before the start date; choose a later end date.');
    return undefined;
  }

  // An unreadable start date already has its error; an end that borrows it needs no second one.
  const endBorrowsBadStart = !form.endDate && !start.ok && start.reason !== 'skipped';

  if (!end.ok && !endBorrowsBadStart) {
    const field = end.reason === 'skipped' || !form.endDate ? 'endTime' : 'endDate';
    const wall = { date: endDate, time: form.endTime, timeZone: form.timeZone };
    addIssue(field, describeUnreadable('End', end, wall));
  }

  if (!start.ok || !end.ok) return undefined;

  if (start.instant <= form.now) {
    addIssue('startDate', 'Start is in the past; choose a later date or time.');
  }

  if (end.instant <= start.instant) {
    addIssue('endTime', 'End is not after the start; choose a later end time.');
  }

  return { startsAt: start.instant, endsAt: end.instant };
}

function describeUnreadable(
  which: 'Start' | 'End',
  failure: Extract<LocalInstant, { ok: false }>,
  wall: { date: string; time: string; timeZone: string },
): string {
  if (failure.reason === 'skipped') {
    return `${wall.time} does not exist on ${wall.date} in ${wall.timeZone} because clocks spring forward; choose another time.`;
  }

  return `${which} is not a real date and time.`;
}

export type EventInput = z.output<typeof eventFormSchema>;

type EventFormField =
  | 'title'
  | 'kind'
  | 'startDate'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'venue'
  | 'capacity'
  | 'description'
  | 'channelId';

/** Raw form values by field, as a surface read them, with the zone and clock to read them by. */
export type EventForm = Partial<Record<EventFormField, unknown>> & { timeZone: string; now: Date };

/** Checks a filled-in event form; dates and times are wall-clock values in `timeZone`. */
export function parseEventForm(form: EventForm) {
  return parseForm(eventFormSchema, form);
}
