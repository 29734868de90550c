import { describe, expect, it } from 'vitest';
import { eventReminderOpensAt } from '../../../src/domain/reminders/event-reminders.js';

describe('eventReminderOpensAt', () => {
  it.each([
    ['2027-01-13T16:00:00Z', 'America/Chicago', '2027-01-12T15:00:00.000Z'],
    // Clocks spring forward on Mar 14, 2027 in Chicago, so 9:00 that day is CDT.
    ['2027-03-15T13:00:00Z', 'America/Chicago', '2027-03-14T14:00:00.000Z'],
    // An event just after midnight still opens at 9:00 the local day before, 15.5 hours ahead.
    ['2027-01-13T06:30:00Z', 'America/Chicago', '2027-01-12T15:00:00.000Z'],
    ['2027-07-01T08:00:00Z', 'Europe/Berlin', '2027-06-30T07:00:00.000Z'],
  ])('opens the reminders of an event at %s in %s', (startsAt, timeZone, expected) => {
    expect(eventReminderOpensAt(new Date(startsAt), timeZone).toISOString()).toBe(expected);
  });
});
