import { type SQL, sql } from 'drizzle-orm';
import {
  bestMatches,
  byNameOrTopic,
  relatedScore,
  topicOnlyScore,
  withTopicBonus,
} from './candidates.js';
import { anyOf, inList, MAX_NAME_SCORE, nameMatcher } from './name-match.js';
import type { SearchTerms } from './query-terms.js';

/*
 * Each branch selects `kind, kind_order, id, title, score` for one table of one partnership.
 * Rows found by name come from a select that the trigram indexes serve. Rows found only by
 * sector, cluster or ZIP come from a second select that leaves out the first one's rows. Rows
 * found through an organization join the CTEs `named_organizations` and `related_organizations`
 * (see organization-matches.ts). Every select filters each table it reads by the partnership.
 */

/** Finds organizations by name, sector and ZIP code, and campuses by their district's name. */
export function organizationBranch(partnershipId: string, terms: SearchTerms): SQL {
  const zipMatch = inList(sql`o.zip`, terms.zips);
  const topic = anyOf([inList(sql`left(o.naics_code, 2)`, terms.naicsSectors), zipMatch]);
  const topicScore = topicOnlyScore(zipMatch);
  const byTopicOnly = topic
    ? [
        sql`
          select o.id, o.name as title, ${topicScore} as score
          from organizations o
          where o.partnership_id = ${partnershipId} and ${topic}
            and o.id not in (select named.id from named_organizations named)`,
      ]
    : [];

  return bestMatches('organization', 0, [
    sql`
      select o.id, o.name as title, ${withTopicBonus(sql`o.name_score`, topic, topicScore)} as score
      from named_organizations o`,
    ...byTopicOnly,
    sql`select related.id, related.name as title, related.score from related_organizations related`,
  ]);
}

/**
 * Finds people by their own name, their title, their organization's name and, for campus staff,
 * their district's name.
 */
export function personBranch(partnershipId: string, terms: SearchTerms): SQL {
  const name = nameMatcher(sql`lower(p.display_name)`, terms);
  const title = nameMatcher(sql`lower(p.title)`, terms);
  const select = (score: SQL) => sql`
    select p.id, p.display_name as title, ${score} as score
    from people p
    where p.partnership_id = ${partnershipId}`;

  return bestMatches('person', 1, [
    sql`${select(name.score)} and ${name.matches}`,
    sql`${select(relatedScore(title.score, terms))} and ${title.matches}`,
    sql`
      select p.id, p.display_name as title, related.score
      from related_organizations related
      join people p on p.organization_id = related.id and p.partnership_id = ${partnershipId}`,
  ]);
}

/**
 * Finds programs by name, career cluster and their campus's ZIP code, and by the name of their
 * campus or its district.
 */
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
    select p.id, p.name as title, ${score} as score
    from programs p
    where p.partnership_id = ${partnershipId}`;

  return bestMatches('program', 2, [
    byNameOrTopic(select, name, topic, topicOnlyScore(zipMatch)),
    sql`
      select p.id, p.name as title, related.score
      from related_organizations related
      join programs p on p.campus_id = related.id and p.partnership_id = ${partnershipId}`,
  ]);
}

/** Finds opportunities by title and career cluster, and by their employer's name. */
export function opportunityBranch(partnershipId: string, terms: SearchTerms): SQL {
  const name = nameMatcher(sql`lower(op.title)`, terms);
  const topic = inList(sql`op.career_cluster`, terms.careerClusters);
  const select = (score: SQL) => sql`
    select op.id, op.title as title, ${score} as score
    from opportunities op
    where op.partnership_id = ${partnershipId}`;

  return bestMatches('opportunity', 3, [
    byNameOrTopic(select, name, topic, topicOnlyScore(undefined)),
    sql`
      select op.id, op.title as title, employer.score
      from named_organizations employer
      join opportunities op on op.employer_id = employer.id and op.partnership_id = ${partnershipId}`,
  ]);
}

/**
 * Finds industry needs by occupation title, by SOC code (ranked as an exact name), by the
 * occupation title and skills together, and by their employer's name.
 */
export function needBranch(partnershipId: string, terms: SearchTerms): SQL {
  const name = nameMatcher(sql`lower(n.occupation_title)`, terms);
  // The expression of the industry_needs_search_text_trgm_idx index, so that the index serves.
  const titleAndSkills = nameMatcher(
    sql`industry_need_search_text(n.occupation_title, n.skills)`,
    terms,
  );
  const socCodes = inList(sql`n.soc_code`, terms.socCodes);
  const select = (score: SQL) => sql`
    select n.id, n.occupation_title as title, ${score} as score
    from industry_needs n
    where n.partnership_id = ${partnershipId}`;

  return bestMatches('need', 4, [
    sql`${select(name.score)} and ${name.matches}`,
    ...(socCodes ? [sql`${select(sql`${MAX_NAME_SCORE}::float8`)} and ${socCodes}`] : []),
    sql`${select(relatedScore(titleAndSkills.score, terms))} and ${titleAndSkills.matches}`,
    sql`
      select n.id, n.occupation_title as title, employer.score
      from named_organizations employer
      join industry_needs n on n.employer_id = employer.id and n.partnership_id = ${partnershipId}`,
  ]);
}
