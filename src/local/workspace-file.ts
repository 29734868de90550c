import { readFileSync, renameSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { logger } from '../logger.js';
import type { SlackMessage, SlackView } from './slack-shapes.js';
import type { LocalWorkspaceStore, WorkspaceSnapshot } from './workspace-store.js';

/**
 * Max messages per channel in the file, counting thread replies. Older ones are left out when
 * the file is written, so the file and the read at start stay bounded. The running workspace
 * still shows them. NOTE: a thread parent older than the cap is left out but its replies stay.
 */
export const maxSavedMessagesPerChannel = 1000;

/** Function that writes a file's full contents. Tests pass one that counts writes. */
export type WorkspaceFileWriter = (filePath: string, contents: string) => Promise<void>;

export interface WorkspaceFileOptions {
  /** The JSON file, such as `<dataDir>/local-workspace.json`. */
  path: string;
  /** Defaults to `writeFileAtomically`. */
  writeFile?: WorkspaceFileWriter;
  /** Time in ms after the last change before the file is written. Defaults to 200. */
  saveDelayMs?: number;
  /** Max time in ms that a steady stream of changes can put off a write. Defaults to 2,000. */
  maxSaveDelayMs?: number;
}

/** A workspace file kept in step with its store until `close`. */
export interface WorkspaceFile {
  /** Writes any unsaved change and stops watching the store. Failed writes are logged. */
  close(): Promise<void>;
}

const formatVersion = 1;

// The file is only written by this module, so the schemas check the fields that the stand-in
// reads and let the rest of each message and view through unchanged.
const messageFields = z.looseObject({
  type: z.literal('message'),
  ts: z.string(),
  text: z.string(),
  user: z.string(),
  team: z.string(),
  thread_ts: z.string().optional(),
  reply_users: z.array(z.string()).optional(),
  blocks: z.array(z.looseObject({ type: z.string() })).optional(),
});
const homeViewFields = z.looseObject({
  id: z.string(),
  team_id: z.string(),
  type: z.literal('home'),
  blocks: z.array(z.looseObject({ type: z.string() })),
  state: z.object({ values: z.record(z.string(), z.unknown()) }),
  private_metadata: z.string(),
  callback_id: z.string(),
  external_id: z.string(),
});
const fileSchema = z.object({
  version: z.literal(formatVersion),
  lastTsMicros: z.number().int().nonnegative(),
  channels: z.record(
    z.string(),
    z.array(z.custom<SlackMessage>((value) => messageFields.safeParse(value).success)),
  ),
  homeViews: z.record(
    z.string(),
    z.custom<SlackView>((value) => homeViewFields.safeParse(value).success),
  ),
});

const log = logger.child({ component: 'local-workspace-file' });

/**
 * Loads the file into the store, then writes the store's snapshot back to it after each burst
 * of changes. A missing file starts the workspace empty, and so does an unreadable or malformed
 * one, which is renamed to `<path>.corrupt-<time>` so that nothing overwrites it.
 */
export function openWorkspaceFile(
  store: LocalWorkspaceStore,
  options: WorkspaceFileOptions,
): WorkspaceFile {
  const snapshot = readSnapshot(options.path);

  if (snapshot !== undefined) {
    store.restore(snapshot);
  }

  return new WorkspaceFileSaver(store, options);
}

/** Writes a temp file beside the target and renames it, so a crash mid-write keeps the old file. */
export async function writeFileAtomically(filePath: string, contents: string): Promise<void> {
  const tempPath = `${filePath}.${process.pid}.tmp`;
  await mkdir(path.dirname(filePath), { recursive: true });
  await writeFile(tempPath, contents, 'utf8');
  await rename(tempPath, filePath);
}

/**
 * Reads the file synchronously because the stand-in is created synchronously and this happens
 * once, at start.
 */
function readSnapshot(filePath: string): WorkspaceSnapshot | undefined {
  let text: string;

  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      log.info({ path: filePath }, 'No local workspace file yet, so the channels start empty');
      return undefined;
    }

    setAside(filePath, error);
    return undefined;
  }

  try {
    const { version: _version, ...snapshot } = fileSchema.parse(JSON.parse(text));
    const messageCount = Object.values(snapshot.channels).flat().length;
    log.info({ path: filePath, messageCount }, 'Loaded the local workspace file');

    return snapshot;
  } catch (error) {
    setAside(filePath, error);
    return undefined;
  }
}

function setAside(filePath: string, cause: unknown): void {
  const time = new Date().toISOString().replace(/[:.]/g, '-');
  const asidePath = `${filePath}.corrupt-${time}`;

  try {
    renameSync(filePath, asidePath);
    log.error(
      { err: cause, path: filePath, asidePath },
      'Local workspace file is unreadable or malformed, so it was renamed and the channels start empty',
    );
  } catch (renameError) {
    log.error(
      { err: renameError, cause, path: filePath, asidePath },
      'Could not rename the unreadable local workspace file, so the next save overwrites it',
    );
  }
}

class WorkspaceFileSaver implements WorkspaceFile {
  private readonly writeFile: WorkspaceFileWriter;
  private readonly saveDelayMs: number;
  private readonly maxSaveDelayMs: number;
  private readonly unsubscribe: () => void;
  private timer: NodeJS.Timeout | undefined;
  private firstUnsavedChangeAt: number | undefined;
  private hasUnsavedChanges = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: LocalWorkspaceStore,
    private readonly options: WorkspaceFileOptions,
  ) {
    this.writeFile = options.writeFile ?? writeFileAtomically;
    this.saveDelayMs = options.saveDelayMs ?? 200;
    this.maxSaveDelayMs = options.maxSaveDelayMs ?? 2000;
    this.unsubscribe = store.onSnapshotChange(() => this.scheduleSave());
  }

  async close(): Promise<void> {
    this.unsubscribe();

    if (this.hasUnsavedChanges) {
      this.save();
    }

    await this.writing;
  }

  private scheduleSave(): void {
    const now = Date.now();
    this.hasUnsavedChanges = true;
    this.firstUnsavedChangeAt ??= now;
    const latestSaveAt = this.firstUnsavedChangeAt + this.maxSaveDelayMs;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), Math.min(this.saveDelayMs, latestSaveAt - now));
    // The timer does not hold the process open, so callers call `close` on shutdown to save.
    this.timer.unref();
  }

  /** Serializes the store now and queues the write behind any write still running. */
  private save(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.firstUnsavedChangeAt = undefined;
    this.hasUnsavedChanges = false;
    const contents = JSON.stringify({
      version: formatVersion,
      ...this.store.snapshot(maxSavedMessagesPerChannel),
    });
    this.writing = this.writing.then(() => this.write(contents));
  }

  private async write(contents: string): Promise<void> {
    try {
      await this.writeFile(this.options.path, contents);
    } catch (error) {
      log.error(
        { err: error, path: this.options.path },
        'Could not write the local workspace file',
      );
      // The next change or `close` tries again. Retrying on a timer would repeat this error
      // every few hundred ms while the disk stays full or read-only.
      this.hasUnsavedChanges = true;
    }
  }
}
