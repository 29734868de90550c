import type { App, BlockAction, OverflowAction } from '@slack/bolt';
import type { WblRequestKind } from '../../db/schema/index.js';
import { wblRequestKinds } from '../../db/schema/index.js';
import { isUuid } from '../../domain/record-owners.js';
import { identityOfInteraction } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds } from '../ids.js';
import { openRequestModal } from '../open-request-modals.js';

/** Opens the request form from a gap's "Request…" menu, with the program and kind chosen. */
export function registerGapRequest(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<OverflowAction>>(
    actionIds.gapRequest,
    async ({ ack, body, action, client }) => {
      await ack();

      const [programId = '', kind = ''] = (action.selected_option?.value ?? '').split('|');

      // A value no Bridge menu carries opens nothing.
      if (!isUuid(programId) || !isRequestKind(kind)) return;

      const request = {
        triggerId: body.trigger_id,
        identity: identityOfInteraction(body),
        channelId: body.channel?.id,
      };

      await openRequestModal(deps, client, request, { programId, kind });
    },
  );
}

function isRequestKind(value: string): value is WblRequestKind {
  return (wblRequestKinds as readonly string[]).includes(value);
}
