import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Actor } from '../actor.js';

/** What a subcommand needs once the person behind `/bridge` is known. */
export interface CommandContext {
  actor: Actor;
  client: WebClient;
  respond: RespondFn;
  channelId: string;
}
