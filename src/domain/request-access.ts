import type { AccessActor, AccessDecision } from './access.js';
import { roleLabels } from './access.js';

const allowed: AccessDecision = { allowed: true };

/**
 * Decides whether a person may make requests at all: the convener, and educators and school
 * district staff who are linked to their campus or district.
 */
export function mayMakeRequests(actor: AccessActor): AccessDecision {
  if (actor.role === 'convener') return allowed;

  if (actor.role !== 'educator' && actor.role !== 'district') {
    return {
      allowed: false,
      reason: `Only educators, school district staff and the convener can request speakers, tours, mentors or equipment; your role is ${roleLabels[actor.role]}. Ask for another role with \`/bridge join\`.`,
    };
  }

  if (!actor.organizationId) {
    return {
      allowed: false,
      reason:
        'You are not linked to a campus or district yet, so Bridge cannot tell which programs are yours. Link yourself with `/bridge join`.',
    };
  }

  return allowed;
}

/**
 * Decides whether a person may request for a program. The convener requests for any program;
 * educators and school district staff request for the programs of their own campus or district
 * (`program.organizationIds` contains the program's campus and that campus's district).
 */
export function mayRequestForProgram(
  actor: AccessActor,
  program: { name: string; organizationIds: readonly string[] },
): AccessDecision {
  const general = mayMakeRequests(actor);

  if (!general.allowed || actor.role === 'convener') return general;
  if (actor.organizationId && program.organizationIds.includes(actor.organizationId)) {
    return allowed;
  }

  return {
    allowed: false,
    reason: `${program.name} belongs to another campus or district; request only for your own programs, or ask the convener.`,
  };
}

/** Decides whether a person may send a request to employers: its requester or the convener. */
export function maySendRequest(
  actor: AccessActor,
  request: { requesterPersonId: string | null; requesterName: string | null },
): AccessDecision {
  if (actor.role === 'convener' || actor.personId === request.requesterPersonId) return allowed;

  const requester = request.requesterName ? ` (${request.requesterName})` : '';

  return {
    allowed: false,
    reason: `Only the person who made this request${requester} or the convener can send it to employers.`,
  };
}

/** Decides whether a person may accept or decline a request sent to an employer. */
export function mayAnswerOffer(
  actor: AccessActor,
  offer: { employerId: string; employerName: string },
): AccessDecision {
  if (actor.role === 'convener' || actor.organizationId === offer.employerId) return allowed;

  return {
    allowed: false,
    reason: `This request was sent to ${offer.employerName}; only its staff or the convener can answer it.`,
  };
}
