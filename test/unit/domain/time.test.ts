import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatEventSpan,
  instantFromLocal,
  todayIn,
} from '../../../src/domain/time.js';

describe('todayIn', () => {
  // 03:00 UTC on 16 March 2027 is still the evening of the 15th in Chicago.
  const lateEvening = new Date('2027-03-16T03:00:00Z');

  it.each([
    ['America/Chicago', '2027-03-15'],
    ['UTC', '2027-03-16'],
    ['Asia/Tokyo', '2027-03-16'],
  ])('returns the date in %s', (timeZone, date) => {
    expect(todayIn(timeZone, lateEvening)).toBe(date);
  });

  it('rolls Tokyo over before UTC', () => {
    expect(todayIn('Asia/Tokyo', new Date('2027-03-16T16:00:00Z'))).toBe('2027-03-17');
  });
});

describe('instantFromLocal', () => {
  it.each([
    ['America/Chicago', '2027-03-16', '09:00', '2027-03-16T14:00:00.000Z'],
    ['America/Chicago', '2027-01-20', '09:00', '2027-01-20T15:00:00.000Z'],
    ['Asia/Tokyo', '2027-03-16', '09:00', '2027-03-16T00:00:00.000Z'],
    ['Asia/Tokyo', '2027-03-16', '23:30', '2027-03-16T14:30:00.000Z'],
    ['UTC', '2027-03-16', '09:00', '2027-03-16T09:00:00.000Z'],
  ])('reads a %s wall time', (timeZone, date, time, instant) => {
    expect(instantFromLocal(date, time, timeZone)).toEqual({
      ok: true,
      instant: new Date(instant),
    });
  });

  it.each(['02:00', '02:30', '02:59'])('reports %s in the spring gap as skipped', (time) => {
    // Chicago skips 02:00-03:00 on 14 March 2027.
    expect(instantFromLocal('2027-03-14', time, 'America/Chicago')).toEqual({
      ok: false,
      reason: 'skipped',
    });
  });

  it.each([
    ['01:59', '2027-03-14T07:59:00.000Z'],
    ['03:00', '2027-03-14T08:00:00.000Z'],
  ])('reads %s beside the spring gap', (time, instant) => {
    expect(instantFromLocal('2027-03-14', time, 'America/Chicago')).toEqual({
      ok: true,
      instant: new Date(instant),
    });
  });

  it('reads a fall-back time as its first occurrence', () => {
    // 01:30 happens twice on 7 November 2027: first in CDT (UTC-5), then in CST (UTC-6).
    expect(instantFromLocal('2027-11-07', '01:30', 'America/Chicago')).toEqual({
      ok: true,
      instant: new Date('2027-11-07T06:30:00.000Z'),
    });
  });

  it.each([
    ['a nonexistent date', '2027-02-30', '09:00', 'America/Chicago'],
    ['a nonexistent time', '2027-03-16', '25:00', 'America/Chicago'],
    ['an unknown time zone', '2027-03-16', '09:00', 'Mars/Olympus_Mons'],
  ])('rejects %s', (_case, date, time, timeZone) => {
    expect(instantFromLocal(date, time, timeZone)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('formatEventSpan', () => {
  it('formats a same-day span', () => {
    const span = formatEventSpan(
      new Date('2027-03-16T14:00:00Z'),
      new Date('2027-03-16T17:00:00Z'),
      'America/Chicago',
    );

    expect(span).toBe('Tue, Mar 16, 2027, 9:00 AM – 12:00 PM CDT');
  });

  it('formats a multi-day span', () => {
    const span = formatEventSpan(
      new Date('2027-03-16T14:00:00Z'),
      new Date('2027-03-17T22:00:00Z'),
      'America/Chicago',
    );

    expect(span).toBe('Tue, Mar 16, 2027, 9:00 AM – Wed, Mar 17, 2027, 5:00 PM CDT');
  });

  it('compares days in the zone', () => {
    // 23:00 to 01:00 UTC crosses midnight in UTC but is one evening in Chicago.
    const span = formatEventSpan(
      new Date('2027-03-16T23:00:00Z'),
      new Date('2027-03-17T01:00:00Z'),
      'America/Chicago',
    );

    expect(span).toBe('Tue, Mar 16, 2027, 6:00 PM – 8:00 PM CDT');
  });

  it('formats in Tokyo time', () => {
    const span = formatEventSpan(
      new Date('2027-03-16T00:00:00Z'),
      new Date('2027-03-16T03:00:00Z'),
      'Asia/Tokyo',
    );

    expect(span).toBe('Tue, Mar 16, 2027, 9:00 AM – 12:00 PM GMT+9');
  });
});

describe('formatDate', () => {
  it.each([
    ['2027-03-16', 'Mar 16, 2027'],
    ['2027-01-01', 'Jan 1, 2027'],
    ['2027-12-31', 'Dec 31, 2027'],
  ])('formats %s', (isoDate, text) => {
    expect(formatDate(isoDate)).toBe(text);
  });
});
