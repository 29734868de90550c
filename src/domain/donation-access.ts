import type { DonationStatus } from '../db/schema/index.js';
import type { AccessActor, AccessDecision } from './access.js';
import { roleLabels } from './access.js';
import { donationStatusLabels } from './request-labels.js';

const allowed: AccessDecision = { allowed: true };

/** The statuses a donation may move to from each status. Delivered and declined are final. */
export const donationMoves: Record<DonationStatus, readonly DonationStatus[]> = {
  offered: ['accepted', 'declined'],
  accepted: ['scheduled', 'declined'],
  scheduled: ['delivered'],
  delivered: [],
  declined: [],
};

/** A donation as the access rules see it. */
export interface DonationParties {
  employerId: string;
  employerName: string;
  programName: string | null;
  /** The receiving program's campus and district; empty when no program was named. */
  programOrganizationIds: readonly string[];
}

/**
 * Decides whether a person may record equipment an employer offers: the employer's own staff,
 * chamber staff (who recruit employers) and the convener.
 */
export function mayOfferDonation(
  actor: AccessActor,
  employer: { id: string; name: string },
): AccessDecision {
  if (actor.role === 'convener' || actor.role === 'chamber') return allowed;
  if (actor.organizationId === employer.id) return allowed;

  return {
    allowed: false,
    reason: `Only ${employer.name}'s staff, chamber staff and the convener can record its donations; your role is ${roleLabels[actor.role]}.`,
  };
}

/**
 * Decides whether a person may move a donation to a status. The receiving side decides whether
 * to take the equipment: accepting or declining is for the convener or the staff (district or
 * educator) of the receiving program's campus or district. Scheduling and delivery involve both
 * sides, so the employer's staff may record them too.
 */
export function mayMoveDonation(
  actor: AccessActor,
  donation: DonationParties,
  to: DonationStatus,
): AccessDecision {
  if (actor.role === 'convener') return allowed;

  const receives =
    (actor.role === 'district' || actor.role === 'educator') &&
    actor.organizationId !== null &&
    donation.programOrganizationIds.includes(actor.organizationId);
  const gives = actor.organizationId === donation.employerId;
  const bothSides = to === 'scheduled' || to === 'delivered';

  if (receives || (bothSides && gives)) return allowed;

  const receiver = donation.programName
    ? `the staff of ${donation.programName}'s campus or district`
    : 'the staff of the receiving program';
  const who = bothSides
    ? `${donation.employerName}'s staff, ${receiver} or the convener`
    : `${receiver} or the convener`;
  const noProgram = donation.programName
    ? ''
    : ' This donation names no program, so only the convener can decide it.';

  return {
    allowed: false,
    reason: `Only ${who} can mark this donation ${donationStatusLabels[to].toLowerCase()}.${bothSides ? '' : noProgram}`,
  };
}
