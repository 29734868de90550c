import type { View } from '@slack/types';
import type { Database } from '../db/client.js';
import { getCapacitySurvey } from '../domain/capacity-survey.js';
import { findCardMatch } from '../domain/cards/match.js';
import {
  accessActorOf,
  findOrganization,
  recordNotFound,
} from '../domain/directory-records/record-access.js';
import { answersOnBehalf, decideOutreachAccess } from '../domain/outreach/access.js';
import { getOutreachSummary } from '../domain/outreach/summary.js';
import { todayIn } from '../domain/time.js';
import type { Actor } from './actor.js';
import { renderNoCardMatch } from './messages/cards.js';
import { escapeMrkdwnWithin } from './text.js';
import { renderCapacityModal } from './views/capacity-modal.js';
import { renderOutreachContactModal, renderOutreachUpdateModal } from './views/outreach-modals.js';

/** The outreach forms an employer's card opens. */
export type OutreachForm = 'contact' | 'update' | 'capacity';

export const outreachFormTitles: Record<OutreachForm, string> = {
  contact: 'Log a contact',
  update: 'Update outreach',
  capacity: 'Capacity survey',
};

/** The employer a form is for: its id from a card's button, or a name typed in a command. */
export type OutreachTarget = { employerId: string } | { employerName: string };

export type PreparedOutreachForm =
  | { kind: 'form'; view: View }
  | { kind: 'refused'; message: string };

/**
 * Prepares an outreach form for one employer, or the reason the actor cannot use it: the
 * employer is unknown, the name matches several, or the access rules refuse.
 */
export async function prepareOutreachForm(
  db: Database,
  actor: Actor,
  request: {
    form: OutreachForm;
    target: OutreachTarget;
    now: Date;
    channelId?: string | undefined;
  },
): Promise<PreparedOutreachForm> {
  const partnershipId = actor.partnership.id;
  const employer = await resolveEmployer(db, partnershipId, request.target);

  if (employer.kind === 'refused') return employer;

  const { id: employerId, name: employerName } = employer;
  const accessActor = accessActorOf(actor.person);
  const access = decideOutreachAccess(accessActor, employerId);
  const decision = {
    contact: access.logContact,
    update: access.updateOutreach,
    capacity: access.capacitySurvey,
  }[request.form];

  if (!decision.allowed) return { kind: 'refused', message: decision.reason };

  const today = todayIn(actor.partnership.timeZone, request.now);
  const metadata = {
    timeZone: actor.partnership.timeZone,
    channelId: request.channelId,
    recordId: employerId,
  };

  if (request.form === 'capacity') {
    const survey = await getCapacitySurvey(db, { partnershipId, employerId });
    const onBehalf = answersOnBehalf(accessActor, employerId);

    return {
      kind: 'form',
      view: renderCapacityModal({ employerName, survey, onBehalf, metadata }),
    };
  }

  const outreach = await getOutreachSummary(db, {
    partnershipId,
    employerId,
    today,
    contactLimit: 0,
  });

  if (request.form === 'update') {
    return { kind: 'form', view: renderOutreachUpdateModal({ employerName, outreach, metadata }) };
  }

  return {
    kind: 'form',
    view: renderOutreachContactModal({
      employerName,
      stage: outreach.stage,
      mayUpdateOutreach: access.updateOutreach.allowed,
      today,
      metadata,
    }),
  };
}

async function resolveEmployer(
  db: Database,
  partnershipId: string,
  target: OutreachTarget,
): Promise<{ kind: 'employer'; id: string; name: string } | { kind: 'refused'; message: string }> {
  if ('employerId' in target) {
    const employer = await findOrganization(db, {
      partnershipId,
      id: target.employerId,
      kinds: ['employer'],
    });

    if (!employer) return { kind: 'refused', message: recordNotFound('employer').message };

    return { kind: 'employer', id: employer.id, name: employer.name };
  }

  // Slack sends `&`, `<` and `>` in command text as HTML entities.
  const typed = target.employerName
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const match = await findCardMatch(db, { partnershipId, record: 'employer', name: typed });

  if (match.outcome === 'none') {
    return { kind: 'refused', message: renderNoCardMatch('employer', typed).text };
  }

  if (match.outcome === 'several') {
    const names = match.candidates.map(
      (candidate) => `• ${escapeMrkdwnWithin(candidate.name, 100)}`,
    );
    const message = [
      `${match.total} employers match “${escapeMrkdwnWithin(typed, 100)}”. Type more of the name, such as:`,
      ...names,
    ].join('\n');

    return { kind: 'refused', message };
  }

  return { kind: 'employer', id: match.candidate.id, name: match.candidate.name };
}
