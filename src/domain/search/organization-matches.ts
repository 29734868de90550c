import { type SQL, sql } from 'drizzle-orm';
import { relatedScore } from './candidates.js';
import { nameMatcher } from './name-match.js';
import type { SearchTerms } from './query-terms.js';

/*
 * The search reads these selects once each, as the CTEs `named_organizations` and
 * `related_organizations`, so the trigram test on organization names runs once however many
 * branches use its result.
 */

/**
 * Selects the partnership's organizations whose name matches the query, with the columns the
 * organization branch shows and tests (`id`, `name`, `kind`, `zip`, `naics_code`), `name_score`
 * (the NameMatcher score) and `score` (the score of rows found through them).
 */
export function namedOrganizations(partnershipId: string, terms: SearchTerms): SQL {
  const name = nameMatcher(sql`lower(o.name)`, terms);

  return sql`
    select o.id, o.name, o.kind, o.zip, o.naics_code, ${name.score} as name_score,
      ${relatedScore(name.score, terms)} as score
    from organizations o
    where o.partnership_id = ${partnershipId} and ${name.matches}`;
}

/**
 * Selects `id, name, score` of the organizations that rows can be found through: those named
 * like the query, and the campuses of districts named like it, with their district's score. A
 * campus that is both appears twice, and the branches keep each row's best score.
 */
export function relatedOrganizations(partnershipId: string): SQL {
  return sql`
    select named.id, named.name, named.score from named_organizations named
    union all
    select campus.id, campus.name, district.score
    from named_organizations district
    join organizations campus
      on campus.parent_id = district.id and campus.partnership_id = ${partnershipId}
    where district.kind = 'school_district'`;
}
