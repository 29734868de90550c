import { describe, expect, it } from 'vitest';
import { digestMoment, digestWeek } from '../../../src/domain/digest/week.js';

const chicago = {
  timeZone: 'America/Chicago',
  digestWeekday: 1,
  digestTime: '08:00',
  weekStartsOn: 1,
};

describe('digestMoment', () => {
  it('finds the weekday and time of the current ISO week', () => {
    const moment = digestMoment(new Date('2027-03-10T12:00:00Z'), chicago);

    expect(moment.toISOString()).toBe('2027-03-08T14:00:00.000Z');
  });

  it('moves a skipped spring-forward time to the end of the gap', () => {
    const schedule = { ...chicago, digestWeekday: 7, digestTime: '02:30' };
    const moment = digestMoment(new Date('2027-03-14T12:00:00Z'), schedule);

    expect(moment.toISOString()).toBe('2027-03-14T08:00:00.000Z');
  });

  it('takes the first of a repeated fall-back time', () => {
    const schedule = { ...chicago, digestWeekday: 7, digestTime: '01:30' };
    const moment = digestMoment(new Date('2027-11-07T12:00:00Z'), schedule);

    expect(moment.toISOString()).toBe('2027-11-07T06:30:00.000Z');
  });

  it('handles the Berlin spring-forward day', () => {
    const schedule = {
      ...chicago,
      timeZone: 'Europe/Berlin',
      digestWeekday: 7,
      digestTime: '02:30',
    };
    const moment = digestMoment(new Date('2027-03-28T12:00:00Z'), schedule);

    expect(moment.toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('rejects a weekday outside 1 to 7', () => {
    expect(() => digestMoment(new Date(), { ...chicago, digestWeekday: 8 })).toThrow(RangeError);
  });
});

describe('digestWeek', () => {
  it('covers the whole week before on the week start day', () => {
    const week = digestWeek(new Date('2027-03-15T13:00:00Z'), chicago);

    expect(week.start.toISOString()).toBe('2027-03-08T06:00:00.000Z');
    expect(week.until.toISOString()).toBe('2027-03-15T05:00:00.000Z');
    expect(week.period).toBe('2027-W11');
    expect(week.previousPeriod).toBe('2027-W10');
    expect(week.today).toBe('2027-03-15');
  });

  it('reports the last full week before a mid-week digest', () => {
    const week = digestWeek(new Date('2027-03-19T13:00:00Z'), { ...chicago, weekStartsOn: 3 });

    expect(week.start.toISOString()).toBe('2027-03-10T06:00:00.000Z');
    expect(week.until.toISOString()).toBe('2027-03-17T05:00:00.000Z');
  });

  it('covers consecutive weeks without gaps or overlaps', () => {
    const schedule = { ...chicago, weekStartsOn: 1 };
    const wednesdays = ['2027-03-03', '2027-03-10', '2027-03-17', '2027-03-24'].map((day) =>
      digestWeek(new Date(`${day}T14:00:00Z`), schedule),
    );

    for (let index = 1; index < wednesdays.length; index += 1) {
      expect(wednesdays[index]?.start.getTime()).toBe(wednesdays[index - 1]?.until.getTime());
    }
  });
});
