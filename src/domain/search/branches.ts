import { type SQL, sql } from 'drizzle-orm';
import { anyOf, inList, type NameMatcher, nameMatcher, TOPIC_BONUS } from './name-match.js';
import type { SearchTerms } from './query-terms.js';

/**
 * Scores of rows found only by sector or cluster, and only by ZIP code. Both rank below names
 * similar to the query (tier 1 and up) and above weak name matches, whose mean word similarity
 * is under the threshold.
 */
const TOPIC_ONLY_SCORE = 0.5;
const ZIP_ONLY_SCORE = 0.6;

/*
 * Each branch selects `kind, kind_order, id, title, score` for one table of one partnership.
 * Rows found by name come from a select that the trigram indexes serve. Rows found only by
 * sector, cluster or ZIP come from a second select that leaves out the first one's rows.
 */

export function organizationBranch(partnershipId: string, terms: SearchTerms): SQL {
  const name = nameMatcher(sql`lower(o.name)`, terms);
  const zipMatch = inList(sql`o.zip`, terms.zips);
  const topic = anyOf([inList(sql`left(o.naics_code, 2)`, terms.naicsSectors), zipMatch]);
  const select = (score: SQL) => sql`
    select 'organization' as kind, 0 as kind_order, o.id, o.name as title, ${score} as score
    from organizations o
    where o.partnership_id = ${partnershipId}`;

  return byNameOrTopic(select, name, topic, topicOnlyScore(zipMatch));
}

export function personBranch(partnershipId: string, terms: SearchTerms): SQL {
  const name = nameMatcher(sql`lower(p.display_name)`, terms);

  return sql`
    select 'person' as kind, 1 as kind_order, p.id, p.display_name as title, ${name.score} as score
    from people p
    where p.partnership_id = ${partnershipId} and ${name.matches}`;
}

export function programBranch(partnershipId: string, terms: SearchTerms): SQL {
  const name = nameMatcher(sql`lower(p.name)`, terms);
  const campusZips = inList(sql`campus.zip`, terms.zips);
  const zipMatch = campusZips
    ? sql`p.campus_id in (
        select campus.id from organizations campus
        where campus.partnership_id = ${partnershipId} and ${campusZips})`
    : undefined;
  const topic = anyOf([inList(sql`p.career_cluster`, terms.careerClusters), zipMatch]);
  const select = (score: SQL) => sql`
    select 'program' as kind, 2 as kind_order, p.id, p.name as title, ${score} as score
    from programs p
    where p.partnership_id = ${partnershipId}`;

  return byNameOrTopic(select, name, topic, topicOnlyScore(zipMatch));
}

export function opportunityBranch(partnershipId: string, terms: SearchTerms): SQL {
  const name = nameMatcher(sql`lower(op.title)`, terms);
  const topic = inList(sql`op.career_cluster`, terms.careerClusters);
  const select = (score: SQL) => sql`
    select 'opportunity' as kind, 3 as kind_order, op.id, op.title as title, ${score} as score
    from opportunities op
    where op.partnership_id = ${partnershipId}`;

  return byNameOrTopic(select, name, topic, topicOnlyScore(undefined));
}

/**
 * Combines the select of rows found by name, with a bonus for those that match the topic too,
 * and the select of rows found only by topic.
 */
function byNameOrTopic(
  select: (score: SQL) => SQL,
  name: NameMatcher,
  topic: SQL | undefined,
  topicScore: SQL,
): SQL {
  if (!topic) return sql`${select(name.score)} and ${name.matches}`;

  // A weak name match that also matches the topic ranks above rows found by topic alone.
  const score = sql`case when ${topic}
    then greatest(${name.score}, ${topicScore}) + ${TOPIC_BONUS}::float8
    else ${name.score} end`;

  // The case makes Postgres test the cheap topic before the trigram functions, which it would
  // otherwise evaluate first on every row of the partnership.
  return sql`${select(score)} and ${name.matches}
    union all
    ${select(topicScore)} and case when ${topic} then not ${name.matches} else false end`;
}

/** Scores a row found only by topic: ZIP matches above sector and cluster matches. */
function topicOnlyScore(zipMatch: SQL | undefined): SQL {
  if (!zipMatch) return sql`${TOPIC_ONLY_SCORE}::float8`;

  return sql`case when ${zipMatch} then ${ZIP_ONLY_SCORE}::float8 else ${TOPIC_ONLY_SCORE}::float8 end`;
}
