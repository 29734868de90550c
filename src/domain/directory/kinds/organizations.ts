import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { employerSizes, organizationKinds, organizations } from '../../../db/schema/index.js';
import { employerLimits } from '../../directory-records/employers.js';
import { exactDecimal, oneOf, text, zipCode } from '../cell-parsers.js';
import type {
  CellProblem,
  DirectoryKindSpec,
  ImportScope,
  ParsedCells,
  PreparedRow,
  StoredValues,
} from '../import-types.js';
import { naicsCode } from '../naics.js';
import { findOrganizationByName, pagesById } from '../references.js';
import { coordinatesForZip } from '../zip-coordinates.js';
import { csvCell } from './csv-cells.js';

// Every kind of organization takes the employer form's limits, the one form for organizations.
const columns = [
  { name: 'kind', required: true, parse: oneOf(organizationKinds) },
  { name: 'name', required: true, parse: text(employerLimits.name) },
  { name: 'naics_code', required: false, parse: naicsCode },
  { name: 'district', required: false, parse: text(employerLimits.name) },
  { name: 'size', required: false, parse: oneOf(employerSizes) },
  // NOTE: the employer form's address field is one line, so saving that form rejects an imported
  // address with a line break until the line break is removed.
  {
    name: 'address',
    required: false,
    parse: text(employerLimits.address, { multiline: true }),
  },
  { name: 'zip', required: false, parse: zipCode },
  { name: 'latitude', required: false, parse: exactDecimal(6, 2) },
  { name: 'longitude', required: false, parse: exactDecimal(6, 3) },
] as const;

const plainFields = {
  name: 'name',
  naics_code: 'naicsCode',
  size: 'size',
  address: 'address',
  zip: 'zip',
};

async function prepare(scope: ImportScope, cells: ParsedCells): Promise<PreparedRow> {
  const values: StoredValues = { kind: cells.get('kind') };
  const problems: CellProblem[] = [];

  for (const [column, field] of Object.entries(plainFields)) {
    if (cells.has(column)) values[field] = cells.get(column);
  }

  await resolveDistrict(scope, cells, values, problems);
  fillCoordinates(cells, values, problems);

  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}

async function resolveDistrict(
  scope: ImportScope,
  cells: ParsedCells,
  values: StoredValues,
  problems: CellProblem[],
) {
  if (!cells.has('district')) return;

  const district = cells.get('district') as string | null;

  if (district === null) {
    values.parentId = null;
    return;
  }

  if (values.kind !== 'campus') {
    problems.push({
      column: 'district',
      message: 'is only for campuses; leave it empty for other kinds',
    });
    return;
  }

  const found = await findOrganizationByName(scope, {
    column: 'district',
    name: district,
    kinds: ['school_district'],
  });

  if (found.ok) values.parentId = found.id;
  else problems.push(found.problem);
}

/** Keeps given coordinates, or fills them from the ZIP code when both cells are empty. */
function fillCoordinates(cells: ParsedCells, values: StoredValues, problems: CellProblem[]) {
  const latitude = (cells.get('latitude') as string | null | undefined) ?? null;
  const longitude = (cells.get('longitude') as string | null | undefined) ?? null;

  if ((latitude === null) !== (longitude === null)) {
    const column = latitude === null ? 'latitude' : 'longitude';
    problems.push({
      column,
      message: 'is empty while the other coordinate is set; give both or neither',
    });
    return;
  }

  if (latitude !== null && longitude !== null) {
    checkCoordinateRange(latitude, longitude, problems);
    Object.assign(values, { latitude, longitude });
    return;
  }

  const zip = values.zip as string | null | undefined;
  const fromZip = zip ? coordinatesForZip(zip) : undefined;

  if (fromZip) Object.assign(values, fromZip);
  else if (cells.has('latitude') || cells.has('longitude'))
    Object.assign(values, { latitude, longitude });
}

function checkCoordinateRange(latitude: string, longitude: string, problems: CellProblem[]) {
  if (Math.abs(Number(latitude)) > 90) {
    problems.push({ column: 'latitude', message: `"${latitude}" is outside -90 to 90` });
  }

  if (Math.abs(Number(longitude)) > 180) {
    problems.push({ column: 'longitude', message: `"${longitude}" is outside -180 to 180` });
  }
}

async function findExisting(scope: ImportScope, values: StoredValues) {
  const [found] = await scope.db
    .select()
    .from(organizations)
    .where(
      and(
        eq(organizations.partnershipId, scope.partnershipId),
        eq(organizations.kind, values.kind as (typeof organizationKinds)[number]),
        sql`lower(${organizations.name}) = lower(${values.name as string})`,
      ),
    )
    .limit(1);

  return found;
}

const districts = alias(organizations, 'districts');

async function fetchOrganizationPage(
  scope: ImportScope,
  campuses: boolean,
  afterId: string | undefined,
  pageSize: number,
) {
  return scope.db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      name: organizations.name,
      naicsCode: organizations.naicsCode,
      size: organizations.size,
      address: organizations.address,
      zip: organizations.zip,
      latitude: organizations.latitude,
      longitude: organizations.longitude,
      district: districts.name,
    })
    .from(organizations)
    .leftJoin(districts, eq(districts.id, organizations.parentId))
    .where(
      and(
        eq(organizations.partnershipId, scope.partnershipId),
        campuses ? eq(organizations.kind, 'campus') : ne(organizations.kind, 'campus'),
        afterId ? gt(organizations.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(organizations.id))
    .limit(pageSize);
}

/** Exports campuses after all other kinds, so a re-import finds each campus's district. */
async function* exportRows(scope: ImportScope): AsyncGenerator<Record<string, string>> {
  for (const campuses of [false, true]) {
    const rows = pagesById((afterId, pageSize) =>
      fetchOrganizationPage(scope, campuses, afterId, pageSize),
    );

    for await (const organization of rows) {
      yield {
        kind: organization.kind,
        name: organization.name,
        naics_code: csvCell(organization.naicsCode),
        district: csvCell(organization.district),
        size: csvCell(organization.size),
        address: csvCell(organization.address),
        zip: csvCell(organization.zip),
        latitude: csvCell(organization.latitude),
        longitude: csvCell(organization.longitude),
      };
    }
  }
}

export const organizationsSpec: DirectoryKindSpec = {
  kind: 'organizations',
  entityType: 'organization',
  table: organizations,
  columns,
  prepare,
  findExisting,
  exportRows,
};
