import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations.js';
import { partnerships } from './partnerships.js';
import { people } from './people.js';

/** Stakeholder groups that hold seats on the steering committee. */
export const stakeholderGroups = [
  'chamber',
  'school_district',
  'workforce_board',
  'employer',
  'college',
  'community',
  'other',
] as const;

export type StakeholderGroup = (typeof stakeholderGroups)[number];

/** Seats on a partnership's steering committee, one per person. */
export const committeeSeats = pgTable(
  'committee_seats',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    stakeholderGroup: text('stakeholder_group', { enum: stakeholderGroups }).notNull(),
    seatedBy: uuid('seated_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('committee_seats_person_key').on(table.partnershipId, table.personId),
    check(
      'committee_seats_group_valid',
      sql`${table.stakeholderGroup} in ('chamber', 'school_district', 'workforce_board', 'employer', 'college', 'community', 'other')`,
    ),
  ],
);

/** Stages of an employer in the partnership's outreach. */
export const outreachStages = [
  'not_contacted',
  'contacted',
  'interested',
  'meeting_scheduled',
  'partnered',
  'declined',
  'unresponsive',
] as const;

export type OutreachStage = (typeof outreachStages)[number];

/** One outreach record per employer: stage, owner, last contact and next follow-up. */
export const employerOutreach = pgTable(
  'employer_outreach',
  {
    employerId: uuid('employer_id')
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    stage: text('stage', { enum: outreachStages }).notNull().default('not_contacted'),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    lastContactOn: date('last_contact_on', { mode: 'string' }),
    nextFollowUpOn: date('next_follow_up_on', { mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('employer_outreach_partnership_stage_idx').on(table.partnershipId, table.stage),
    check(
      'employer_outreach_stage_valid',
      sql`${table.stage} in ('not_contacted', 'contacted', 'interested', 'meeting_scheduled', 'partnered', 'declined', 'unresponsive')`,
    ),
  ],
);

export const contactChannels = ['call', 'email', 'meeting', 'note'] as const;

export type ContactChannel = (typeof contactChannels)[number];

/** The log of contacts with an employer: who, how, when and about what. */
export const outreachContacts = pgTable(
  'outreach_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    channel: text('channel', { enum: contactChannels }).notNull(),
    summary: text('summary').notNull(),
    contactedOn: date('contacted_on', { mode: 'string' }).notNull(),
    sourceKey: text('source_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('outreach_contacts_employer_idx').on(table.employerId, table.contactedOn),
    check(
      'outreach_contacts_channel_valid',
      sql`${table.channel} in ('call', 'email', 'meeting', 'note')`,
    ),
    check('outreach_contacts_summary_not_blank', sql`length(trim(${table.summary})) > 0`),
  ],
);

export const seasons = ['fall', 'winter', 'spring', 'summer'] as const;

export type Season = (typeof seasons)[number];

const seasonArray = sql.raw(`array[${seasons.map((season) => `'${season}'`).join(', ')}]::text[]`);

/** An employer's latest answers to the capacity survey: what it can offer and when. */
export const capacitySurveys = pgTable(
  'capacity_surveys',
  {
    employerId: uuid('employer_id')
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    interns: integer('interns').notNull().default(0),
    apprentices: integer('apprentices').notNull().default(0),
    mentors: integer('mentors').notNull().default(0),
    jobShadows: integer('job_shadows').notNull().default(0),
    /** Largest group a facility tour takes; 0 when the employer offers no tours. */
    tourGroupSize: integer('tour_group_size').notNull().default(0),
    guestSpeakers: integer('guest_speakers').notNull().default(0),
    equipment: text('equipment'),
    seasons: text('seasons').array().notNull().default(sql`'{}'::text[]`),
    /** The 2024 career clusters the employer's work fits. */
    careerClusters: text('career_clusters').array().notNull().default(sql`'{}'::text[]`),
    answeredBy: uuid('answered_by').references(() => people.id, { onDelete: 'set null' }),
    /** True when staff recorded the answers for the employer. */
    onBehalf: boolean('on_behalf').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('capacity_surveys_partnership_idx').on(table.partnershipId),
    check(
      'capacity_surveys_counts_not_negative',
      sql`${table.interns} >= 0 and ${table.apprentices} >= 0 and ${table.mentors} >= 0 and ${table.jobShadows} >= 0 and ${table.tourGroupSize} >= 0 and ${table.guestSpeakers} >= 0`,
    ),
    check('capacity_surveys_seasons_valid', sql`${table.seasons} <@ ${seasonArray}`),
  ],
);

/** The six phases of the partnership framework, in order. */
export const planPhases = [
  'establishment',
  'alignment_of_needs',
  'program_development',
  'rollout_and_scaling',
  'continuous_improvement',
  'communication_strategy',
] as const;

export type PlanPhase = (typeof planPhases)[number];

export const taskStatuses = ['not_started', 'in_progress', 'done', 'blocked'] as const;

export type TaskStatus = (typeof taskStatuses)[number];

/** Tasks of the partnership's six-phase plan. */
export const planTasks = pgTable(
  'plan_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    phase: text('phase', { enum: planPhases }).notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status', { enum: taskStatuses }).notNull().default('not_started'),
    dueOn: date('due_on', { mode: 'string' }),
    evidence: text('evidence'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('plan_tasks_partnership_phase_idx').on(table.partnershipId, table.phase, table.position),
    index('plan_tasks_owner_idx').on(table.ownerPersonId),
    check(
      'plan_tasks_phase_valid',
      sql`${table.phase} in ('establishment', 'alignment_of_needs', 'program_development', 'rollout_and_scaling', 'continuous_improvement', 'communication_strategy')`,
    ),
    check(
      'plan_tasks_status_valid',
      sql`${table.status} in ('not_started', 'in_progress', 'done', 'blocked')`,
    ),
    check('plan_tasks_title_not_blank', sql`length(trim(${table.title})) > 0`),
  ],
);

export const storyStatuses = ['pending', 'approved', 'rejected'] as const;

/** Success stories; only approved ones appear in digests. */
export const successStories = pgTable(
  'success_stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    story: text('story').notNull(),
    organizationIds: uuid('organization_ids').array().notNull().default(sql`'{}'::uuid[]`),
    programIds: uuid('program_ids').array().notNull().default(sql`'{}'::uuid[]`),
    submittedBy: uuid('submitted_by').references(() => people.id, { onDelete: 'set null' }),
    status: text('status', { enum: storyStatuses }).notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => people.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    sourceKey: text('source_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('success_stories_partnership_status_idx').on(table.partnershipId, table.status),
    check(
      'success_stories_status_valid',
      sql`${table.status} in ('pending', 'approved', 'rejected')`,
    ),
    check('success_stories_title_not_blank', sql`length(trim(${table.title})) > 0`),
  ],
);
