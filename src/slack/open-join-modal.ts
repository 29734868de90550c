import type { WebClient } from '@slack/web-api';
import type { SlackDependencies } from './dependencies.js';
import type { ModalRequest } from './open-modals.js';

/** Opens the `/bridge join` form: the person's organization and the role they ask for. */
export async function openJoinModal(
  _deps: SlackDependencies,
  _client: WebClient,
  _request: ModalRequest,
): Promise<void> {}
