import type { KnownBlock, PlainTextOption, View } from '@slack/types';
import { roleLabels } from '../../domain/access.js';
import type { OrganizationChoice } from '../../domain/organization-search.js';
import type { Membership, RequestableRole } from '../../domain/roles.js';
import { requestableRoles } from '../../domain/roles.js';
import { callbackIds, joinBlocks } from '../ids.js';
import { describeOrganization } from '../messages/role-requests.js';
import { mrkdwn, plainText } from '../text.js';
import { input, organizationOption } from './blocks.js';
import type { ModalMetadata } from './modal-metadata.js';
import { encodeModalMetadata } from './modal-metadata.js';

export const JOIN_MODAL_TITLE = 'Organization and role';

/** Shown under each role in the role menu; each fits the 75 characters an option allows. */
const roleDescriptions: Record<RequestableRole, string> = {
  chamber: "Edit your chamber's records and add employers. A convener approves it.",
  district: "Edit your district's and its campuses' records. A convener approves it.",
  employer: "Edit your employer's records. A convener approves it.",
  educator: 'Read the directory. Applies at once.',
  viewer: 'Read the directory. Applies at once.',
};

export interface JoinModalInput {
  membership: Membership;
  metadata: ModalMetadata;
}

/**
 * Renders the `/bridge join` form: the organization (an external_select, since a partnership may
 * have more organizations than a static menu allows) and the role asked for. A convener stays
 * convener, so their form contains the organization field only.
 */
export function renderJoinModal(modal: JoinModalInput): View {
  const { membership } = modal;
  const isConvener = membership.role === 'convener';

  return {
    type: 'modal',
    callback_id: callbackIds.join,
    title: plainText(JOIN_MODAL_TITLE),
    submit: plainText(isConvener ? 'Save' : 'Send'),
    close: plainText('Cancel'),
    private_metadata: encodeModalMetadata(modal.metadata),
    blocks: [
      context(describeMembership(membership)),
      ...(membership.pending ? [context(describePending(membership))] : []),
      organizationInput(membership.organization),
      ...(isConvener ? [context(convenerNote)] : [roleInput()]),
    ],
  };
}

const convenerNote =
  'You are a convener and stay one. Choose the organization you work for, and it applies at once.';

function context(text: string): KnownBlock {
  return { type: 'context', elements: [mrkdwn(text)] };
}

function describeMembership(membership: Membership): string {
  const role = `*${roleLabels[membership.role]}*`;

  if (!membership.organization) return `You are ${role} and not linked to an organization yet.`;

  return `You are ${role} at ${describeOrganization(membership.organization)}.`;
}

function describePending(membership: Membership): string {
  const pending = membership.pending;

  if (!pending) return '';

  return `:hourglass: Your request to be *${roleLabels[pending.requestedRole]}* at ${describeOrganization(pending.organization)} waits for a convener. Sending a different request withdraws it.`;
}

function organizationInput(current: OrganizationChoice | null): KnownBlock {
  return input(
    {
      blockId: joinBlocks.organizationId,
      label: 'Organization',
      hint: 'Type part of its name. Ask the convener to add an organization that is not listed.',
    },
    {
      type: 'external_select',
      placeholder: plainText('Type to search organizations'),
      min_query_length: 0,
      ...(current ? { initial_option: organizationOption(current) } : {}),
    },
  );
}

function roleInput(): KnownBlock {
  return input(
    {
      blockId: joinBlocks.role,
      label: 'Role',
      hint: 'Educators and viewers read the directory. Chamber, school district and employer staff edit their organization’s records, so a convener approves those roles first.',
    },
    {
      type: 'static_select',
      placeholder: plainText('Choose a role'),
      options: requestableRoles.map((role) => roleOption(role)),
    },
  );
}

function roleOption(role: RequestableRole): PlainTextOption {
  return {
    text: plainText(capitalize(roleLabels[role])),
    value: role,
    description: plainText(roleDescriptions[role]),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
