import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { AnnouncementUpdater } from './announcement-updater.js';

/** Services every Slack listener uses. `now` is passed in so that tests control the clock. */
export interface SlackDependencies {
  db: Database;
  logger: Logger;
  now: () => Date;
  announcements: AnnouncementUpdater;
  /**
   * The address people reach Bridge at, for links such as calendar files: BRIDGE_PUBLIC_URL, or
   * the local workspace's address. Unset until the server listens, and when neither is known.
   */
  publicUrl?: string | undefined;
  /** The key that signs unguessable links such as report files; unset when links are off. */
  linkSecret?: string | undefined;
}
