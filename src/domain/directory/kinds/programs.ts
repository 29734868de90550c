import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { organizations, programs, wblTypes } from '../../../db/schema/index.js';
import { employerLimits } from '../../directory-records/employers.js';
import { programLimits } from '../../directory-records/program-form.js';
import { careerCluster } from '../career-cluster-names.js';
import { cipCode, list, oneOf, socCode, text, wholeNumber } from '../cell-parsers.js';
import type {
  CellProblem,
  DirectoryKindSpec,
  ImportScope,
  ParsedCells,
  PreparedRow,
  StoredValues,
} from '../import-types.js';
import { findOrganizationByName, pagesById } from '../references.js';
import { copyCells } from './copy-cells.js';
import { csvCell } from './csv-cells.js';

const columns = [
  { name: 'campus', required: true, parse: text(employerLimits.name) },
  { name: 'name', required: true, parse: text(programLimits.name) },
  { name: 'career_cluster', required: true, parse: careerCluster },
  { name: 'cip_code', required: false, parse: cipCode },
  { name: 'soc_codes', required: false, parse: list(socCode, programLimits.socCodes) },
  { name: 'lowest_grade', required: false, parse: wholeNumber(6, 12) },
  { name: 'highest_grade', required: false, parse: wholeNumber(6, 12) },
  { name: 'enrollment', required: false, parse: wholeNumber(0, programLimits.enrollment) },
  {
    name: 'certifications',
    required: false,
    parse: list(text(programLimits.certification), programLimits.certifications),
  },
  { name: 'wbl_offered', required: false, parse: list(oneOf(wblTypes)) },
  { name: 'wbl_missing', required: false, parse: list(oneOf(wblTypes)) },
] as const;

const fields = {
  name: 'name',
  career_cluster: 'careerCluster',
  cip_code: 'cipCode',
  soc_codes: 'socCodes',
  lowest_grade: 'lowestGrade',
  highest_grade: 'highestGrade',
  enrollment: 'enrollment',
  certifications: 'certifications',
  wbl_offered: 'wblOffered',
  wbl_missing: 'wblMissing',
};

const listColumns = ['soc_codes', 'certifications', 'wbl_offered', 'wbl_missing'];

async function prepare(scope: ImportScope, cells: ParsedCells): Promise<PreparedRow> {
  const values: StoredValues = {};
  const problems = checkProgram(cells);

  copyCells(cells, values, fields, listColumns);

  const campus = await findOrganizationByName(scope, {
    column: 'campus',
    name: cells.get('campus') as string,
    kinds: ['campus'],
  });

  if (campus.ok) values.campusId = campus.id;
  else problems.push(campus.problem);

  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}

function checkProgram(cells: ParsedCells): CellProblem[] {
  const problems: CellProblem[] = [];
  const lowest = cells.get('lowest_grade') as number | null | undefined;
  const highest = cells.get('highest_grade') as number | null | undefined;

  if (lowest != null && highest != null && lowest > highest) {
    problems.push({
      column: 'lowest_grade',
      message: `"${lowest}" is above highest_grade ${highest}; swap them`,
    });
  }

  const offered = (cells.get('wbl_offered') as string[] | null | undefined) ?? [];
  const missing = (cells.get('wbl_missing') as string[] | null | undefined) ?? [];
  const both = offered.filter((type) => missing.includes(type));

  if (both.length > 0) {
    problems.push({
      column: 'wbl_missing',
      message: `"${both.join('; ')}" is also in wbl_offered; keep it in one of them`,
    });
  }

  return problems;
}

async function findExisting(scope: ImportScope, values: StoredValues) {
  const [found] = await scope.db
    .select()
    .from(programs)
    .where(
      and(
        eq(programs.partnershipId, scope.partnershipId),
        eq(programs.campusId, values.campusId as string),
        sql`lower(${programs.name}) = lower(${values.name as string})`,
      ),
    )
    .limit(1);

  return found;
}

async function fetchProgramPage(scope: ImportScope, afterId: string | undefined, pageSize: number) {
  return scope.db
    .select({
      id: programs.id,
      campus: organizations.name,
      name: programs.name,
      careerCluster: programs.careerCluster,
      cipCode: programs.cipCode,
      socCodes: programs.socCodes,
      lowestGrade: programs.lowestGrade,
      highestGrade: programs.highestGrade,
      enrollment: programs.enrollment,
      certifications: programs.certifications,
      wblOffered: programs.wblOffered,
      wblMissing: programs.wblMissing,
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.campusId))
    .where(
      and(
        eq(programs.partnershipId, scope.partnershipId),
        afterId ? gt(programs.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(programs.id))
    .limit(pageSize);
}

async function* exportRows(scope: ImportScope): AsyncGenerator<Record<string, string>> {
  for await (const program of pagesById((afterId, size) =>
    fetchProgramPage(scope, afterId, size),
  )) {
    yield {
      campus: program.campus,
      name: program.name,
      career_cluster: program.careerCluster,
      cip_code: csvCell(program.cipCode),
      soc_codes: csvCell(program.socCodes),
      lowest_grade: csvCell(program.lowestGrade),
      highest_grade: csvCell(program.highestGrade),
      enrollment: csvCell(program.enrollment),
      certifications: csvCell(program.certifications),
      wbl_offered: csvCell(program.wblOffered),
      wbl_missing: csvCell(program.wblMissing),
    };
  }
}

export const programsSpec: DirectoryKindSpec = {
  kind: 'programs',
  entityType: 'program',
  table: programs,
  columns,
  prepare,
  findExisting,
  exportRows,
};
