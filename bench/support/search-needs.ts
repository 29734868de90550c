import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { industryNeeds, organizations } from '../../src/db/schema/index.js';
import { seededRandom } from './search-data.js';

/** Occupations with their SOC 2018 codes and typical skills, from which needs are built. */
const occupations: Array<{ title: string; socCode: string; skills: string[] }> = [
  { title: 'Welder', socCode: '51-4121', skills: ['SMAW', 'FCAW', 'blueprint reading'] },
  { title: 'Machinist', socCode: '51-4041', skills: ['CNC setup', 'precision measurement'] },
  { title: 'Registered nurse', socCode: '29-1141', skills: ['patient assessment', 'BLS'] },
  { title: 'Nursing assistant', socCode: '31-1131', skills: ['vital signs', 'infection control'] },
  { title: 'Electrician', socCode: '47-2111', skills: ['NEC code', 'conduit bending'] },
  { title: 'Carpenter', socCode: '47-2031', skills: ['framing', 'blueprint reading'] },
  { title: 'HVAC technician', socCode: '49-9021', skills: ['refrigerant handling', 'EPA 608'] },
  { title: 'Software developer', socCode: '15-1252', skills: ['JavaScript', 'SQL', 'testing'] },
  { title: 'Truck driver', socCode: '53-3032', skills: ['CDL Class A', 'pre-trip inspection'] },
  { title: 'Process operator', socCode: '51-8093', skills: ['process control', 'lockout/tagout'] },
  { title: 'Bookkeeping clerk', socCode: '43-3031', skills: ['QuickBooks', 'reconciliation'] },
  { title: 'Cook', socCode: '35-2014', skills: ['food safety', 'knife skills'] },
];

const timeFrames = ['6 months', '12 months', '2 years', null];

/**
 * Inserts `count` industry needs spread over the partnership's employers, at most one per
 * occupation and employer, built with a seeded random generator so every run has the same rows.
 */
export async function seedIndustryNeeds(
  db: Database,
  input: { partnershipId: string; count: number },
): Promise<number> {
  const random = seededRandom(41_121);
  const employers = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(eq(organizations.partnershipId, input.partnershipId), eq(organizations.kind, 'employer')),
    )
    // Names are the same on every run, while ids are random.
    .orderBy(organizations.name);
  const seen = new Set<string>();
  const rows: Array<typeof industryNeeds.$inferInsert> = [];
  const maxNeeds = employers.length * occupations.length;

  while (rows.length < Math.min(input.count, maxNeeds)) {
    const employer = employers[Math.floor(random() * employers.length)];
    const occupation = occupations[Math.floor(random() * occupations.length)];

    if (!employer || !occupation || seen.has(`${employer.id}:${occupation.title}`)) continue;

    seen.add(`${employer.id}:${occupation.title}`);
    rows.push({
      partnershipId: input.partnershipId,
      employerId: employer.id,
      occupationTitle: occupation.title,
      socCode: occupation.socCode,
      skills: occupation.skills,
      openingsPerYear: 1 + Math.floor(random() * 40),
      timeFrame: timeFrames[Math.floor(random() * timeFrames.length)] ?? null,
    });
  }

  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(industryNeeds).values(rows.slice(start, start + 1000));
  }

  return rows.length;
}
