import type { PersonRole } from '../../db/schema/index.js';
import type { AccessActor, AccessDecision } from '../access.js';
import { roleLabels } from '../access.js';

/** Roles that work employer outreach for the whole partnership. */
export const outreachRoles: readonly PersonRole[] = ['convener', 'chamber', 'district'];

/** A person's permissions on one employer's outreach record and capacity survey. */
export interface OutreachAccess {
  /** Log a call, email, meeting or note. */
  logContact: AccessDecision;
  /** Move the stage, change the owner and set the next follow-up. */
  updateOutreach: AccessDecision;
  /** Answer the capacity survey, for the employer itself or on its behalf. */
  capacitySurvey: AccessDecision;
}

const allowed: AccessDecision = { allowed: true };

/**
 * Decides what a person may do with an employer's outreach. The convener, chamber staff and
 * district staff work outreach with every employer. Employer staff log contacts and answer the
 * capacity survey for their own employer only. Educators and viewers read.
 */
export function decideOutreachAccess(actor: AccessActor, employerId: string): OutreachAccess {
  if (outreachRoles.includes(actor.role)) {
    return { logContact: allowed, updateOutreach: allowed, capacitySurvey: allowed };
  }

  if (actor.role !== 'employer') {
    const reason = `Your role (${roleLabels[actor.role]}) can read employer outreach but not change it. The convener, chamber staff and district staff work outreach; ask the convener if you need a role that does.`;
    const refused: AccessDecision = { allowed: false, reason };

    return { logContact: refused, updateOutreach: refused, capacitySurvey: refused };
  }

  const updateOutreach: AccessDecision = {
    allowed: false,
    reason:
      'Only the convener, chamber staff and district staff move outreach stages, owners and follow-ups. You can log a contact about your own employer.',
  };

  if (actor.organizationId === null) {
    const refused: AccessDecision = {
      allowed: false,
      reason:
        'You are not linked to an employer yet, so you cannot log contacts or answer its survey. Link yourself with `/bridge join`.',
    };

    return { logContact: refused, updateOutreach, capacitySurvey: refused };
  }

  if (actor.organizationId !== employerId) {
    const refused: AccessDecision = {
      allowed: false,
      reason:
        'This employer is not yours: employer staff log contacts and answer the capacity survey only for their own employer.',
    };

    return { logContact: refused, updateOutreach, capacitySurvey: refused };
  }

  return { logContact: allowed, updateOutreach, capacitySurvey: allowed };
}

/** Returns true when the actor is not the employer's staff, so survey answers are on its behalf. */
export function answersOnBehalf(actor: AccessActor, employerId: string): boolean {
  return actor.organizationId !== employerId;
}
