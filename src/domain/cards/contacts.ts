import type { SQL } from 'drizzle-orm';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organizations, people } from '../../db/schema/index.js';
import { getPartnershipSettings } from '../partnership-settings.js';
import { isContactStale } from '../stale-contacts.js';

/** A person listed on a card, with whether their details are due for a check. */
export interface ContactSummary {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  organizationName: string | null;
  confirmedAt: Date | null;
  /** True when the details were never confirmed or were last confirmed too long ago. */
  stale: boolean;
}

/** The first contacts of a card and how many there are in all. */
export interface ContactList {
  contacts: ContactSummary[];
  total: number;
}

/**
 * Lists the people of the organizations that `belongs` selects, marking as stale every contact
 * never confirmed or confirmed more than the partnership's contact_stale_after_days before `now`.
 * `first` orders the contacts that should lead, such as a district's own staff.
 */
export async function listContacts(
  db: Database,
  query: { partnershipId: string; belongs: SQL | undefined; first?: SQL; now: Date; limit: number },
): Promise<ContactList> {
  const settings = await getPartnershipSettings(db, query.partnershipId);

  if (!settings) throw new Error(`Partnership ${query.partnershipId} not found`);

  const filter = and(eq(people.partnershipId, query.partnershipId), query.belongs);

  const rows = await db
    .select({
      id: people.id,
      name: people.displayName,
      title: people.title,
      email: people.email,
      phone: people.phone,
      organizationName: organizations.name,
      confirmedAt: people.confirmedAt,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(filter)
    .orderBy(
      ...(query.first ? [desc(query.first)] : []),
      asc(organizations.name),
      asc(people.displayName),
      asc(people.id),
    )
    .limit(query.limit);
  const [total] = await db.select({ value: count() }).from(people).where(filter);

  const contacts = rows.map((row) => ({
    ...row,
    stale: isContactStale(row.confirmedAt, settings.contactStaleAfterDays, query.now),
  }));

  return { contacts, total: total?.value ?? contacts.length };
}
