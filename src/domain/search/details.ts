import { type SQL, sql } from 'drizzle-orm';

/**
 * A lateral subquery that returns `details`, JSON text with the fields of one result's kind,
 * for the row `page` (columns `kind` and `id`). Only the rows of the page shown are looked up.
 * A contact is stale when it was never confirmed or was last confirmed more than the
 * partnership's contact_stale_after_days (in 24-hour days) before `now`.
 */
export function detailsOfPage(now: Date): SQL {
  return sql`(
    select json_build_object(
      'organizationKind', o.kind, 'naicsCode', o.naics_code, 'zip', o.zip,
      'address', o.address, 'parentName', parent.name
    )::text as details
    from organizations o
    left join organizations parent on parent.id = o.parent_id
    where page.kind = 'organization' and o.id = page.id
    union all
    select json_build_object(
      'personTitle', p.title, 'organizationName', o.name, 'organizationKind', o.kind,
      'confirmedOn', to_char(p.confirmed_at at time zone pt.time_zone, 'YYYY-MM-DD'),
      'stale', p.confirmed_at is null
        or p.confirmed_at < ${now.toISOString()}::timestamptz
          - pt.contact_stale_after_days * interval '24 hours'
    )::text
    from people p
    join partnerships pt on pt.id = p.partnership_id
    left join organizations o on o.id = p.organization_id
    where page.kind = 'person' and p.id = page.id
    union all
    select json_build_object(
      'campusName', campus.name, 'campusZip', campus.zip, 'districtName', district.name,
      'careerCluster', p.career_cluster
    )::text
    from programs p
    join organizations campus on campus.id = p.campus_id
    left join organizations district on district.id = campus.parent_id
    where page.kind = 'program' and p.id = page.id
    union all
    select json_build_object(
      'opportunityType', op.type, 'employerName', employer.name, 'status', op.status,
      'careerCluster', op.career_cluster
    )::text
    from opportunities op
    join organizations employer on employer.id = op.employer_id
    where page.kind = 'opportunity' and op.id = page.id
    union all
    select json_build_object(
      'employerName', employer.name, 'socCode', n.soc_code,
      'openingsPerYear', n.openings_per_year, 'timeFrame', n.time_frame, 'skills', n.skills
    )::text
    from industry_needs n
    join organizations employer on employer.id = n.employer_id
    where page.kind = 'need' and n.id = page.id
  )`;
}
