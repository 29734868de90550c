import type { WebClient } from '@slack/web-api';
import { roleLabels } from '../domain/access.js';
import { listOrganizationChoices } from '../domain/directory-records/organization-choices.js';
import { accessActorOf } from '../domain/directory-records/record-access.js';
import { findEmployerOf } from '../domain/donations.js';
import { mayMakeRequests } from '../domain/request-access.js';
import { listProgramChoices, requestScope } from '../domain/request-programs.js';
import { resolveActor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import { blockKitLimits } from './limits.js';
import type { ModalRequest } from './open-modals.js';
import { openModalThenFill } from './open-modals.js';
import { renderNoticeModal } from './views/directory-modals/notice-modal.js';
import { renderDonationModal } from './views/donation-modal.js';
import type { RequestModalInitial } from './views/request-modal.js';
import { renderRequestModal } from './views/request-modal.js';

/**
 * Opens the `/bridge request new` modal with the programs the person may request for, with a
 * program and kind already chosen when `initial` is given.
 */
export async function openRequestModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
  initial?: RequestModalInitial,
): Promise<void> {
  await openModalThenFill(client, 'New request', request.triggerId, async () => {
    const actor = await resolveActor(deps, client, request.identity);
    const access = accessActorOf(actor.person);
    const decision = mayMakeRequests(access);

    if (!decision.allowed) return renderNoticeModal('New request', decision.reason);

    const programs = await listProgramChoices(deps.db, {
      partnershipId: actor.partnership.id,
      organizationId: requestScope(access),
      limit: blockKitLimits.optionsPerSelect,
    });

    if (programs.total === 0) {
      return renderNoticeModal(
        'New request',
        'There are no programs to request for yet. Add your program with `/bridge program add`, then try again.',
      );
    }

    return renderRequestModal({
      programs,
      metadata: { timeZone: actor.partnership.timeZone, channelId: request.channelId },
      initial,
    });
  });
}

/** Opens the `/bridge donation new` modal; an employer's staff find their employer chosen. */
export async function openDonationModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
): Promise<void> {
  await openModalThenFill(client, 'Equipment donation', request.triggerId, async () => {
    const actor = await resolveActor(deps, client, request.identity);
    const partnershipId = actor.partnership.id;
    const ownEmployer = await findEmployerOf(deps.db, {
      partnershipId,
      organizationId: actor.person.organizationId,
    });
    const role = actor.person.role;

    if (role !== 'convener' && role !== 'chamber' && !ownEmployer) {
      return renderNoticeModal(
        'Equipment donation',
        `Only an employer's staff, chamber staff and the convener can record equipment donations; your role is ${roleLabels[role]}.`,
      );
    }

    const limit = blockKitLimits.optionsPerSelect;
    const employers = await listOrganizationChoices(deps.db, {
      partnershipId,
      kinds: ['employer'],
      limit,
    });
    const programs = await listProgramChoices(deps.db, { partnershipId, limit });

    return renderDonationModal({
      employers,
      employer: ownEmployer,
      programs,
      metadata: { timeZone: actor.partnership.timeZone, channelId: request.channelId },
    });
  });
}
