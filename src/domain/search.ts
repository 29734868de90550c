import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../db/client.js';
import type { OpportunityType, OrganizationKind } from '../db/schema/index.js';
import { WORD_SIMILARITY_THRESHOLD } from './search/name-match.js';
import { parseSearchTerms } from './search/query-terms.js';
import { searchQuery } from './search/search-query.js';
import { placeForZip } from './search/zip-places.js';

export { MAX_QUERY_LENGTH } from './search/query-terms.js';

export type SearchResultKind = 'organization' | 'person' | 'program' | 'opportunity' | 'need';

interface SearchResultBase {
  id: string;
  /** The organization's, person's or program's name, the opportunity's or need's title. */
  title: string;
  /**
   * Rank, higher first. Names score 4 and up when exact (as does a SOC code), 3 for a prefix, 2
   * for a word prefix and 1 when similar. A related name, a contact's title or a need's skills
   * score 0.7 to 0.95, or 0.3 to 0.45 when the query only names sectors or clusters. A sector,
   * cluster or ZIP code alone scores 0.5 to 0.6.
   */
  score: number;
}

export interface OrganizationResult extends SearchResultBase {
  kind: 'organization';
  organizationKind: OrganizationKind;
  naicsCode: string | null;
  zip: string | null;
  /** City and state of the ZIP code, such as "Corpus Christi, TX". */
  place: string | null;
  address: string | null;
  /** The district of a campus. */
  parentName: string | null;
}

export interface PersonResult extends SearchResultBase {
  kind: 'person';
  personTitle: string | null;
  organizationName: string | null;
  organizationKind: OrganizationKind | null;
  /** The date (YYYY-MM-DD, in the partnership's time zone) the contact was last confirmed. */
  confirmedOn: string | null;
  /** True when the last confirmation is older than the partnership's contact_stale_after_days. */
  stale: boolean;
}

export interface ProgramResult extends SearchResultBase {
  kind: 'program';
  campusName: string;
  campusZip: string | null;
  /** City and state of the campus's ZIP code. */
  campusPlace: string | null;
  districtName: string | null;
  careerCluster: string;
}

export interface OpportunityResult extends SearchResultBase {
  kind: 'opportunity';
  opportunityType: OpportunityType;
  employerName: string;
  status: 'open' | 'filled' | 'closed';
  careerCluster: string;
}

/** An employer's need for an occupation; `title` is the occupation title. */
export interface NeedResult extends SearchResultBase {
  kind: 'need';
  employerName: string;
  socCode: string | null;
  openingsPerYear: number | null;
  /** When the employer expects the openings, as reported, such as "12 months". */
  timeFrame: string | null;
  skills: string[];
}

export type SearchResult =
  | OrganizationResult
  | PersonResult
  | ProgramResult
  | OpportunityResult
  | NeedResult;

export interface SearchPage {
  results: SearchResult[];
  /** Matches in all, across every page. */
  total: number;
  offset: number;
}

/** cpu_operator_cost while searching; the Postgres default is 0.0025. */
const SEARCH_CPU_OPERATOR_COST = 0.1;

/** Maximum number of results one call returns. */
export const MAX_SEARCH_LIMIT = 100;

interface MatchRow {
  total: number;
  kind: SearchResultKind | null;
  id: string | null;
  title: string | null;
  score: number | null;
  details: string | null;
}

/**
 * Searches one partnership's organizations, people, programs, opportunities and industry needs.
 * Names rank first when equal to the query, then when they start with it, then by trigram
 * similarity, so typos still match. Next come rows found through a related name (a person's
 * organization, a program's campus or district, a campus's district, an opportunity's or need's
 * employer), a contact's title or a need's skills. Rows found only by NAICS sector, career
 * cluster or ZIP code come last. A need whose SOC code the query names ranks as an exact name.
 * The planner settings it makes last until its transaction ends, which is the caller's when
 * `db` is a transaction.
 */
export async function searchDirectory(
  db: Database,
  input: { partnershipId: string; query: string; limit: number; offset?: number; now: Date },
): Promise<SearchPage> {
  const terms = parseSearchTerms(input.query);
  const limit = Math.min(Math.max(Math.trunc(input.limit), 1), MAX_SEARCH_LIMIT);
  const offset = Math.max(Math.trunc(input.offset ?? 0), 0);

  if (terms.phrase === '') return { results: [], total: 0, offset };

  const query = searchQuery(terms, {
    partnershipId: input.partnershipId,
    limit,
    offset,
    now: input.now,
  });

  const rows = await db.transaction(async (tx) => {
    // Postgres prices pg_trgm's functions like `=`, at one cpu_operator_cost each, so it may
    // scan a table and test word_similarity on every row. For `dana reyes` on the data of
    // bench/search.ts (Postgres 15) that took 24 ms on 10,000 programs and 42 ms on 10,000
    // opportunities, while the whole search through the trigram indexes takes about 15 ms.
    // Forty times the default cost, for this transaction only, makes it choose the indexes.
    // NOTE: PGlite runs no autovacuum, so after a large import the indexes keep new rows in
    // their pending list and the planner scans the tables anyway, about 4 times slower on the
    // benchmark's 80,000 rows until something runs VACUUM (docs/benchmarks.md).
    await tx.execute(sql`select
      set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true),
      set_config('cpu_operator_cost', ${String(SEARCH_CPU_OPERATOR_COST)}, true)`);

    return rowsOf<MatchRow>(await tx.execute(query));
  });

  return {
    results: rows.flatMap((row) => (row.id === null ? [] : [toResult(row)])),
    total: Number(rows[0]?.total ?? 0),
    offset,
  };
}

/** Builds a result from a row, whose `details` contains the fields of its kind as JSON text. */
function toResult(row: MatchRow): SearchResult {
  const base = { id: row.id ?? '', title: row.title ?? '', score: Number(row.score) };
  const details = JSON.parse(row.details ?? '{}') as Record<string, unknown>;

  if (row.kind === 'organization') {
    const place = placeForZip(textOrNull(details.zip));

    return { ...base, kind: row.kind, ...details, place } as OrganizationResult;
  }

  if (row.kind === 'program') {
    const campusPlace = placeForZip(textOrNull(details.campusZip));

    return { ...base, kind: row.kind, ...details, campusPlace } as ProgramResult;
  }

  return { ...base, kind: row.kind, ...details } as PersonResult | OpportunityResult | NeedResult;
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
