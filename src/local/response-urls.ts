import { randomBytes } from 'node:crypto';

/** Slack accepts up to 5 posts to one response_url within 30 minutes of the interaction. */
export const responseUrlLimits = { maxUses: 5, lifetimeMs: 30 * 60 * 1000 } as const;

/** The conversation and message an interaction came from, which a response_url posts to. */
export interface ResponseUrlTarget {
  channelId: string;
  userId: string;
  /** `command` for slash commands, otherwise the kind of message whose element was used. */
  source: 'command' | 'message' | 'ephemeral';
  messageTs?: string;
  threadTs?: string;
}

interface IssuedResponseUrl {
  target: ResponseUrlTarget;
  issuedAtMs: number;
  uses: number;
}

/** Why a response_url cannot be used: unknown, past its lifetime, or used 5 times already. */
export class ResponseUrlError extends Error {
  constructor(readonly code: 'invalid_url' | 'expired_url' | 'used_url') {
    super(code);
    this.name = 'ResponseUrlError';
  }
}

/** Response URLs issued with interactions, each with the message it replies to. */
export class ResponseUrlRegistry {
  private readonly issued = new Map<string, IssuedResponseUrl>();

  constructor(
    private readonly baseUrl: string,
    private readonly clock: () => number,
  ) {}

  /** Issues a URL of the form `{baseUrl}/{id}` for one interaction. */
  issue(target: ResponseUrlTarget): string {
    const id = `${target.channelId}-${randomBytes(12).toString('hex')}`;
    const now = this.clock();
    this.forgetExpired(now);
    this.issued.set(id, { target, issuedAtMs: now, uses: 0 });

    return `${this.baseUrl.replace(/\/$/, '')}/${id}`;
  }

  /** Counts one use of the URL and returns its target. Throws ResponseUrlError when unusable. */
  use(id: string): ResponseUrlTarget {
    const entry = this.issued.get(id);

    if (entry === undefined) {
      throw new ResponseUrlError('invalid_url');
    }

    if (this.clock() - entry.issuedAtMs > responseUrlLimits.lifetimeMs) {
      throw new ResponseUrlError('expired_url');
    }

    if (entry.uses >= responseUrlLimits.maxUses) {
      throw new ResponseUrlError('used_url');
    }

    entry.uses += 1;

    return entry.target;
  }

  private forgetExpired(now: number): void {
    for (const [id, entry] of this.issued) {
      if (now - entry.issuedAtMs > responseUrlLimits.lifetimeMs) {
        this.issued.delete(id);
      }
    }
  }
}
