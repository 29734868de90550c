import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SlackMessage } from '../../src/local/slack-shapes.js';
import { issueTriggerId } from '../../src/local/trigger-ids.js';
import { localWorkspace } from '../../src/local/workspace.js';
import {
  maxSavedMessagesPerChannel,
  openWorkspaceFile,
  writeFileAtomically,
} from '../../src/local/workspace-file.js';
import { LocalWorkspaceStore } from '../../src/local/workspace-store.js';
import { botToken, startStandIn, webClient } from './servers.js';

const channel = 'C0LOCALGEN';
const now = 1_733_322_000_000;
let dataDir: string;
let filePath: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'bridge-workspace-file-'));
  filePath = path.join(dataDir, 'local-workspace.json');
});

afterEach(async () => {
  vi.useRealTimers();
  await rm(dataDir, { recursive: true, force: true });
});

const home = (text: string) => ({
  type: 'home' as const,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
});

/** Returns a writer that records each write's contents instead of touching the disk. */
function recordingWriter() {
  const writes: string[] = [];
  const write = async (_filePath: string, contents: string) => {
    writes.push(contents);
  };

  return { writes, write };
}

function addMessage(store: LocalWorkspaceStore, text: string): void {
  const message: SlackMessage = {
    type: 'message',
    ts: store.nextTs(),
    text,
    user: 'U0LOCAL02',
    team: 'T0LOCAL',
  };
  store.addMessage(channel, message);
}

describe('workspace file across a restart', () => {
  it('keeps messages, replies and Home tabs', async () => {
    const first = await startStandIn({ persistPath: filePath, clock: () => now });
    const firstClient = webClient(botToken, first.apiUrl);
    const parent = await firstClient.chat.postMessage({ channel, text: 'Career fair on Friday' });
    await firstClient.chat.postMessage({ channel, thread_ts: parent.ts, text: 'Count me in' });
    const published = await firstClient.views.publish({ user_id: 'U0LOCAL04', view: home('Hi') });
    await first.close();

    const second = await startStandIn({ persistPath: filePath, clock: () => now });
    const client = webClient(botToken, second.apiUrl);
    const history = await client.conversations.history({ channel });
    const replies = await client.conversations.replies({ channel, ts: parent.ts ?? '' });
    await second.close();

    expect(history.messages?.map((message) => message.text)).toEqual(['Career fair on Friday']);
    expect(history.messages?.[0]?.reply_count).toBe(1);
    expect(replies.messages?.map((message) => message.text)).toEqual([
      'Career fair on Friday',
      'Count me in',
    ]);
    expect(second.store.homeView('U0LOCAL04')?.id).toBe(published.view?.id);
  });

  it('updates a message posted before the restart', async () => {
    const first = await startStandIn({ persistPath: filePath, clock: () => now });
    const posted = await webClient(botToken, first.apiUrl).chat.postMessage({
      channel,
      text: '3 going',
    });
    await first.close();

    const second = await startStandIn({ persistPath: filePath, clock: () => now });
    const updated = await webClient(botToken, second.apiUrl).chat.update({
      channel,
      ts: posted.ts ?? '',
      text: '4 going',
    });
    await second.close();

    expect(updated.ok).toBe(true);
    expect(second.store.message(channel, posted.ts ?? '')?.text).toBe('4 going');
  });

  it('issues later timestamps even when the clock goes back', async () => {
    const first = await startStandIn({ persistPath: filePath, clock: () => now });
    const client = webClient(botToken, first.apiUrl);
    await client.chat.postMessage({ channel, text: 'one' });
    const before = await client.chat.postMessage({ channel, text: 'two' });
    await first.close();

    const second = await startStandIn({ persistPath: filePath, clock: () => now - 60_000 });
    const after = await webClient(botToken, second.apiUrl).chat.postMessage({ channel, text: 'x' });
    await second.close();

    expect(Number(after.ts)).toBeGreaterThan(Number(before.ts));
  });

  it('forgets ephemerals and open modals', async () => {
    const first = await startStandIn({ persistPath: filePath, clock: () => now });
    const client = webClient(botToken, first.apiUrl);
    await client.chat.postEphemeral({ channel, user: 'U0LOCAL02', text: 'Only you' });
    await client.views.open({
      trigger_id: issueTriggerId('U0LOCAL02', now),
      view: { type: 'modal', title: { type: 'plain_text', text: 'RSVP' }, blocks: [] },
    });
    await first.close();

    const second = await startStandIn({ persistPath: filePath, clock: () => now });
    await second.close();

    expect(first.store.ephemerals('U0LOCAL02')).toHaveLength(1);
    expect(first.store.openViews('U0LOCAL02')).toHaveLength(1);
    expect(second.store.ephemerals('U0LOCAL02')).toEqual([]);
    expect(second.store.openViews('U0LOCAL02')).toEqual([]);
  });

  it('starts empty without a file', async () => {
    const standIn = await startStandIn({ persistPath: filePath });
    await standIn.close();

    expect(standIn.store.messages(channel)).toEqual([]);
    expect(await readdir(dataDir)).toEqual([]);
  });
});

