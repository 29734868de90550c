import { type SQL, sql } from 'drizzle-orm';
import { MAX_NAME_SCORE, type NameMatcher, TOPIC_BONUS } from './name-match.js';
import type { SearchTerms } from './query-terms.js';

/**
 * Scores of rows found only by sector or cluster, and only by ZIP code. Both rank below names
 * similar to the query (tier 1 and up) and above weak name matches, whose mean word similarity
 * is under the threshold.
 */
const TOPIC_ONLY_SCORE = 0.5;
const ZIP_ONLY_SCORE = 0.6;

/**
 * Ranges of scores of rows found through a related record's name (a person's organization, a
 * program's campus, an opportunity's employer) or a field besides the name (a contact's title, a
 * need's skills). The `all` range serves queries that name something besides a sector or
 * cluster. It lies below names similar to the query (tier 1 and up) and above rows found only
 * by topic, so an organization's people, programs and needs follow it in the results instead of
 * mixing with every row of its sector. The `any` range serves queries that only name sectors or
 * clusters. A related name that contains one of those words is weak evidence, so it ranks below the
 * rows of the sector or cluster.
 */
const relatedScoreRanges = {
  all: { min: 0.7, span: 0.25 },
  any: { min: 0.3, span: 0.15 },
} as const;

/**
 * Maps the score of a related name or a secondary field, from 0 to MAX_NAME_SCORE, into the
 * related range for the query's name words, keeping its order.
 */
export function relatedScore(score: SQL, terms: SearchTerms): SQL {
  const range = relatedScoreRanges[terms.nameWords.needed];

  return sql`(${range.min}::float8 + ${range.span}::float8 * ${score} / ${MAX_NAME_SCORE}::float8)`;
}

/**
 * Selects every row of one kind that the candidate selects find, once, with its best score.
 * Each candidate selects `id, title, score`. A row that several of them find keeps the highest
 * score, so a person named like the query ranks by their name and not by their organization.
 */
export function bestMatches(kind: string, kindOrder: number, candidates: SQL[]): SQL {
  return sql`
    select ${kind}::text as kind, ${kindOrder}::int as kind_order, found.id, found.title,
      max(found.score) as score
    from (${sql.join(candidates, sql` union all `)}) found
    group by found.id, found.title`;
}

/**
 * Combines the select of rows found by name, with a bonus for those that match the topic too,
 * and the select of rows found only by topic.
 */
export function byNameOrTopic(
  select: (score: SQL) => SQL,
  name: NameMatcher,
  topic: SQL | undefined,
  topicScore: SQL,
): SQL {
  if (!topic) return sql`${select(name.score)} and ${name.matches}`;

  const score = withTopicBonus(name.score, topic, topicScore);

  // The case makes Postgres test the cheap topic before the trigram functions, which it would
  // otherwise evaluate first on every row of the partnership.
  return sql`${select(score)} and ${name.matches}
    union all
    ${select(topicScore)} and case when ${topic} then not ${name.matches} else false end`;
}

/**
 * Scores a row found by name that may also match the topic. A weak name match that also matches
 * the topic ranks above rows found by topic alone.
 */
export function withTopicBonus(nameScore: SQL, topic: SQL | undefined, topicScore: SQL): SQL {
  if (!topic) return nameScore;

  return sql`case when ${topic}
    then greatest(${nameScore}, ${topicScore}) + ${TOPIC_BONUS}::float8
    else ${nameScore} end`;
}

/** Scores a row found only by topic: ZIP matches above sector and cluster matches. */
export function topicOnlyScore(zipMatch: SQL | undefined): SQL {
  if (!zipMatch) return sql`${TOPIC_ONLY_SCORE}::float8`;

  return sql`case when ${zipMatch} then ${ZIP_ONLY_SCORE}::float8 else ${TOPIC_ONLY_SCORE}::float8 end`;
}
