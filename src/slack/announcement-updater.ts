import type { WebClient } from '@slack/web-api';
import type { Database } from '../db/client.js';
import type { EventSummary } from '../domain/events.js';
import { getEvent } from '../domain/events.js';
import { getPartnership } from '../domain/partnerships.js';
import type { Logger } from '../logger.js';
import { buildAnnouncement } from './event-announcement.js';
import type { SlackMessage } from './messages/help.js';

interface PendingUpdate {
  partnershipId: string;
  client: WebClient;
  timer: NodeJS.Timeout;
}

/**
 * Updates event announcements after RSVPs. Clicks on one event within `delayMs` share a single
 * chat.update that reads the counts when it runs, which keeps a busy event inside Slack's rate
 * limits and always shows the latest counts.
 */
export class AnnouncementUpdater {
  private readonly pending = new Map<string, PendingUpdate>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly options: {
      db: Database;
      logger: Logger;
      delayMs: number;
      /** The clock that decides whether "Check in" and feedback show; defaults to the system clock. */
      now?: () => Date;
      calendarUrl?: (eventId: string) => string | undefined;
    },
  ) {}

  /** Renders an event's announcement with its booths, feedback, tools and calendar link. */
  render(event: EventSummary, timeZone: string): Promise<SlackMessage> {
    const sources = {
      db: this.options.db,
      now: this.options.now ?? (() => new Date()),
      calendarUrl: this.options.calendarUrl,
    };

    return buildAnnouncement(sources, event, timeZone);
  }

  /** Returns an event's .ics link, or undefined when Bridge has no address to serve it at. */
  calendarUrl(eventId: string): string | undefined {
    return this.options.calendarUrl?.(eventId);
  }

  schedule(input: { partnershipId: string; eventId: string; client: WebClient }): void {
    if (this.pending.has(input.eventId)) return;

    const timer = setTimeout(() => this.flush(input.eventId), this.options.delayMs);
    this.pending.set(input.eventId, {
      partnershipId: input.partnershipId,
      client: input.client,
      timer,
    });
  }

  /** Sends every scheduled update now and waits for all updates in flight. */
  async drain(): Promise<void> {
    for (const eventId of [...this.pending.keys()]) this.flush(eventId);

    await Promise.all([...this.running]);
  }

  private flush(eventId: string): void {
    const pending = this.pending.get(eventId);

    if (!pending) return;

    clearTimeout(pending.timer);
    this.pending.delete(eventId);

    const update = this.update(eventId, pending).finally(() => this.running.delete(update));
    this.running.add(update);
  }

  private async update(eventId: string, pending: PendingUpdate): Promise<void> {
    try {
      const event = await getEvent(this.options.db, {
        partnershipId: pending.partnershipId,
        eventId,
      });
      const partnership = await getPartnership(this.options.db, pending.partnershipId);

      if (!event?.channelId || !event.messageTs || !partnership) return;

      const message = await this.render(event, partnership.timeZone);
      await pending.client.chat.update({
        channel: event.channelId,
        ts: event.messageTs,
        ...message,
      });
    } catch (error) {
      this.options.logger.error({ err: error, eventId }, 'Updating an event announcement failed');
    }
  }
}
