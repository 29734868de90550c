import type { SQL } from 'drizzle-orm';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organizations, programs } from '../../db/schema/index.js';

/** Records that have a card. */
export type CardRecord = 'employer' | 'program' | 'district';

/** A record whose name matched, with the campus of a program so that same-named programs differ. */
export interface CardCandidate {
  id: string;
  name: string;
  campusName: string | null;
}

/** The rule that matched the typed name: whole name, every typed word, or trigram similarity. */
export type MatchKind = 'exact' | 'words' | 'similar';

export type CardMatch =
  | { outcome: 'found'; candidate: CardCandidate; kind: MatchKind }
  | { outcome: 'several'; candidates: CardCandidate[]; total: number; kind: MatchKind }
  | { outcome: 'none' };

/** Candidates listed when a name matches several records. */
export const MAX_CARD_CANDIDATES = 10;

/**
 * Similar names whose score is this close to the best one count as equally likely, so the
 * person chooses among them instead of seeing a guess.
 */
const CLOSE_SCORE_MARGIN = 0.1;

interface ScoredCandidate extends CardCandidate {
  score: number;
  total: number;
}

/**
 * Finds the record a typed name means, in one partnership: the name itself ignoring case first,
 * then names that contain every typed word, then names similar by pg_trgm trigrams. Returns the
 * one record, or up to MAX_CARD_CANDIDATES when several match equally well.
 */
export async function findCardMatch(
  db: Database,
  input: { partnershipId: string; record: CardRecord; name: string },
): Promise<CardMatch> {
  const typed = input.name.trim().replace(/\s+/g, ' ').toLowerCase();
  const words = typed.split(' ').filter(Boolean);
  const search = { db, partnershipId: input.partnershipId, record: input.record };

  if (words.length === 0) return { outcome: 'none' };

  const exact = await selectCandidates(search, {
    matches: (name) => sql`${name} = ${typed}`,
    score: () => sql`1`,
  });

  if (exact.length > 0) return decide(exact, 'exact');

  const withWords = await selectCandidates(search, {
    matches: (name) => and(...words.map((word) => sql`${name} like ${containsPattern(word)}`)),
    score: (name) => sql`word_similarity(${typed}, ${name})`,
  });

  if (withWords.length > 0) return decide(withWords, 'words');

  // `%` compares whole names and `<%` finds the typed text inside a longer name; both can use
  // the gin trigram indexes on lower(name).
  const similar = await selectCandidates(search, {
    matches: (name) => sql`(${name} % ${typed} or ${typed} <% ${name})`,
    score: (name) =>
      sql`greatest(similarity(${name}, ${typed}), word_similarity(${typed}, ${name}))`,
  });

  if (similar.length === 0) return { outcome: 'none' };

  const best = similar[0]?.score ?? 0;
  const close = similar.filter((candidate) => candidate.score >= best - CLOSE_SCORE_MARGIN);

  return close.length === 1 ? decide(close, 'similar') : decide(similar, 'similar');
}

function decide(rows: ScoredCandidate[], kind: MatchKind): CardMatch {
  const candidates = rows.map(({ id, name, campusName }) => ({ id, name, campusName }));
  const [first] = candidates;

  if (candidates.length === 1 && first) return { outcome: 'found', candidate: first, kind };

  return { outcome: 'several', candidates, total: rows[0]?.total ?? candidates.length, kind };
}

/** Builds a LIKE pattern that finds the word anywhere, with `%`, `_` and `\` matched literally. */
function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

interface Search {
  db: Database;
  partnershipId: string;
  record: CardRecord;
}

interface NameTest {
  matches: (lowerName: SQL) => SQL | undefined;
  score: (lowerName: SQL) => SQL;
}

/** Returns the best-scoring matches, each with the count of all matches. */
async function selectCandidates(search: Search, test: NameTest): Promise<ScoredCandidate[]> {
  if (search.record === 'program') return selectPrograms(search, test);

  const kind = search.record === 'employer' ? 'employer' : 'school_district';
  const lowerName = sql`lower(${organizations.name})`;
  const score = test.score(lowerName).mapWith(Number);

  return search.db
    .select({
      id: organizations.id,
      name: organizations.name,
      campusName: sql<string | null>`null`,
      score,
      total: sql`(count(*) over ())::int`.mapWith(Number),
    })
    .from(organizations)
    .where(
      and(
        eq(organizations.partnershipId, search.partnershipId),
        eq(organizations.kind, kind),
        test.matches(lowerName),
      ),
    )
    .orderBy(desc(score), asc(organizations.name))
    .limit(MAX_CARD_CANDIDATES);
}

async function selectPrograms(search: Search, test: NameTest): Promise<ScoredCandidate[]> {
  const lowerName = sql`lower(${programs.name})`;
  const score = test.score(lowerName).mapWith(Number);

  return search.db
    .select({
      id: programs.id,
      name: programs.name,
      campusName: organizations.name,
      score,
      total: sql`(count(*) over ())::int`.mapWith(Number),
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.campusId))
    .where(and(eq(programs.partnershipId, search.partnershipId), test.matches(lowerName)))
    .orderBy(desc(score), asc(programs.name), asc(organizations.name))
    .limit(MAX_CARD_CANDIDATES);
}
