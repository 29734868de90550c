import { describe, expect, it } from 'vitest';
import type { EventForm } from '../../../src/domain/event-form.js';
import { parseEventForm } from '../../../src/domain/event-form.js';

/** Noon UTC on 1 March 2027, before every date the valid form uses. */
const now = new Date('2027-03-01T12:00:00Z');

/** Builds a valid form for Tuesday 16 March 2027, 9:00 to 12:00 in Chicago. */
function validForm(overrides: Partial<EventForm> = {}): EventForm {
  return {
    title: 'Spring WBL showcase',
    kind: 'wbl_showcase',
    startDate: '2027-03-16',
    startTime: '09:00',
    endDate: null,
    endTime: '12:00',
    venue: null,
    capacity: null,
    description: null,
    channelId: 'C0EVENTS',
    timeZone: 'America/Chicago',
    now,
    ...overrides,
  };
}

function fieldError(form: EventForm, field: string): string | undefined {
  const parsed = parseEventForm(form);

  return parsed.ok ? undefined : parsed.errors[field];
}

/** Returns the parsed value of a form that must be valid. */
function validValue(form: EventForm) {
  const parsed = parseEventForm(form);

  if (!parsed.ok) throw new Error(`expected a valid form, got ${JSON.stringify(parsed.errors)}`);

  return parsed.value;
}

/** Returns the start and end instants of a form that must be valid, as ISO strings. */
function span(form: EventForm): { startsAt: string; endsAt: string } {
  const value = validValue(form);

  return { startsAt: value.startsAt.toISOString(), endsAt: value.endsAt.toISOString() };
}

