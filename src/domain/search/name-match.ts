import { type SQL, sql } from 'drizzle-orm';
import { escapeLikePattern } from '../organization-search.js';
import type { SearchTerms } from './query-terms.js';

/**
 * Minimum pg_trgm word_similarity for a query word to match a name. At 0.45 one typo in a word
 * of five or more letters still matches ("weldng" scores 0.57 against "welding", "aldr" 0.6
 * against "alder"), while "port" (0.4 against "transportation") does not.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.45;

/**
 * Tiers, in the order names rank: equal to the query, starting with it, with a word starting
 * with it, and similar, where the query words' mean word_similarity reaches the threshold.
 */
const tiers = { exact: 4, prefix: 3, wordPrefix: 2, similar: 1 } as const;

/** The highest score a NameMatcher gives: the exact tier plus a trigram score of 1. */
export const MAX_NAME_SCORE = tiers.exact + 1;

/** Bonus for a row found by name that also matches the query's sector, cluster or ZIP code. */
export const TOPIC_BONUS = 0.25;

/** Whole queries shorter than this match only at the start of a name, as trigrams need three. */
const MIN_CONTAINS_LENGTH = 3;

/** SQL fragments that match and score one lowercased name column against the search terms. */
export interface NameMatcher {
  /**
   * True when words of the name are similar to the query's name words (all of them, or any when
   * the query only names sectors or clusters). Without name words, true when the name contains
   * the whole query, or starts with it for queries under three characters.
   */
  matches: SQL;
  /**
   * The tier (4 to 1, or 0 for a weak match) plus a trigram score from 0 to 1. The trigram score
   * is three quarters the query words' mean word_similarity and one quarter the whole query's
   * similarity, so that of two names with the same words the shorter ranks first.
   */
  score: SQL;
}

/**
 * Builds the matcher for `name`, an expression such as `lower(o.name)` that a gin_trgm_ops index
 * covers. Every typed value is a bound parameter.
 */
export function nameMatcher(name: SQL, terms: SearchTerms): NameMatcher {
  const escaped = escapeLikePattern(terms.phrase);
  const phrase = sql`lower(${terms.phrase})`;
  const prefix = sql`lower(${`${escaped}%`})`;
  const wordPrefix = sql`lower(${`% ${escaped}%`})`;
  const contains = sql`lower(${`%${escaped}%`})`;
  const words = terms.fuzzyWords.map((word) => sql`lower(${word})`);
  const nameWords = terms.nameWords.words.map((word) => sql`lower(${word}) <% ${name}`);

  const wholeQuery =
    Array.from(terms.phrase).length >= MIN_CONTAINS_LENGTH
      ? sql`${name} like ${contains}`
      : sql`${name} like ${prefix}`;
  const similarWords =
    nameWords.length === 0
      ? undefined
      : sql`(${sql.join(nameWords, terms.nameWords.needed === 'all' ? sql` and ` : sql` or `)})`;
  // A name that contains the whole query is similar to each of its words, so the LIKE test
  // only adds matches for queries without words of three or more letters, such as "IT" or "%".
  const matches = similarWords ?? wholeQuery;

  const wholeSimilarity = sql`similarity(${phrase}, ${name})`;
  const meanWordSimilarity =
    words.length === 0
      ? undefined
      : sql`(${sql.join(
          words.map((word) => sql`word_similarity(${word}, ${name})`),
          sql` + `,
        )}) / ${words.length}::float8`;
  const similarTier = meanWordSimilarity
    ? sql`when ${meanWordSimilarity} >= ${WORD_SIMILARITY_THRESHOLD}::float8 then ${tiers.similar}::float8`
    : sql``;
  const tier = sql`case when ${name} = ${phrase} then ${tiers.exact}::float8
    when ${name} like ${prefix} then ${tiers.prefix}::float8
    when ${name} like ${wordPrefix} then ${tiers.wordPrefix}::float8
    ${similarTier}
    else 0::float8 end`;
  const trigramScore = meanWordSimilarity
    ? sql`0.75 * ${meanWordSimilarity} + 0.25 * ${wholeSimilarity}`
    : wholeSimilarity;

  return { matches: sql`(${matches})`, score: sql`(${tier} + ${trigramScore})` };
}

/** Builds `column in (…)` with one bound parameter per value, or undefined for no values. */
export function inList(column: SQL, values: string[]): SQL | undefined {
  if (values.length === 0) return undefined;

  return sql`${column} in (${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )})`;
}

/** Joins the defined conditions with `or`; undefined when there are none. */
export function anyOf(conditions: Array<SQL | undefined>): SQL | undefined {
  const defined = conditions.filter((condition) => condition !== undefined);

  if (defined.length === 0) return undefined;

  return sql`(${sql.join(defined, sql` or `)})`;
}
