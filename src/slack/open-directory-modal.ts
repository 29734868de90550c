import type { WebClient } from '@slack/web-api';
import type { SlackDependencies } from './dependencies.js';
import type { DirectoryRecord } from './ids.js';
import type { ModalRequest } from './open-modals.js';

/** Opens the add form of a directory record, or its edit form when an id is given. */
export async function openDirectoryModal(
  _deps: SlackDependencies,
  _client: WebClient,
  _request: ModalRequest,
  _target: { record: DirectoryRecord; id?: string },
): Promise<void> {}
