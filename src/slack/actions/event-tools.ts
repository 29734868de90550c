import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { identityOfInteraction } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds } from '../ids.js';
import type { EventToolRequest } from '../open-event-tools.js';
import { openBoothsModal, openCheckInModal, openFeedbackModal } from '../open-event-tools.js';

type OpenTool = (
  deps: SlackDependencies,
  client: Parameters<typeof openBoothsModal>[1],
  request: EventToolRequest & { eventId: string },
) => Promise<void>;

/**
 * Opens the modals behind "Booths" and "Check in" on an announcement and "Give feedback" in a
 * direct message. Each button's value is the event id, and each modal checks who clicked.
 */
export function registerEventToolButtons(app: App, deps: SlackDependencies): void {
  const tools: Record<string, OpenTool> = {
    [actionIds.eventBooths]: openBoothsModal,
    [actionIds.eventCheckIn]: openCheckInModal,
    [actionIds.eventFeedback]: openFeedbackModal,
  };

  for (const [actionId, open] of Object.entries(tools)) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
      await ack();

      // A click inside a modal (the choice between events) changes that modal in place.
      const view = body.view?.type === 'modal' ? body.view : undefined;

      await open(deps, client, {
        triggerId: body.trigger_id,
        identity: identityOfInteraction(body),
        channelId: body.channel?.id,
        eventId: action.value ?? '',
        ...(view?.id ? { viewId: view.id } : {}),
      });
    });
  }

  // "Add to calendar" is a link that the browser opens; Slack still expects an acknowledgement.
  app.action(actionIds.eventCalendar, async ({ ack }) => {
    await ack();
  });
}
