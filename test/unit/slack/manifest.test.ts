import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callbackIds, SLASH_COMMAND } from '../../../src/slack/ids.js';

/** The parts of a Slack app manifest that Bridge's listeners depend on. */
interface SlackManifest {
  features?: {
    app_home?: { home_tab_enabled?: boolean };
    slash_commands?: Array<{ command: string }>;
    shortcuts?: Array<{ type: string; callback_id: string }>;
  };
  settings?: {
    event_subscriptions?: { bot_events?: string[] };
    interactivity?: { is_enabled?: boolean };
  };
}

const manifest = JSON.parse(
  readFileSync(new URL('../../../manifests/slack/manifest.json', import.meta.url), 'utf8'),
) as SlackManifest;

describe('Slack manifest', () => {
  it('declares the slash command', () => {
    expect(manifest.features?.slash_commands?.map((command) => command.command)).toEqual([
      SLASH_COMMAND,
    ]);
  });

  it('declares the meeting outcome message shortcut', () => {
    const shortcut = manifest.features?.shortcuts?.find(
      (candidate) => candidate.callback_id === callbackIds.meetingOutcomeFromMessage,
    );

    expect(shortcut?.type).toBe('message');
  });

  it('enables interactivity', () => {
    expect(manifest.settings?.interactivity?.is_enabled).toBe(true);
  });

  it('subscribes to app_home_opened', () => {
    expect(manifest.settings?.event_subscriptions?.bot_events).toContain('app_home_opened');
  });

  it('enables the Home tab', () => {
    expect(manifest.features?.app_home?.home_tab_enabled).toBe(true);
  });
});
