import type { Database } from '../../src/db/client.js';
import type { OpportunityType } from '../../src/db/schema/index.js';
import {
  opportunities,
  organizations,
  partnerships,
  people,
  programs,
} from '../../src/db/schema/index.js';
import { careerClusters } from '../../src/domain/career-clusters.js';

/** Rows of each kind in the benchmark directory. */
export interface DirectorySize {
  organizations: number;
  people: number;
  programs: number;
  opportunities: number;
}

/** Names the benchmark's queries are drawn from. */
export interface SeededDirectory {
  partnershipId: string;
  organizationNames: string[];
  personNames: string[];
  programNames: string[];
  opportunityTitles: string[];
  zips: string[];
}

/** Returns a deterministic pseudo-random generator (mulberry32), so every run seeds the same rows. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places = [
  'Coastal',
  'Harbor',
  'Bayside',
  'Pelican',
  'Mesquite',
  'Gulf',
  'Laguna',
  'Brazos',
  'Sable',
  'Tidewater',
  'Seabreeze',
  'Dune',
  'Rio Verde',
  'Marina',
  'Redfish',
  'Heron',
  'Caliche',
  'Mustang',
  'Cypress',
  'Live Oak',
  'Nueces',
  'Aransas',
  'Padre',
  'Copano',
  'Ingleside',
  'Sandpiper',
  'Bluewater',
  'Egret',
  'Saltgrass',
  'Windmill',
];

/** Industry words with a 2022 NAICS code of that kind of business. */
const industries: Array<[string, string]> = [
  ['Welding & Fabrication', '332312'],
  ['Machine Works', '332710'],
  ['Plastics', '326199'],
  ['Bakery', '311811'],
  ['Seafood Processing', '311710'],
  ['Refining', '324110'],
  ['Regional Medical Center', '622110'],
  ['Family Clinic', '621111'],
  ['Home Health', '621610'],
  ['Builders', '236220'],
  ['Electrical Contractors', '238210'],
  ['Plumbing & Mechanical', '238220'],
  ['Freight Lines', '484121'],
  ['Logistics', '493110'],
  ['Credit Union', '522130'],
  ['Insurance Agency', '524210'],
  ['Software', '541511'],
  ['Engineering', '541330'],
  ['Hotel & Suites', '721110'],
  ['Grill', '722511'],
  ['Electric Cooperative', '221122'],
  ['Energy Services', '213112'],
  ['Growers', '111998'],
  ['Auto Group', '441110'],
  ['Hardware', '444140'],
  ['Staffing', '561320'],
  ['Radio', '516110'],
  ['Architecture', '541310'],
];

const suffixes = ['', ' Co', ' LLC', ' Group', ' Partners', ' Inc', ' of Texas', ' & Sons'];

const firstNames = [
  'Dana',
  'Marcus',
  'Priya',
  'Sam',
  'Alicia',
  'Thomas',
  'Isabel',
  'Arturo',
  'Andre',
  'Alyssa',
  'Angela',
  'Araceli',
  'Brian',
  'Carmen',
  'Diego',
  'Elena',
  'Felipe',
  'Grace',
  'Hector',
  'Irene',
  'Javier',
  'Karen',
  'Luis',
  'Maria',
  'Nathan',
  'Olivia',
  'Pedro',
  'Quinn',
  'Rosa',
  'Steven',
  'Teresa',
  'Victor',
  'Wendy',
  'Xavier',
  'Yolanda',
  'Zachary',
  'Monica',
  'Ruben',
  'Sonia',
  'Tyler',
];

const lastNames = [
  'Reyes',
  'Lee',
  'Nair',
  'Ortiz',
  'Gomez',
  'Reyna',
  'Ochoa',
  'Vela',
  'Fields',
  'Moreno',
  'Ybarra',
  'Flores',
  'Garcia',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Perez',
  'Sanchez',
  'Ramirez',
  'Torres',
  'Rivera',
  'Castillo',
  'Guerra',
  'Salinas',
  'Trevino',
  'Cantu',
  'Pena',
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'White',
  'Harris',
  'Martin',
  'Thompson',
  'Young',
];

const personTitles = ['HR manager', 'Plant manager', 'CTE director', 'Teacher', 'Owner', null];

const programNames: Array<[string, string]> = [
  ['Welding', 'Advanced Manufacturing'],
  ['Welding Technology', 'Advanced Manufacturing'],
  ['Machining', 'Advanced Manufacturing'],
  ['Process Technology', 'Energy & Natural Resources'],
  ['Nursing Science', 'Healthcare & Human Services'],
  ['Pharmacy Science', 'Healthcare & Human Services'],
  ['Medical Assisting', 'Healthcare & Human Services'],
  ['Health Science', 'Healthcare & Human Services'],
  ['Carpentry', 'Construction'],
  ['Electrical', 'Construction'],
  ['HVAC and Refrigeration', 'Construction'],
  ['Architectural Design', 'Construction'],
  ['Cybersecurity', 'Digital Technology'],
  ['Programming and Software Development', 'Digital Technology'],
  ['Culinary Arts', 'Hospitality, Events, & Tourism'],
  ['Automotive', 'Supply Chain & Transportation'],
  ['Animal Science', 'Agriculture'],
  ['Accounting and Financial Services', 'Financial Services'],
  ['Law Enforcement', 'Public Service & Safety'],
  ['Teaching and Training', 'Education'],
  ['Graphic Design', 'Arts, Entertainment, & Design'],
  ['Marketing', 'Marketing & Sales'],
  ['Entrepreneurship', 'Management & Entrepreneurship'],
];

