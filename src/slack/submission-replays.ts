import { createHash } from 'node:crypto';

/** How long a save is remembered, an estimate meant to outlast Slack's retries of a request. */
const REMEMBER_MS = 10 * 60 * 1000;

/** The maximum number of saves remembered at once; the oldest is forgotten first. */
const MAX_REMEMBERED = 1000;

/** A save, and whether it is the save of an earlier delivery of the same submission. */
export interface ReplayedSave<T> {
  save: Promise<T>;
  replayed: boolean;
}

/**
 * Remembers the saves of recent form submissions, keyed by view id and submitted values, so that
 * a submission Slack delivers again (a retry, with the `X-Slack-Retry-Num` header) waits for the
 * first save instead of saving a second time. A save that fails is forgotten at once, so
 * submitting the same values again after an error saves again.
 * NOTE: the saves are remembered in this process only, so a retry that reaches another instance
 * of Bridge saves again.
 */
export class SubmissionReplays<T> {
  private readonly saves = new Map<string, { save: Promise<T>; expiresAt: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Returns the remembered save of the same submission, or starts `start` and remembers it. */
  run(submission: { viewId: string; values: unknown }, start: () => Promise<T>): ReplayedSave<T> {
    const now = this.clock();
    const key = submissionKey(submission);

    this.forgetExpired(now);

    const remembered = this.saves.get(key);

    if (remembered) return { save: remembered.save, replayed: true };

    const save = start();
    this.saves.set(key, { save, expiresAt: now + REMEMBER_MS });
    save.catch(() => this.saves.delete(key));

    if (this.saves.size > MAX_REMEMBERED) {
      const oldest = this.saves.keys().next().value;

      if (oldest !== undefined) this.saves.delete(oldest);
    }

    return { save, replayed: false };
  }

  private forgetExpired(now: number): void {
    for (const [key, entry] of this.saves) {
      if (entry.expiresAt > now) return;

      this.saves.delete(key);
    }
  }
}

function submissionKey(submission: { viewId: string; values: unknown }): string {
  const values = createHash('sha256').update(JSON.stringify(submission.values)).digest('hex');

  return `${submission.viewId}:${values}`;
}
