import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { rowsOf } from '../../src/db/client.js';

/** How many rows of each kind the digest benchmark's partnership gets. */
export interface DigestDataSize {
  employers: number;
  opportunities: number;
  events: number;
  rsvps: number;
}

/**
 * Inserts a partnership of the given size with SQL `generate_series`, so the rows go in a few
 * statements. Rows are spread over the year around `now` so that every digest section has
 * entries: some created this week, events ahead and behind, follow-ups passed and not.
 * Returns the partnership's id.
 */
export async function seedDigestPartnership(
  db: Database,
  size: DigestDataSize,
  now: Date,
): Promise<string> {
  const [partnership] = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into partnerships (name, time_zone, digest_channel_id)
      values ('Digest benchmark', 'America/Chicago', 'C0BENCH') returning id`),
  );

  if (!partnership) throw new Error('Inserting the benchmark partnership returned no row');

  const id = partnership.id;
  const at = now.toISOString();
  // People per event: every RSVP is a distinct (event, person) pair.
  const peoplePerEvent = Math.ceil(size.rsvps / size.events);

  await db.execute(sql`
    insert into organizations (partnership_id, kind, name, created_at)
    select ${id}, 'employer', 'Employer ' || g, ${at}::timestamptz - (g % 60) * interval '1 day'
    from generate_series(1, ${size.employers}) g`);
  await db.execute(sql`
    insert into organizations (partnership_id, kind, name) values (${id}, 'school_district', 'Bench ISD')`);
  await db.execute(sql`
    insert into organizations (partnership_id, kind, name, parent_id)
    select ${id}, 'campus', 'Campus ' || g,
      (select o.id from organizations o where o.partnership_id = ${id} and o.kind = 'school_district')
    from generate_series(1, 20) g`);
  await db.execute(sql`
    insert into people (partnership_id, display_name, role, slack_user_id)
    select ${id}, 'Person ' || g, 'viewer', 'UB' || g from generate_series(1, ${peoplePerEvent + 5}) g`);
  await db.execute(sql`
    insert into employer_outreach (employer_id, partnership_id, stage, owner_person_id, next_follow_up_on)
    select o.id, ${id},
      (array['not_contacted','contacted','interested','meeting_scheduled','partnered','declined','unresponsive'])[1 + (row_number() over (order by o.id)) % 7],
      (select p.id from people p where p.partnership_id = ${id} order by p.id limit 1),
      ${at}::date + ((row_number() over (order by o.id)) % 60 - 30)::int
    from organizations o where o.partnership_id = ${id} and o.kind = 'employer'`);
  await db.execute(sql`
    insert into programs (partnership_id, campus_id, name, career_cluster, wbl_offered, wbl_missing, created_at)
    select ${id}, c.id, 'Program ' || g || ' at ' || c.name, 'Manufacturing',
      case when g % 2 = 0 then array['internship','job_shadow'] else array['guest_speaker'] end,
      case when g % 3 = 0 then array['apprenticeship','mentorship'] else array['facility_tour'] end,
      ${at}::timestamptz - (g % 30) * interval '1 day'
    from organizations c cross join generate_series(1, 25) g
    where c.partnership_id = ${id} and c.kind = 'campus'`);
  await db.execute(sql`
    with employers as (
      select o.id, row_number() over (order by o.id) as position
      from organizations o where o.partnership_id = ${id} and o.kind = 'employer')
    insert into opportunities (partnership_id, employer_id, type, title, career_cluster, slots, status, created_at)
    select ${id}, e.id, 'internship', 'Opportunity ' || g, 'Manufacturing', 1 + g % 5,
      (array['open','filled','closed'])[1 + g % 3], ${at}::timestamptz - (g % 365) * interval '1 day'
    from generate_series(1, ${size.opportunities}) g
    join employers e on e.position = 1 + g % ${size.employers}`);
  await db.execute(sql`
    insert into events (partnership_id, title, kind, starts_at, ends_at, capacity)
    select ${id}, 'Event ' || g, 'career_fair',
      ${at}::timestamptz + (g - ${size.events} / 2) * interval '2 hours',
      ${at}::timestamptz + (g - ${size.events} / 2) * interval '2 hours' + interval '1 hour', 50
    from generate_series(1, ${size.events}) g`);
  await db.execute(sql`
    with numbered_events as (
      select e.id, row_number() over (order by e.id) - 1 as position
      from events e where e.partnership_id = ${id}),
    numbered_people as (
      select p.id, row_number() over (order by p.id) - 1 as position
      from people p where p.partnership_id = ${id})
    insert into rsvps (event_id, person_id, status)
    select e.id, p.id, (array['going','maybe','not_going','waitlisted'])[1 + g % 4]
    from generate_series(0, ${size.rsvps - 1}) g
    join numbered_events e on e.position = g % ${size.events}
    join numbered_people p on p.position = g / ${size.events}`);
  await seedCoordination(db, id, at);

  await db.execute(sql`analyze`);

  return id;
}

/** Meetings, action items, plan tasks with audit rows, requests, stories and seats. */
async function seedCoordination(db: Database, id: string, at: string): Promise<void> {
  const anyPerson = sql`(select p.id from people p where p.partnership_id = ${id} order by p.id limit 1)`;

  await db.execute(sql`
    insert into meetings (partnership_id, title, kind, starts_at, ends_at)
    select ${id}, 'Meeting ' || g, 'employer_alignment', ${at}::timestamptz - g * interval '1 day',
      ${at}::timestamptz - g * interval '1 day' + interval '1 hour'
    from generate_series(1, 500) g`);
  await db.execute(sql`
    insert into meeting_outcomes (meeting_id, partnership_id, summary)
    select m.id, ${id}, 'Summary of ' || m.title from meetings m where m.partnership_id = ${id}`);
  await db.execute(sql`
    insert into action_items (partnership_id, owner_person_id, description, due_on)
    select ${id}, ${anyPerson}, 'Action item ' || g, ${at}::date + (g % 40 - 20)
    from generate_series(1, 2000) g`);
  await db.execute(sql`
    insert into plan_tasks (partnership_id, phase, position, title, status)
    select ${id}, (array['establishment','alignment_of_needs','program_development','rollout_and_scaling','continuous_improvement','communication_strategy'])[1 + g % 6],
      g, 'Task ' || g, (array['not_started','in_progress','done','blocked'])[1 + g % 4]
    from generate_series(1, 30) g`);
  await db.execute(sql`
    insert into audit_log (partnership_id, channel, action, entity_type, entity_id, before, after, created_at)
    select ${id}, 'slack', 'update', 'plan_task', t.id, '{"status":"not_started"}'::jsonb,
      jsonb_build_object('status', t.status), ${at}::timestamptz - interval '2 days'
    from plan_tasks t where t.partnership_id = ${id}`);
  await db.execute(sql`
    insert into audit_log (partnership_id, channel, action, entity_type, entity_id, before, after, created_at)
    select ${id}, 'slack', 'update', 'employer_outreach', o.employer_id, '{"stage":"contacted"}'::jsonb,
      '{"stage":"unresponsive"}'::jsonb, ${at}::timestamptz - interval '1 day'
    from employer_outreach o where o.partnership_id = ${id} and o.stage = 'unresponsive'`);
  await db.execute(sql`
    insert into wbl_requests (partnership_id, program_id, kind, details, status)
    select ${id}, p.id, 'guest_speaker', 'Speaker for ' || p.name, 'open'
    from programs p where p.partnership_id = ${id}`);
  await db.execute(sql`
    insert into success_stories (partnership_id, title, story, status, decided_at)
    select ${id}, 'Story ' || g, 'What happened ' || g, 'approved', ${at}::timestamptz - g * interval '1 day'
    from generate_series(1, 100) g`);
}
