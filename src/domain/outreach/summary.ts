import { and, count, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { ContactChannel, OutreachStage } from '../../db/schema/index.js';
import { employerOutreach, outreachContacts, people } from '../../db/schema/index.js';
import type { CardList } from '../cards/card-list.js';

/** Contacts an employer's card lists, newest first; the card counts the rest. */
export const OUTREACH_CONTACTS_ON_CARD = 5;

export interface OutreachContactEntry {
  id: string;
  /** Null when the person who made the contact was removed from the directory. */
  personName: string | null;
  channel: ContactChannel;
  summary: string;
  contactedOn: string;
}

/** An employer's outreach: its stage, owner, dates and the latest contacts. */
export interface OutreachSummary {
  stage: OutreachStage;
  owner: { id: string; name: string; slackUserId: string | null } | null;
  lastContactOn: string | null;
  nextFollowUpOn: string | null;
  /** The next follow-up is before today in the partnership's time zone. */
  followUpOverdue: boolean;
  contacts: CardList<OutreachContactEntry>;
}

/**
 * Reads an employer's outreach record and its latest contacts. An employer without a record is
 * not contacted yet.
 */
export async function getOutreachSummary(
  db: Database,
  query: {
    partnershipId: string;
    employerId: string;
    /** The partnership's date (YYYY-MM-DD); a follow-up before it is overdue. */
    today: string;
    contactLimit: number;
  },
): Promise<OutreachSummary> {
  const { partnershipId, employerId } = query;

  const [record] = await db
    .select({
      stage: employerOutreach.stage,
      ownerId: people.id,
      ownerName: people.displayName,
      ownerSlackUserId: people.slackUserId,
      lastContactOn: employerOutreach.lastContactOn,
      nextFollowUpOn: employerOutreach.nextFollowUpOn,
    })
    .from(employerOutreach)
    .leftJoin(people, eq(people.id, employerOutreach.ownerPersonId))
    .where(
      and(
        eq(employerOutreach.partnershipId, partnershipId),
        eq(employerOutreach.employerId, employerId),
      ),
    );
  const contacts = await listOutreachContacts(db, query);
  const nextFollowUpOn = record?.nextFollowUpOn ?? null;

  return {
    stage: record?.stage ?? 'not_contacted',
    owner:
      record?.ownerId && record.ownerName
        ? { id: record.ownerId, name: record.ownerName, slackUserId: record.ownerSlackUserId }
        : null,
    lastContactOn: record?.lastContactOn ?? null,
    nextFollowUpOn,
    followUpOverdue: nextFollowUpOn !== null && nextFollowUpOn < query.today,
    contacts,
  };
}

async function listOutreachContacts(
  db: Database,
  query: { partnershipId: string; employerId: string; contactLimit: number },
): Promise<CardList<OutreachContactEntry>> {
  const filter = and(
    eq(outreachContacts.partnershipId, query.partnershipId),
    eq(outreachContacts.employerId, query.employerId),
  );

  const rows = await db
    .select({
      id: outreachContacts.id,
      personName: people.displayName,
      channel: outreachContacts.channel,
      summary: outreachContacts.summary,
      contactedOn: outreachContacts.contactedOn,
    })
    .from(outreachContacts)
    .leftJoin(people, eq(people.id, outreachContacts.personId))
    .where(filter)
    .orderBy(
      desc(outreachContacts.contactedOn),
      desc(outreachContacts.createdAt),
      desc(outreachContacts.id),
    )
    .limit(query.contactLimit);
  const [total] = await db.select({ value: count() }).from(outreachContacts).where(filter);

  return { rows, total: total?.value ?? rows.length };
}
