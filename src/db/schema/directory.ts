import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations.js';
import { partnerships } from './partnerships.js';

/** Kinds of work-based learning a program of study can offer or lack. */
export const wblTypes = [
  'internship',
  'apprenticeship',
  'mentorship',
  'job_shadow',
  'facility_tour',
  'guest_speaker',
  'equipment_donation',
] as const;

export type WblType = (typeof wblTypes)[number];

const wblTypeArray = sql.raw(`array[${wblTypes.map((type) => `'${type}'`).join(', ')}]::text[]`);

/** CTE programs of study, one row per program per campus. */
export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    campusId: uuid('campus_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    careerCluster: text('career_cluster').notNull(),
    cipCode: text('cip_code'),
    socCodes: text('soc_codes').array().notNull().default(sql`'{}'::text[]`),
    lowestGrade: smallint('lowest_grade'),
    highestGrade: smallint('highest_grade'),
    enrollment: integer('enrollment'),
    certifications: text('certifications').array().notNull().default(sql`'{}'::text[]`),
    wblOffered: text('wbl_offered').array().notNull().default(sql`'{}'::text[]`),
    wblMissing: text('wbl_missing').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('programs_campus_name_key').on(
      table.partnershipId,
      table.campusId,
      sql`lower(${table.name})`,
    ),
    index('programs_partnership_cluster_idx').on(table.partnershipId, table.careerCluster),
    check('programs_name_not_blank', sql`length(trim(${table.name})) > 0`),
    check(
      'programs_cip_code_format',
      sql`${table.cipCode} is null or ${table.cipCode} ~ '^[0-9]{2}\\.[0-9]{4}$'`,
    ),
    check(
      'programs_grades_valid',
      sql`(${table.lowestGrade} is null or ${table.lowestGrade} between 6 and 12) and (${table.highestGrade} is null or ${table.highestGrade} between 6 and 12) and (${table.lowestGrade} is null or ${table.highestGrade} is null or ${table.lowestGrade} <= ${table.highestGrade})`,
    ),
    check(
      'programs_enrollment_not_negative',
      sql`${table.enrollment} is null or ${table.enrollment} >= 0`,
    ),
    check('programs_wbl_offered_valid', sql`${table.wblOffered} <@ ${wblTypeArray}`),
    check('programs_wbl_missing_valid', sql`${table.wblMissing} <@ ${wblTypeArray}`),
  ],
);

/** An employer's need for an occupation, with its skills and expected openings. */
export const industryNeeds = pgTable(
  'industry_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    occupationTitle: text('occupation_title').notNull(),
    socCode: text('soc_code'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    openingsPerYear: integer('openings_per_year'),
    timeFrame: text('time_frame'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('industry_needs_employer_occupation_key').on(
      table.partnershipId,
      table.employerId,
      sql`lower(${table.occupationTitle})`,
    ),
    check(
      'industry_needs_soc_code_format',
      sql`${table.socCode} is null or ${table.socCode} ~ '^[0-9]{2}-[0-9]{4}$'`,
    ),
    check(
      'industry_needs_openings_not_negative',
      sql`${table.openingsPerYear} is null or ${table.openingsPerYear} >= 0`,
    ),
  ],
);

/**
 * Regional labor-market figures from the workforce board's data. Wages and growth rates are
 * numeric, so they stay exact.
 */
export const laborMarketFigures = pgTable(
  'labor_market_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    occupationTitle: text('occupation_title').notNull(),
    socCode: text('soc_code'),
    careerCluster: text('career_cluster'),
    employment: integer('employment'),
    annualOpenings: integer('annual_openings'),
    /** Growth over the source's projection period, in percent. */
    growthPercent: numeric('growth_percent', { precision: 7, scale: 2 }),
    /** Median annual wage in US dollars. */
    medianWage: numeric('median_wage', { precision: 12, scale: 2 }),
    source: text('source').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('labor_market_figures_occupation_source_key').on(
      table.partnershipId,
      sql`lower(${table.occupationTitle})`,
      table.source,
      table.asOf,
    ),
    check(
      'labor_market_figures_soc_code_format',
      sql`${table.socCode} is null or ${table.socCode} ~ '^[0-9]{2}-[0-9]{4}$'`,
    ),
    check(
      'labor_market_figures_counts_not_negative',
      sql`(${table.employment} is null or ${table.employment} >= 0) and (${table.annualOpenings} is null or ${table.annualOpenings} >= 0)`,
    ),
    check(
      'labor_market_figures_wage_not_negative',
      sql`${table.medianWage} is null or ${table.medianWage} >= 0`,
    ),
  ],
);
