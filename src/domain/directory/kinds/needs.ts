import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { industryNeeds, organizations } from '../../../db/schema/index.js';
import { employerLimits } from '../../directory-records/employers.js';
import { needLimits } from '../../directory-records/needs.js';
import { list, socCode, text, wholeNumber } from '../cell-parsers.js';
import type {
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
  { name: 'employer', required: true, parse: text(employerLimits.name) },
  { name: 'occupation_title', required: true, parse: text(needLimits.occupationTitle) },
  { name: 'soc_code', required: false, parse: socCode },
  { name: 'skills', required: false, parse: list(text(needLimits.skill), needLimits.skills) },
  { name: 'openings_per_year', required: false, parse: wholeNumber(0, needLimits.openingsPerYear) },
  { name: 'time_frame', required: false, parse: text(needLimits.timeFrame) },
] as const;

const fields = {
  occupation_title: 'occupationTitle',
  soc_code: 'socCode',
  skills: 'skills',
  openings_per_year: 'openingsPerYear',
  time_frame: 'timeFrame',
};

async function prepare(scope: ImportScope, cells: ParsedCells): Promise<PreparedRow> {
  const values: StoredValues = {};

  copyCells(cells, values, fields, ['skills']);

  const employer = await findOrganizationByName(scope, {
    column: 'employer',
    name: cells.get('employer') as string,
    kinds: ['employer'],
  });

  if (!employer.ok) return { ok: false, problems: [employer.problem] };

  values.employerId = employer.id;

  return { ok: true, values };
}

async function findExisting(scope: ImportScope, values: StoredValues) {
  const [found] = await scope.db
    .select()
    .from(industryNeeds)
    .where(
      and(
        eq(industryNeeds.partnershipId, scope.partnershipId),
        eq(industryNeeds.employerId, values.employerId as string),
        sql`lower(${industryNeeds.occupationTitle}) = lower(${values.occupationTitle as string})`,
      ),
    )
    .limit(1);

  return found;
}

async function fetchNeedPage(scope: ImportScope, afterId: string | undefined, pageSize: number) {
  return scope.db
    .select({
      id: industryNeeds.id,
      employer: organizations.name,
      occupationTitle: industryNeeds.occupationTitle,
      socCode: industryNeeds.socCode,
      skills: industryNeeds.skills,
      openingsPerYear: industryNeeds.openingsPerYear,
      timeFrame: industryNeeds.timeFrame,
    })
    .from(industryNeeds)
    .innerJoin(organizations, eq(organizations.id, industryNeeds.employerId))
    .where(
      and(
        eq(industryNeeds.partnershipId, scope.partnershipId),
        afterId ? gt(industryNeeds.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(industryNeeds.id))
    .limit(pageSize);
}

async function* exportRows(scope: ImportScope): AsyncGenerator<Record<string, string>> {
  for await (const need of pagesById((afterId, size) => fetchNeedPage(scope, afterId, size))) {
    yield {
      employer: need.employer,
      occupation_title: need.occupationTitle,
      soc_code: csvCell(need.socCode),
      skills: csvCell(need.skills),
      openings_per_year: csvCell(need.openingsPerYear),
      time_frame: csvCell(need.timeFrame),
    };
  }
}

export const needsSpec: DirectoryKindSpec = {
  kind: 'needs',
  entityType: 'industry_need',
  table: industryNeeds,
  columns,
  prepare,
  findExisting,
  exportRows,
};
