import { describe, expect, it } from 'vitest';
import { parseDigestSettings } from '../../../src/domain/digest/settings.js';

const form = {
  digestChannelId: 'C0LOCALEVT',
  digestWeekday: '1',
  digestTime: '08:00',
  timeZone: 'America/Chicago',
  weekStartsOn: '1',
};

describe('parseDigestSettings', () => {
  it('reads a channel', () => {
    const result = parseDigestSettings(form, 'America/Chicago');

    expect(result).toMatchObject({ ok: true, settings: { digestChannelId: 'C0LOCALEVT' } });
  });

  it.each([null, '', '   '])('reads no channel from %j as no channel digest', (channel) => {
    const result = parseDigestSettings({ ...form, digestChannelId: channel }, 'America/Chicago');

    expect(result).toMatchObject({ ok: true, settings: { digestChannelId: null } });
  });

  it('rejects a value that is not a channel id', () => {
    const result = parseDigestSettings({ ...form, digestChannelId: 'U0LOCAL01' }, 'UTC');

    expect(result).toEqual({
      ok: false,
      errors: {
        digestChannelId: 'Choose a channel from the list, or leave it empty for no channel digest.',
      },
    });
  });
});
