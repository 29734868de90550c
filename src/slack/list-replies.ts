import { listUpcomingEvents } from '../domain/events.js';
import { listOpenOpportunities } from '../domain/opportunities.js';
import { getPartnershipSettings } from '../domain/partnership-settings.js';
import { listStaleContacts } from '../domain/stale-contacts.js';
import { todayIn } from '../domain/time.js';
import type { Actor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import { EVENTS_PER_MESSAGE, renderEventList } from './messages/events.js';
import type { SlackMessage } from './messages/help.js';
import type { OpportunityPage } from './messages/opportunities.js';
import { OPPORTUNITIES_PER_MESSAGE, renderOpportunityList } from './messages/opportunities.js';
import { renderStaleContacts, STALE_CONTACTS_PER_MESSAGE } from './messages/stale-contacts.js';

/** Reads and renders one page of `/bridge opportunities`. */
export async function opportunityListMessage(
  deps: SlackDependencies,
  actor: Actor,
  page: OpportunityPage,
): Promise<SlackMessage> {
  const opportunities = await listOpenOpportunities(deps.db, {
    partnershipId: actor.partnership.id,
    type: page.type,
    today: todayIn(actor.partnership.timeZone, deps.now()),
    // One more than a page holds shows whether a next page exists.
    limit: OPPORTUNITIES_PER_MESSAGE + 1,
    offset: page.offset,
  });

  return renderOpportunityList({ opportunities, type: page.type, offset: page.offset });
}

/** Reads and renders one page of `/bridge events`, with the person's own RSVPs. */
export async function eventListMessage(
  deps: SlackDependencies,
  actor: Actor,
  offset: number,
): Promise<SlackMessage> {
  const events = await listUpcomingEvents(deps.db, {
    partnershipId: actor.partnership.id,
    personId: actor.person.id,
    now: deps.now(),
    limit: EVENTS_PER_MESSAGE + 1,
    offset,
  });

  return renderEventList({ events, timeZone: actor.partnership.timeZone, offset });
}

/** Reads and renders one page of `/bridge contacts stale`. */
export async function staleContactsMessage(
  deps: SlackDependencies,
  actor: Actor,
  offset: number,
): Promise<SlackMessage> {
  const settings = await getPartnershipSettings(deps.db, actor.partnership.id);
  const staleAfterDays = settings?.contactStaleAfterDays ?? 365;
  const contacts = await listStaleContacts(deps.db, {
    partnershipId: actor.partnership.id,
    staleAfterDays,
    now: deps.now(),
    limit: STALE_CONTACTS_PER_MESSAGE + 1,
    offset,
  });

  return renderStaleContacts({
    contacts,
    staleAfterDays,
    timeZone: actor.partnership.timeZone,
    offset,
  });
}
