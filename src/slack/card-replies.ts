import type { AccessActor } from '../domain/access.js';
import type { ContactList } from '../domain/cards/contacts.js';
import { getDistrictCard } from '../domain/cards/district-card.js';
import { findEditableIds } from '../domain/cards/editable.js';
import { getEmployerCard } from '../domain/cards/employer-card.js';
import type { CardRecord } from '../domain/cards/match.js';
import { getProgramCard } from '../domain/cards/program-card.js';
import { accessActorOf } from '../domain/directory-records/record-access.js';
import { decideOutreachAccess } from '../domain/outreach/access.js';
import type { OwnedRecord } from '../domain/record-owners.js';
import { isUuid } from '../domain/record-owners.js';
import { todayIn } from '../domain/time.js';
import type { Actor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import type { CardIntro, CardPermissions } from './messages/cards.js';
import { cardLimits } from './messages/cards.js';
import { renderDistrictCard } from './messages/district-card.js';
import { renderEmployerCard } from './messages/employer-card.js';
import type { SlackMessage } from './messages/help.js';
import { renderProgramCard } from './messages/program-card.js';

/**
 * Reads and renders the card of one record of the actor's partnership, with only the buttons the
 * actor may use. Returns undefined when the partnership has no such record.
 */
export async function cardMessage(
  deps: SlackDependencies,
  actor: Actor,
  target: { record: CardRecord; id: string },
  intro: CardIntro = {},
): Promise<SlackMessage | undefined> {
  const { partnership } = actor;
  const now = deps.now();

  // A button value that is not a UUID names no row, and Postgres would reject it in a query.
  if (!isUuid(target.id)) return undefined;

  const scope = { partnershipId: partnership.id, today: todayIn(partnership.timeZone, now), now };

  switch (target.record) {
    case 'employer': {
      const card = await getEmployerCard(deps.db, {
        ...scope,
        employerId: target.id,
        limits: cardLimits,
      });

      if (!card) return undefined;

      const permissions = await decidePermissions(deps, actor, {
        record: { record: 'employer', id: card.id },
        contacts: card.contacts,
      });

      const outreach = decideOutreachAccess(accessActorOf(actor.person), card.id);
      const outreachButtons = {
        logContact: outreach.logContact.allowed,
        updateOutreach: outreach.updateOutreach.allowed,
        capacitySurvey: outreach.capacitySurvey.allowed,
      };

      return renderEmployerCard({
        card,
        permissions,
        timeZone: partnership.timeZone,
        intro,
        outreachButtons,
      });
    }
    case 'program': {
      const card = await getProgramCard(deps.db, {
        ...scope,
        programId: target.id,
        partnerLimit: cardLimits.possiblePartners,
      });

      if (!card) return undefined;

      const permissions = await decidePermissions(deps, actor, {
        record: { record: 'program', id: card.id },
      });

      return renderProgramCard({ card, permissions, intro });
    }
    case 'district': {
      const card = await getDistrictCard(deps.db, {
        ...scope,
        districtId: target.id,
        limits: cardLimits,
      });

      if (!card) return undefined;

      const permissions = await decidePermissions(deps, actor, { contacts: card.contacts });

      return renderDistrictCard({ card, permissions, timeZone: partnership.timeZone, intro });
    }
  }
}

/**
 * Decides which "Edit" buttons a card shows by the access rules: the one for the card's own
 * record, when it has one, and one per contact the card lists.
 */
async function decidePermissions(
  deps: SlackDependencies,
  actor: Actor,
  shown: { record?: { record: OwnedRecord; id: string }; contacts?: ContactList },
): Promise<CardPermissions> {
  const partnershipId = actor.partnership.id;
  const accessActor: AccessActor = {
    personId: actor.person.id,
    role: actor.person.role,
    organizationId: actor.person.organizationId,
  };
  const contactIds = (shown.contacts?.contacts ?? [])
    .slice(0, cardLimits.contacts)
    .map((contact) => contact.id);

  const editableRecords = shown.record
    ? await findEditableIds(deps.db, {
        partnershipId,
        actor: accessActor,
        record: shown.record.record,
        ids: [shown.record.id],
      })
    : new Set<string>();
  const editableContactIds = await findEditableIds(deps.db, {
    partnershipId,
    actor: accessActor,
    record: 'contact',
    ids: contactIds,
  });

  return { editRecord: editableRecords.size > 0, editableContactIds };
}