describe('parseEventForm', () => {
  it('returns trimmed values and instants', () => {
    const form = validForm({
      title: '  Spring WBL showcase ',
      venue: ' Lakeview High School gym ',
      capacity: ' 120 ',
      description: '   ',
    });

    expect(parseEventForm(form)).toEqual({
      ok: true,
      value: {
        title: 'Spring WBL showcase',
        kind: 'wbl_showcase',
        venue: 'Lakeview High School gym',
        capacity: 120,
        description: undefined,
        channelId: 'C0EVENTS',
        startsAt: new Date('2027-03-16T14:00:00Z'),
        endsAt: new Date('2027-03-16T17:00:00Z'),
      },
    });
  });

  it('ends on the start date', () => {
    expect(span(validForm({ endDate: undefined })).endsAt).toBe('2027-03-16T17:00:00.000Z');
  });

  it('accepts a later end date', () => {
    const form = validForm({ endDate: '2027-03-17', endTime: '08:00' });

    expect(span(form).endsAt).toBe('2027-03-17T13:00:00.000Z');
  });

  it.each([
    [
      'America/Chicago in winter (CST, UTC-6)',
      'America/Chicago',
      '2027-01-20',
      '2027-01-20T15:00:00.000Z',
    ],
    [
      'America/Chicago in summer (CDT, UTC-5)',
      'America/Chicago',
      '2027-06-15',
      '2027-06-15T14:00:00.000Z',
    ],
    ['Asia/Tokyo (JST, UTC+9)', 'Asia/Tokyo', '2027-03-16', '2027-03-16T00:00:00.000Z'],
  ])('reads 9:00 in %s', (_case, timeZone, startDate, startsAt) => {
    const form = validForm({ timeZone, startDate, now: new Date('2027-01-01T00:00:00Z') });

    expect(span(form).startsAt).toBe(startsAt);
  });

  it('rejects a start in the spring-forward gap', () => {
    // Chicago skips 02:00-03:00 on 14 March 2027.
    const form = validForm({ startDate: '2027-03-14', startTime: '02:30', endTime: '05:00' });

    expect(fieldError(form, 'startTime')).toBe(
      '02:30 does not exist on 2027-03-14 in America/Chicago because clocks spring forward; choose another time.',
    );
  });

  it('rejects an end in the spring-forward gap', () => {
    const form = validForm({ startDate: '2027-03-14', startTime: '01:00', endTime: '02:15' });

    expect(fieldError(form, 'endTime')).toBe(
      '02:15 does not exist on 2027-03-14 in America/Chicago because clocks spring forward; choose another time.',
    );
  });

  it('rejects a gap end on a later end date', () => {
    const form = validForm({ startDate: '2027-03-13', endDate: '2027-03-14', endTime: '02:30' });

    expect(fieldError(form, 'endTime')).toBe(
      '02:30 does not exist on 2027-03-14 in America/Chicago because clocks spring forward; choose another time.',
    );
  });

  it('reads a fall-back start as the first 01:30', () => {
    // 01:30 happens twice on 7 November 2027; the first is in CDT (UTC-5).
    const form = validForm({ startDate: '2027-11-07', startTime: '01:30', endTime: '03:00' });

    expect(span(form)).toEqual({
      startsAt: '2027-11-07T06:30:00.000Z',
      endsAt: '2027-11-07T09:00:00.000Z',
    });
  });

  it('rejects end equal to start', () => {
    expect(fieldError(validForm({ endTime: '09:00' }), 'endTime')).toBe(
      'End is not after the start; choose a later end time.',
    );
  });

  it('rejects end before start', () => {
    expect(fieldError(validForm({ endTime: '08:00' }), 'endTime')).toBe(
      'End is not after the start; choose a later end time.',
    );
  });

  it('rejects end date before start', () => {
    const form = validForm({ endDate: '2027-03-15', endTime: '17:00' });

    expect(fieldError(form, 'endDate')).toBe(
      'End date is before the start date; choose a later end date.',
    );
  });

  it('reports an early end date only under end date', () => {
    const parsed = parseEventForm(validForm({ endDate: '2027-03-15', endTime: '17:00' }));

    expect(parsed.ok ? [] : Object.keys(parsed.errors)).toEqual(['endDate']);
  });

  it('rejects a start in the past', () => {
    // 09:00 CDT on 16 March is 14:00 UTC, one minute before this clock.
    const form = validForm({ now: new Date('2027-03-16T14:01:00Z') });

    expect(fieldError(form, 'startDate')).toBe(
      'Start is in the past; choose a later date or time.',
    );
  });

  it('rejects a start equal to now', () => {
    const form = validForm({ now: new Date('2027-03-16T14:00:00Z') });

    expect(fieldError(form, 'startDate')).toBe(
      'Start is in the past; choose a later date or time.',
    );
  });

  it('rejects a nonexistent start date', () => {
    expect(fieldError(validForm({ startDate: '2027-02-30' }), 'startDate')).toBe(
      'Start is not a real date and time.',
    );
  });

  it('rejects a nonexistent end date', () => {
    expect(fieldError(validForm({ endDate: '2027-04-31' }), 'endDate')).toBe(
      'End is not a real date and time.',
    );
  });

  it('reports a nonexistent start date once', () => {
    const form = validForm({ startDate: '2027-02-30', endDate: null });

    expect(fieldError(form, 'startDate')).toBe('Start is not a real date and time.');
    expect(fieldError(form, 'endTime')).toBeUndefined();
    expect(fieldError(form, 'endDate')).toBeUndefined();
  });

  it('rejects an unknown time zone', () => {
    expect(fieldError(validForm({ timeZone: 'Mars/Olympus_Mons' }), 'startDate')).toBe(
      'Start is not a real date and time.',
    );
  });

  it.each([
    ['a missing title', 'title', null, 'Enter a title.'],
    ['a whitespace-only title', 'title', '   ', 'Enter a title.'],
    ['an unknown kind', 'kind', 'bake_sale', 'Choose the kind of event.'],
    ['a missing start date', 'startDate', null, 'Choose a date.'],
    [
      'a start date in another form',
      'startDate',
      '03/16/2027',
      'Choose a date such as 2027-03-15.',
    ],
    ['a missing start time', 'startTime', null, 'Choose a time.'],
    ['a missing end time', 'endTime', null, 'Choose a time.'],
    ['a missing channel', 'channelId', null, 'Choose the channel for the announcement.'],
    ['an empty channel', 'channelId', '', 'Choose the channel for the announcement.'],
    [
      'a NUL in the title',
      'title',
      'Career\u0000day',
      'Title contains a control character; remove it.',
    ],
    [
      'a newline in the title',
      'title',
      'Career\nday',
      'Title contains a control character; remove it.',
    ],
    ['a tab in the venue', 'venue', 'Hall\tB', 'Venue contains a control character; remove it.'],
    [
      'a NUL in the description',
      'description',
      'Bring\u0000a resume.',
      'Description contains a control character; remove it.',
    ],
    [
      'a right-to-left override in the description',
      'description',
      'Bring \u202efdp.exe',
      'Description contains a control character; remove it.',
    ],
  ])('rejects %s', (_case, field, value, message) => {
    expect(fieldError(validForm({ [field]: value }), field)).toBe(message);
  });

  it('keeps newlines and tabs in the description', () => {
    const description = 'Bring:\n\t- a resume\n\t- questions';

    expect(validValue(validForm({ description })).description).toBe(description);
  });

  describe('capacity', () => {
    it.each([
      ['empty', ''],
      ['blank', '  '],
      ['missing', null],
    ])('means no limit when %s', (_case, capacity) => {
      expect(validValue(validForm({ capacity })).capacity).toBeUndefined();
    });

    it('reads a whole number', () => {
      expect(validValue(validForm({ capacity: '120' })).capacity).toBe(120);
    });

    it.each([
      ['0', 'Capacity must be at least 1, or empty for no limit.'],
      ['-5', 'Capacity must be at least 1, or empty for no limit.'],
      ['abc', 'Capacity must be a whole number such as 120, or empty for no limit.'],
      ['12.5', 'Capacity must be a whole number such as 120, or empty for no limit.'],
      ['100001', 'Capacity must be at most 100000.'],
    ])('rejects %s', (capacity, message) => {
      expect(fieldError(validForm({ capacity }), 'capacity')).toBe(message);
    });
  });
});
