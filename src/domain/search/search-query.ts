import { type SQL, sql } from 'drizzle-orm';
import {
  needBranch,
  opportunityBranch,
  organizationBranch,
  personBranch,
  programBranch,
} from './branches.js';
import { detailsOfPage } from './details.js';
import { namedOrganizations, relatedOrganizations } from './organization-matches.js';
import type { SearchTerms } from './query-terms.js';

/**
 * Builds the search: every match of the five tables ranked by score, one page of them with the
 * details of each, and the number of matches in all. The count comes from its own row, so a
 * page past the end still returns one row, with the total and no match. The organizations that
 * rows are found through are selected once, into `named_organizations` and
 * `related_organizations`, for the branches that join them.
 */
export function searchQuery(
  terms: SearchTerms,
  input: { partnershipId: string; limit: number; offset: number; now: Date },
): SQL {
  const branches = [
    organizationBranch(input.partnershipId, terms),
    personBranch(input.partnershipId, terms),
    programBranch(input.partnershipId, terms),
    opportunityBranch(input.partnershipId, terms),
    needBranch(input.partnershipId, terms),
  ];
  const ranking = sql`page.score desc, page.kind_order, lower(page.title), page.id`;

  return sql`
    with named_organizations as materialized (${namedOrganizations(input.partnershipId, terms)}),
    related_organizations as materialized (${relatedOrganizations(input.partnershipId)}),
    matches as (${sql.join(branches, sql` union all `)}),
    page as (
      select * from matches page order by ${ranking} limit ${input.limit} offset ${input.offset}
    )
    select counted.total, page.kind, page.id::text as id, page.title, page.score, found.details
    from (select count(*)::int as total from matches) counted
    left join page on true
    left join lateral ${detailsOfPage(input.now)} found on true
    order by ${ranking}`;
}
