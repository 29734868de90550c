import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtc, renderIcs } from '../../../src/domain/ics.js';

const entry = {
  uid: 'meeting-1@bridge',
  title: 'Welding employers; alignment, round 2',
  startsAt: new Date('2027-02-10T15:00:00Z'),
  endsAt: new Date('2027-02-10T16:30:00Z'),
  location: 'Port Alder ISD board room',
  description: 'Agenda:\nIntroductions\nC:\\temp',
  url: 'https://bridge.example.org/meetings/1',
  now: new Date('2027-01-11T15:00:00.123Z'),
};

/** Unfolds content lines as a calendar reader does: a CRLF followed by one space joins lines. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('renderIcs', () => {
  it('ends every line with CRLF', () => {
    const ics = renderIcs(entry);

    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('wraps one VEVENT in a VCALENDAR', () => {
    const lines = unfold(renderIcs(entry));

    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('END:VEVENT');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('writes times in UTC with DTSTAMP', () => {
    const lines = unfold(renderIcs(entry));

    expect(lines).toContain('DTSTART:20270210T150000Z');
    expect(lines).toContain('DTEND:20270210T163000Z');
    expect(lines).toContain('DTSTAMP:20270111T150000Z');
    expect(lines).toContain('UID:meeting-1@bridge');
  });

  it('escapes TEXT values', () => {
    const lines = unfold(renderIcs(entry));

    expect(lines).toContain('SUMMARY:Welding employers\\; alignment\\, round 2');
    expect(lines).toContain('DESCRIPTION:Agenda:\\nIntroductions\\nC:\\\\temp');
    expect(lines).toContain('URL:https://bridge.example.org/meetings/1');
  });

  it('leaves out empty optional properties', () => {
    const ics = renderIcs({ ...entry, location: null, description: undefined, url: undefined });

    expect(ics).not.toContain('LOCATION');
    expect(ics).not.toContain('DESCRIPTION');
    expect(ics).not.toContain('URL');
  });

  it('folds long lines at 75 octets', () => {
    const description = 'Tour of the fabrication shop and the apprenticeship classroom. '.repeat(6);
    const ics = renderIcs({ ...entry, description });
    const physical = ics.split('\r\n');
    const encoder = new TextEncoder();

    for (const line of physical) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(`DESCRIPTION:${escapeText(description)}`);
  });
});

describe('foldLine', () => {
  it('keeps a short line whole', () => {
    expect(foldLine('SUMMARY:Short')).toBe('SUMMARY:Short');
  });

  it('never splits a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    const encoder = new TextEncoder();
    const pieces = folded.split('\r\n');

    for (const piece of pieces) expect(encoder.encode(piece).length).toBeLessThanOrEqual(75);
    expect(pieces.slice(1).every((piece) => piece.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('formatUtc', () => {
  it('drops milliseconds and separators', () => {
    expect(formatUtc(new Date('2027-03-14T07:05:09.999Z'))).toBe('20270314T070509Z');
  });
});
