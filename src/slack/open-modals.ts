import type { WebClient } from '@slack/web-api';
import { listEmployers } from '../domain/opportunities.js';
import type { SlackIdentity } from './actor.js';
import { resolveActor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import { blockKitLimits } from './limits.js';
import { renderEventModal, renderLoadingModal } from './views/event-modal.js';
import { renderOpportunityModal } from './views/opportunity-modal.js';

export interface ModalRequest {
  triggerId: string;
  identity: SlackIdentity;
  channelId?: string | undefined;
}

/**
 * Opens a loading modal with the trigger at once (a trigger expires after three seconds), then
 * reads the database and replaces it with the real form.
 */
export async function openModalThenFill(
  client: WebClient,
  title: string,
  triggerId: string,
  render: () => Promise<Parameters<WebClient['views']['update']>[0]['view']>,
): Promise<void> {
  const opened = await client.views.open({
    trigger_id: triggerId,
    view: renderLoadingModal(title),
  });
  const viewId = opened.view?.id;

  if (!viewId) throw new Error('views.open returned no view id');

  await client.views.update({ view_id: viewId, hash: opened.view?.hash, view: await render() });
}

export async function openOpportunityModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
): Promise<void> {
  await openModalThenFill(client, 'New opportunity', request.triggerId, async () => {
    const { partnership } = await resolveActor(deps, client, request.identity);
    const { employers, total } = await listEmployers(deps.db, {
      partnershipId: partnership.id,
      limit: blockKitLimits.optionsPerSelect,
    });

    return renderOpportunityModal({
      employers,
      employerTotal: total,
      metadata: { timeZone: partnership.timeZone, channelId: request.channelId },
    });
  });
}

export async function openEventModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
): Promise<void> {
  await openModalThenFill(client, 'New event', request.triggerId, async () => {
    const { partnership } = await resolveActor(deps, client, request.identity);

    return renderEventModal({
      metadata: { timeZone: partnership.timeZone, channelId: request.channelId },
    });
  });
}
