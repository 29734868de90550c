import type { View } from '@slack/types';
import type { DigestSettings } from '../../domain/digest/settings.js';
import { digestTimeZones, weekdayNames } from '../../domain/digest/settings.js';
import { callbackIds, digestSettingsBlocks } from '../ids.js';
import { mrkdwn } from '../text.js';
import { input, option } from './blocks.js';
import { directoryModal, selectField } from './directory-modals/fields.js';
import type { ModalMetadata } from './modal-metadata.js';

export const DIGEST_SETTINGS_TITLE = 'Weekly digest';

const weekdayChoices = weekdayNames.map((name, index) => option(name, String(index + 1)));

/**
 * Renders the convener's form for the weekly digest: the channel, the day and time it goes
 * out, the partnership's time zone and the day a digest week starts.
 */
export function renderDigestSettingsModal(settings: DigestSettings, metadata: ModalMetadata): View {
  const zones = (digestTimeZones as readonly string[]).includes(settings.timeZone)
    ? [...digestTimeZones]
    : [settings.timeZone, ...digestTimeZones];

  return directoryModal({
    callbackId: callbackIds.digestSettings,
    title: DIGEST_SETTINGS_TITLE,
    metadata,
    blocks: [
      {
        type: 'context',
        elements: [
          mrkdwn(
            'Each week Bridge posts the digest to the channel and sends each partner a digest for their role. Invite Bridge to the channel first.',
          ),
        ],
      },
      input(
        {
          blockId: digestSettingsBlocks.channelId,
          label: 'Channel',
          optional: true,
          hint: 'Leave it empty to stop the channel digest; role digests still go out.',
        },
        {
          type: 'conversations_select',
          filter: { include: ['public', 'private'], exclude_bot_users: true },
          ...(settings.digestChannelId ? { initial_conversation: settings.digestChannelId } : {}),
        },
      ),
      selectField({
        blockId: digestSettingsBlocks.weekday,
        label: 'Day',
        placeholder: 'Choose a day',
        choices: weekdayChoices,
        initial: String(settings.digestWeekday),
      }),
      input(
        {
          blockId: digestSettingsBlocks.time,
          label: 'Time',
          hint: 'In the time zone below. A time that a daylight-saving change skips goes out when clocks reach it.',
        },
        { type: 'timepicker', initial_time: settings.digestTime },
      ),
      selectField({
        blockId: digestSettingsBlocks.timeZone,
        label: 'Time zone',
        placeholder: 'Choose a time zone',
        hint: "The partnership's time zone, also used for events and due dates.",
        choices: zones.map((zone) => option(zone.replace(/_/g, ' '), zone)),
        initial: settings.timeZone,
      }),
      selectField({
        blockId: digestSettingsBlocks.weekStartsOn,
        label: 'Week starts on',
        placeholder: 'Choose a day',
        hint: 'A digest covers the week from this day up to when it goes out.',
        choices: weekdayChoices,
        initial: String(settings.weekStartsOn),
      }),
    ],
  });
}
