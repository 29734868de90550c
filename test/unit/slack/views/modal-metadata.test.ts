import { describe, expect, it } from 'vitest';
import {
  decodeModalMetadata,
  encodeModalMetadata,
} from '../../../../src/slack/views/modal-metadata.js';

const defaults = { timeZone: 'America/Chicago' };

describe('modal metadata', () => {
  it('round-trips a time zone and channel', () => {
    const metadata = { timeZone: 'Asia/Tokyo', channelId: 'C0EVENTS' };

    expect(decodeModalMetadata(encodeModalMetadata(metadata))).toEqual(metadata);
  });

  it('round-trips without a channel', () => {
    const metadata = { timeZone: 'Europe/Berlin' };

    expect(decodeModalMetadata(encodeModalMetadata(metadata))).toEqual(metadata);
  });

  it.each([
    ['undefined', undefined],
    ['an empty string', ''],
    ['garbage', 'not json {'],
    ['JSON null', 'null'],
    ['a JSON array', '["Asia/Tokyo"]'],
    ['an invalid time zone', '{"timeZone":"Mars/Olympus_Mons"}'],
    ['a numeric time zone', '{"timeZone":42}'],
  ])('gives the default for %s', (_case, privateMetadata) => {
    expect(decodeModalMetadata(privateMetadata)).toEqual(defaults);
  });

  it('fills in a missing time zone', () => {
    expect(decodeModalMetadata('{"channelId":"C0EVENTS"}')).toEqual({
      timeZone: 'America/Chicago',
      channelId: 'C0EVENTS',
    });
  });
});
