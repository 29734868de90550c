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
    expect(instantFromLocal(date, time, timeZone)?.toISOString()).toBe(instant);
  });

  it('moves gap times an hour forward', () => {
    // Chicago skips 02:00-03:00 on 14 March 2027; 03:30 CDT is 08:30 UTC.
    expect(instantFromLocal('2027-03-14', '02:30', 'America/Chicago')?.toISOString()).toBe(
      '2027-03-14T08:30:00.000Z',
    );
  });

  it('rejects a nonexistent date', () => {
    expect(instantFromLocal('2027-02-30', '09:00', 'America/Chicago')).toBeUndefined();
  });

  it('rejects a nonexistent time', () => {
    expect(instantFromLocal('2027-03-16', '25:00', 'America/Chicago')).toBeUndefined();
  });

  it('rejects an unknown time zone', () => {
    expect(instantFromLocal('2027-03-16', '09:00', 'Mars/Olympus_Mons')).toBeUndefined();
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
