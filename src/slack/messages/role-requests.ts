import type { KnownBlock } from '@slack/types';
import { DateTime } from 'luxon';
import type { PersonRole } from '../../db/schema/index.js';
import { organizationKindLabels, roleLabels } from '../../domain/access.js';
import type { OrganizationChoice } from '../../domain/organization-search.js';
import type { JoinResult, RoleRequest } from '../../domain/roles.js';
import { actionIds } from '../ids.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/** Characters a person's or organization's name may take in a message. */
const NAME_MAX = 200;

/** Pending requests on the convener's Home tab; each takes two blocks. */
export const HOME_ROLE_REQUESTS = 5;

function name(text: string): string {
  return `*${escapeMrkdwnWithin(text, NAME_MAX)}*`;
}

/** "*Coastline Welding* (employer)" */
export function describeOrganization(organization: OrganizationChoice): string {
  return `${name(organization.name)} (${organizationKindLabels[organization.kind].one})`;
}

function describeRole(role: PersonRole): string {
  return `*${roleLabels[role]}*`;
}

function describeRequest(request: RoleRequest): string {
  return `${name(request.personName)} asks to be ${describeRole(request.requestedRole)} at ${describeOrganization(request.organization)}.`;
}

function formatTime(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat("LLL d, yyyy 'at' h:mm a ZZZZ");
}

function section(text: string): KnownBlock {
  return { type: 'section', text: mrkdwn(text) };
}

/** Block id of the Approve and Reject buttons of one request. */
export function roleRequestBlockId(requestId: string): string {
  return `role_request_${requestId}`;
}

/** Renders a request with its Approve and Reject buttons, whose value is the request id. */
export function renderRoleRequestBlocks(request: RoleRequest): KnownBlock[] {
  return [
    section(describeRequest(request)),
    {
      type: 'actions',
      block_id: roleRequestBlockId(request.id),
      elements: [
        {
          type: 'button',
          action_id: actionIds.joinApprove,
          text: plainText('Approve'),
          style: 'primary',
          value: request.id,
        },
        {
          type: 'button',
          action_id: actionIds.joinReject,
          text: plainText('Reject'),
          style: 'danger',
          value: request.id,
        },
      ],
    },
  ];
}

/** Renders the direct message that requests a decision from each convener. */
export function renderRoleRequestMessage(request: RoleRequest): SlackMessage {
  const text = `Role request: ${describeRequest(request)}`;
  const explanation =
    'This role edits shared directory records, so a convener approves it first. Approving changes their role and organization at once.';

  return {
    text,
    blocks: [
      ...renderRoleRequestBlocks(request),
      { type: 'context', elements: [mrkdwn(explanation)] },
    ],
  };
}

/** Describes who decided a request and when, or that the person withdrew it. */
function describeDecision(request: RoleRequest, timeZone: string): string {
  const when = request.decidedAt ? ` on ${formatTime(request.decidedAt, timeZone)}` : '';
  const decider = request.decidedBy ? name(request.decidedBy.name) : 'A convener';

  if (request.status === 'rejected' && request.decidedBy?.id === request.personId) {
    return `${name(request.personName)} withdrew this request${when} by sending a new one with \`/bridge join\`.`;
  }

  if (request.status === 'approved') {
    return `:white_check_mark: ${decider} approved this request${when}.`;
  }

  if (request.status === 'rejected') return `:x: ${decider} rejected this request${when}.`;

  return 'This request still waits for a convener.';
}

/** Renders a convener's request message once decided: the request and the decision, no buttons. */
export function renderDecidedRoleRequest(request: RoleRequest, timeZone: string): SlackMessage {
  const decision = describeDecision(request, timeZone);

  return {
    text: `${describeRequest(request)} ${decision}`,
    blocks: [section(describeRequest(request)), section(decision)],
  };
}

/** Renders the reply to a convener who clicks a request that was already decided. */
export function renderAlreadyDecided(request: RoleRequest, timeZone: string): SlackMessage {
  const text = `Nothing changed, because this request was already decided. ${describeDecision(request, timeZone)}`;

  return { text, blocks: [section(text)] };
}

/** Renders the direct message with a convener's decision, for the person who made the request. */
export function renderRequesterDecision(request: RoleRequest): SlackMessage {
  const role = describeRole(request.requestedRole);
  const organization = describeOrganization(request.organization);
  const decider = request.decidedBy ? name(request.decidedBy.name) : 'A convener';
  const text =
    request.status === 'approved'
      ? `:white_check_mark: ${decider} approved your request. You are now ${role} at ${organization}.`
      : `:x: ${decider} rejected your request to be ${role} at ${organization}. Your role has not changed. Ask ${decider} why, or send a new request with \`/bridge join\`.`;

  return { text, blocks: [section(text)] };
}

/**
 * Renders what `/bridge join` did, for the person who sent it. `conveners` is how many conveners
 * were sent a new pending request.
 */
export function renderJoinResult(result: JoinResult, conveners = 0): SlackMessage {
  const lines = [describeJoinOutcome(result, conveners)];

  if (result.withdrawn) {
    lines.push(
      `Your earlier request to be ${describeRole(result.withdrawn.requestedRole)} at ${describeOrganization(result.withdrawn.organization)} was withdrawn.`,
    );
  }

  const text = lines.join('\n');

  return { text, blocks: [section(text)] };
}

function describeJoinOutcome(result: JoinResult, conveners: number): string {
  if (result.outcome === 'pending') {
    const request = `${describeRole(result.request.requestedRole)} at ${describeOrganization(result.request.organization)}`;

    if (result.repeated) {
      return `Your request to be ${request} already waits for a convener, so Bridge did not send it again. You get a direct message when it is decided.`;
    }

    const sent =
      conveners > 0
        ? 'Bridge sent it to the convener.'
        : 'No convener could be reached in Slack, so ask your convener to open the Bridge Home tab, where it waits.';

    return `Your request to be ${request} waits for a convener's approval. ${sent} You get a direct message when it is decided, and until then your role stays as it is.`;
  }

  const organization = describeOrganization(result.organization);

  if (result.role === 'convener') {
    return result.outcome === 'applied'
      ? `You are now linked to ${organization}. You stay ${describeRole('convener')}.`
      : `You are already ${describeRole('convener')} at ${organization}.`;
  }

  return result.outcome === 'applied'
    ? `You are now ${describeRole(result.role)} at ${organization}.`
    : `You are already ${describeRole(result.role)} at ${organization}, so nothing changed.`;
}

/**
 * Renders the pending requests on a convener's Home tab, at most HOME_ROLE_REQUESTS of them, or
 * nothing when none wait.
 */
export function renderHomeRoleRequests(pending: {
  requests: RoleRequest[];
  total: number;
}): KnownBlock[] {
  if (pending.requests.length === 0) return [];

  const shown = pending.requests.slice(0, HOME_ROLE_REQUESTS);
  const blocks: KnownBlock[] = [{ type: 'header', text: plainText('Role requests to decide') }];

  for (const request of shown) blocks.push(...renderRoleRequestBlocks(request));

  if (pending.total > shown.length) {
    const note = `Showing the ${shown.length} oldest of ${pending.total}. Decide these to see the rest.`;
    blocks.push({ type: 'context', elements: [mrkdwn(note)] });
  }

  return blocks;
}