const occupations = [
  'welding',
  'machining',
  'nursing',
  'pharmacy',
  'carpentry',
  'electrical',
  'HVAC',
  'software',
  'cybersecurity',
  'culinary',
  'automotive',
  'accounting',
  'logistics',
  'process operations',
];

const opportunityTypes: OpportunityType[] = [
  'internship',
  'apprenticeship',
  'mentorship',
  'job_shadow',
  'facility_tour',
  'guest_speaker',
];

const seasons = ['Summer', 'Spring', 'Fall', 'Winter', 'Year-round'];

/** ZIP codes of the Texas Coastal Bend, where the demo region is set. */
export const benchZips = Array.from({ length: 60 }, (_, index) => String(78330 + index * 3));

const BATCH_ROWS = 1000;

async function insertInBatches<Row>(rows: Row[], insert: (batch: Row[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    await insert(rows.slice(start, start + BATCH_ROWS));
  }
}

/** Inserts one partnership with a directory of `size`, every name built from fixed word lists. */
export async function seedDirectory(db: Database, size: DirectorySize): Promise<SeededDirectory> {
  const random = seededRandom(20_270_111);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const [partnership] = await db
    .insert(partnerships)
    .values({ name: 'Search Benchmark Partnership' })
    .returning({ id: partnerships.id });
  const partnershipId = partnership?.id ?? '';

  const organizationRows = buildOrganizations(size.organizations, pick);
  const insertedOrganizations: Array<{ id: string; kind: string; name: string }> = [];

  await insertInBatches(organizationRows, async (batch) => {
    const inserted = await db
      .insert(organizations)
      .values(batch.map((row) => ({ ...row, partnershipId })))
      .returning({ id: organizations.id, kind: organizations.kind, name: organizations.name });
    insertedOrganizations.push(...inserted);
  });

  const campuses = insertedOrganizations.filter((row) => row.kind === 'campus');
  const employers = insertedOrganizations.filter((row) => row.kind === 'employer');
  const personRows = Array.from({ length: size.people }, () => ({
    partnershipId,
    organizationId: pick(insertedOrganizations).id,
    displayName: `${pick(firstNames)} ${pick(lastNames)}`,
    title: pick(personTitles),
    confirmedAt: random() < 0.2 ? null : new Date(Date.now() - random() * 3 * 365 * 86_400_000),
  }));

  await insertInBatches(personRows, (batch) => db.insert(people).values(batch));

  const programRows = buildPrograms(size.programs, campuses, random).map((row) => ({
    ...row,
    partnershipId,
  }));

  await insertInBatches(programRows, (batch) => db.insert(programs).values(batch));

  const opportunityRows = Array.from({ length: size.opportunities }, () => {
    const type = pick(opportunityTypes);

    return {
      partnershipId,
      employerId: pick(employers).id,
      type,
      title: `${pick(seasons)} ${pick(occupations)} ${type.replace('_', ' ')}`,
      careerCluster: pick(careerClusters),
      slots: 1 + Math.floor(random() * 10),
    };
  });

  await insertInBatches(opportunityRows, (batch) => db.insert(opportunities).values(batch));

  return {
    partnershipId,
    organizationNames: insertedOrganizations.map((row) => row.name),
    personNames: personRows.map((row) => row.displayName),
    programNames: programRows.map((row) => row.name),
    opportunityTitles: opportunityRows.map((row) => row.title),
    zips: benchZips,
  };
}

type Pick = <T>(list: readonly T[]) => T;

/** Builds unique organization names: 2 % districts, 8 % campuses, the rest employers. */
function buildOrganizations(count: number, pick: Pick) {
  const seen = new Set<string>();
  const rows: Array<{
    kind: 'employer' | 'campus' | 'school_district';
    name: string;
    naicsCode: string | null;
    zip: string;
  }> = [];

  for (let index = 0; rows.length < count; index++) {
    const place = pick(places);
    const kind = kindAt(index);
    const [industry, naicsCode] = pick(industries);
    const name =
      kind === 'school_district'
        ? `${place} ${pick(['ISD', 'CISD', 'Consolidated ISD'])} ${index}`
        : kind === 'campus'
          ? `${place} ${pick(['High School', 'Middle School', 'Career Center', 'Early College'])} ${index}`
          : `${place} ${pick(places)} ${industry}${pick(suffixes)}`;
    const key = name.toLowerCase();

    if (seen.has(key)) continue;

    seen.add(key);
    rows.push({
      kind,
      name,
      naicsCode: kind === 'employer' ? naicsCode : null,
      zip: pick(benchZips),
    });
  }

  return rows;
}

/** Returns every 50th organization a district, the 4 after it campuses, the rest employers. */
function kindAt(index: number): 'employer' | 'campus' | 'school_district' {
  const share = index % 50;

  if (share === 0) return 'school_district';
  if (share <= 4) return 'campus';

  return 'employer';
}

/** Builds programs with names unique per campus. */
function buildPrograms(count: number, campuses: Array<{ id: string }>, random: () => number) {
  const seen = new Set<string>();
  const rows: Array<{ campusId: string; name: string; careerCluster: string }> = [];

  while (rows.length < count) {
    const campus = campuses[Math.floor(random() * campuses.length)];
    const [name, careerCluster] = programNames[Math.floor(random() * programNames.length)] ?? [];

    if (!campus || !name || !careerCluster) continue;

    const variant = seen.has(`${campus.id}:${name}`) ? `${name} ${rows.length}` : name;
    const key = `${campus.id}:${variant}`;

    if (seen.has(key)) continue;

    seen.add(key);
    rows.push({ campusId: campus.id, name: variant, careerCluster });
  }

  return rows;
}