describe('unreadable workspace file', () => {
  const cases = [
    { name: 'invalid JSON', contents: '{"version": 1, "lastTsMic' },
    {
      name: 'another format version',
      contents: JSON.stringify({ version: 2, lastTsMicros: 0, channels: {}, homeViews: {} }),
    },
    {
      name: 'a message without text',
      contents: JSON.stringify({
        version: 1,
        lastTsMicros: 0,
        channels: { [channel]: [{ type: 'message', ts: '1.000001', user: 'U', team: 'T' }] },
        homeViews: {},
      }),
    },
  ];

  it.each(cases)('sets aside a file with $name', async ({ contents }) => {
    await writeFile(filePath, contents);

    const standIn = await startStandIn({ persistPath: filePath });
    const messages = standIn.store.messages(channel);
    await standIn.close();

    const names = await readdir(dataDir);
    const asideName = names.find((name) => name.startsWith('local-workspace.json.corrupt-'));
    expect(messages).toEqual([]);
    expect(names).not.toContain('local-workspace.json');
    expect(asideName).toBeDefined();
    expect(await readFile(path.join(dataDir, asideName ?? ''), 'utf8')).toBe(contents);
  });

  it('sets aside an unreadable path', async () => {
    await mkdir(filePath);

    const standIn = await startStandIn({ persistPath: filePath });
    await standIn.close();

    const names = await readdir(dataDir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^local-workspace\.json\.corrupt-/);
  });

  it('saves new messages over the set-aside file', async () => {
    await writeFile(filePath, 'not JSON');

    const first = await startStandIn({ persistPath: filePath, clock: () => now });
    await webClient(botToken, first.apiUrl).chat.postMessage({ channel, text: 'Fresh start' });
    await first.close();
    const second = await startStandIn({ persistPath: filePath, clock: () => now });
    await second.close();

    expect(second.store.messages(channel).map((message) => message.text)).toEqual(['Fresh start']);
  });
});

describe('workspace file writes', () => {
  it('writes nothing without persistPath', async () => {
    const writer = recordingWriter();
    const standIn = await startStandIn({ writeWorkspaceFile: writer.write });
    const client = webClient(botToken, standIn.apiUrl);

    await client.chat.postMessage({ channel, text: 'In memory only' });
    await client.views.publish({ user_id: 'U0LOCAL04', view: home('Hi') });
    await standIn.close();

    expect(writer.writes).toEqual([]);
  });

  it('writes once after a burst of changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const writer = recordingWriter();
    const store = new LocalWorkspaceStore(localWorkspace);
    const file = openWorkspaceFile(store, { path: filePath, writeFile: writer.write });

    for (let index = 0; index < 5; index += 1) {
      addMessage(store, `Message ${index}`);
      await vi.advanceTimersByTimeAsync(100);
    }

    const writesBeforeDelay = writer.writes.length;
    await vi.advanceTimersByTimeAsync(99);
    const writesJustBeforeSave = writer.writes.length;
    await vi.advanceTimersByTimeAsync(1);
    await file.close();

    expect(writesBeforeDelay).toBe(0);
    expect(writesJustBeforeSave).toBe(0);
    expect(writer.writes).toHaveLength(1);
    expect(JSON.parse(writer.writes[0] ?? '{}').channels[channel]).toHaveLength(5);
  });

  it('writes within 2 seconds of steady changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const writer = recordingWriter();
    const store = new LocalWorkspaceStore(localWorkspace);
    const file = openWorkspaceFile(store, { path: filePath, writeFile: writer.write });

    for (let index = 0; index < 20; index += 1) {
      addMessage(store, `Message ${index}`);
      await vi.advanceTimersByTimeAsync(100);
    }

    const writesAfterTwoSeconds = writer.writes.length;
    await file.close();

    expect(writesAfterTwoSeconds).toBe(1);
  });

  it('flushes unsaved changes on close', async () => {
    const writer = recordingWriter();
    const store = new LocalWorkspaceStore(localWorkspace);
    const file = openWorkspaceFile(store, { path: filePath, writeFile: writer.write });

    addMessage(store, 'Just before shutdown');
    await file.close();
    addMessage(store, 'After close');
    await file.close();

    expect(writer.writes).toHaveLength(1);
    expect(writer.writes[0]).toContain('Just before shutdown');
  });

  it('tries a failed write again on close', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const writer = recordingWriter();
    let failures = 0;
    const failOnce = async (target: string, contents: string) => {
      if (failures === 0) {
        failures += 1;
        throw new Error('disk full');
      }

      await writer.write(target, contents);
    };
    const store = new LocalWorkspaceStore(localWorkspace);
    const file = openWorkspaceFile(store, { path: filePath, writeFile: failOnce });

    addMessage(store, 'Kept despite a full disk');
    await vi.advanceTimersByTimeAsync(200);
    await file.close();

    expect(failures).toBe(1);
    expect(writer.writes).toHaveLength(1);
  });

  it('keeps the newest messages per channel', async () => {
    const writer = recordingWriter();
    const store = new LocalWorkspaceStore(localWorkspace);
    const file = openWorkspaceFile(store, { path: filePath, writeFile: writer.write });

    for (let index = 0; index < maxSavedMessagesPerChannel + 5; index += 1) {
      addMessage(store, `Message ${index}`);
    }

    await file.close();

    const saved = JSON.parse(writer.writes[0] ?? '{}').channels[channel] as SlackMessage[];
    expect(saved).toHaveLength(maxSavedMessagesPerChannel);
    expect(saved[0]?.text).toBe('Message 5');
    expect(saved.at(-1)?.text).toBe(`Message ${maxSavedMessagesPerChannel + 4}`);
    expect(store.messages(channel)).toHaveLength(maxSavedMessagesPerChannel + 5);
  });

  it('replaces the file without leaving a temp file', async () => {
    await writeFileAtomically(filePath, 'first');
    await writeFileAtomically(filePath, 'second');

    expect(await readdir(dataDir)).toEqual(['local-workspace.json']);
    expect(await readFile(filePath, 'utf8')).toBe('second');
  });

  it('creates a missing data folder', async () => {
    const nestedPath = path.join(dataDir, 'nested', 'local-workspace.json');

    await writeFileAtomically(nestedPath, '{}');

    expect(await readFile(nestedPath, 'utf8')).toBe('{}');
  });
});
