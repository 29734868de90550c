import type { SQL } from 'drizzle-orm';
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { events } from '../db/schema/index.js';
import { escapeLikePattern } from './organization-search.js';

/** An event whose title matched a typed name. */
export interface EventCandidate {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
}

export type EventMatch =
  | { outcome: 'found'; event: EventCandidate }
  | { outcome: 'several'; candidates: EventCandidate[] }
  | { outcome: 'none' };

/** Events offered to choose from when a name matches several. */
export const MAX_EVENT_CANDIDATES = 10;

/** Events that ended longer ago than this are not matched, so last year's namesake is skipped. */
const RECENT_MS = 24 * 60 * 60 * 1000;

/**
 * Finds the event a typed title means among a partnership's events that have not ended or ended
 * in the last day: the title itself ignoring case first, then titles containing every typed
 * word, then titles similar by pg_trgm trigrams. Of several matches, the only one under way on
 * `now` wins; otherwise all of them (up to MAX_EVENT_CANDIDATES) are returned, soonest first.
 */
export async function findEventByTitle(
  db: Database,
  input: { partnershipId: string; title: string; now: Date },
): Promise<EventMatch> {
  const typed = input.title.trim().replace(/\s+/g, ' ').toLowerCase();
  const words = typed.split(' ').filter(Boolean);
  const lowerTitle = sql`lower(${events.title})`;

  if (words.length === 0) return { outcome: 'none' };

  const tests: SQL[] = [
    sql`${lowerTitle} = ${typed}`,
    and(
      ...words.map((word) => sql`${lowerTitle} like ${`%${escapeLikePattern(word)}%`} escape '\\'`),
    ) ?? sql`false`,
    sql`(${lowerTitle} % ${typed} or ${typed} <% ${lowerTitle})`,
  ];

  for (const test of tests) {
    const found = await selectCandidates(db, input, test);

    if (found.length > 0) return decide(found, input.now);
  }

  return { outcome: 'none' };
}

async function selectCandidates(
  db: Database,
  input: { partnershipId: string; now: Date },
  test: SQL,
): Promise<EventCandidate[]> {
  const recent = new Date(input.now.getTime() - RECENT_MS);

  return db
    .select({
      id: events.id,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
    })
    .from(events)
    .where(and(eq(events.partnershipId, input.partnershipId), gte(events.endsAt, recent), test))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(MAX_EVENT_CANDIDATES);
}

function decide(candidates: EventCandidate[], now: Date): EventMatch {
  const [only] = candidates;

  if (candidates.length === 1 && only) return { outcome: 'found', event: only };

  const underWay = candidates.filter((event) => event.startsAt <= now && now < event.endsAt);
  const [current] = underWay;

  if (underWay.length === 1 && current) return { outcome: 'found', event: current };

  return { outcome: 'several', candidates };
}
