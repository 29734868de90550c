import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { laborMarketFigures } from '../../../db/schema/index.js';
import { careerCluster } from '../career-cluster-names.js';
import { exactDecimal, isoDate, socCode, text, wholeNumber } from '../cell-parsers.js';
import type {
  DirectoryKindSpec,
  ImportScope,
  ParsedCells,
  PreparedRow,
  StoredValues,
} from '../import-types.js';
import { pagesById } from '../references.js';
import { copyCells } from './copy-cells.js';
import { csvCell } from './csv-cells.js';

/** Characters of an occupation title and a source; labor-market figures have no Slack form. */
const laborMarketLimits = { occupationTitle: 150, source: 200 };

// growth_percent is numeric(7,2) and median_wage numeric(12,2): 5 and 10 digits before the point.
const columns = [
  { name: 'occupation_title', required: true, parse: text(laborMarketLimits.occupationTitle) },
  { name: 'soc_code', required: false, parse: socCode },
  { name: 'career_cluster', required: false, parse: careerCluster },
  { name: 'employment', required: false, parse: wholeNumber(0) },
  { name: 'annual_openings', required: false, parse: wholeNumber(0) },
  { name: 'growth_percent', required: false, parse: exactDecimal(2, 5) },
  { name: 'median_wage', required: false, parse: exactDecimal(2, 10) },
  { name: 'source', required: true, parse: text(laborMarketLimits.source) },
  { name: 'as_of', required: true, parse: isoDate },
] as const;

const fields = {
  occupation_title: 'occupationTitle',
  soc_code: 'socCode',
  career_cluster: 'careerCluster',
  employment: 'employment',
  annual_openings: 'annualOpenings',
  growth_percent: 'growthPercent',
  median_wage: 'medianWage',
  source: 'source',
  as_of: 'asOf',
};

async function prepare(_scope: ImportScope, cells: ParsedCells): Promise<PreparedRow> {
  const values: StoredValues = {};

  copyCells(cells, values, fields);

  const wage = values.medianWage as string | null | undefined;

  if (wage?.startsWith('-')) {
    return {
      ok: false,
      problems: [{ column: 'median_wage', message: `"${wage}" is negative; a wage is 0 or more` }],
    };
  }

  return { ok: true, values };
}

async function findExisting(scope: ImportScope, values: StoredValues) {
  const [found] = await scope.db
    .select()
    .from(laborMarketFigures)
    .where(
      and(
        eq(laborMarketFigures.partnershipId, scope.partnershipId),
        sql`lower(${laborMarketFigures.occupationTitle}) = lower(${values.occupationTitle as string})`,
        eq(laborMarketFigures.source, values.source as string),
        eq(laborMarketFigures.asOf, values.asOf as string),
      ),
    )
    .limit(1);

  return found;
}

async function fetchFigurePage(scope: ImportScope, afterId: string | undefined, pageSize: number) {
  return scope.db
    .select()
    .from(laborMarketFigures)
    .where(
      and(
        eq(laborMarketFigures.partnershipId, scope.partnershipId),
        afterId ? gt(laborMarketFigures.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(laborMarketFigures.id))
    .limit(pageSize);
}

async function* exportRows(scope: ImportScope): AsyncGenerator<Record<string, string>> {
  for await (const figure of pagesById((afterId, size) => fetchFigurePage(scope, afterId, size))) {
    yield {
      occupation_title: figure.occupationTitle,
      soc_code: csvCell(figure.socCode),
      career_cluster: csvCell(figure.careerCluster),
      employment: csvCell(figure.employment),
      annual_openings: csvCell(figure.annualOpenings),
      growth_percent: csvCell(figure.growthPercent),
      median_wage: csvCell(figure.medianWage),
      source: figure.source,
      as_of: figure.asOf,
    };
  }
}

export const laborMarketSpec: DirectoryKindSpec = {
  kind: 'labor-market',
  entityType: 'labor_market_figure',
  table: laborMarketFigures,
  columns,
  prepare,
  findExisting,
  exportRows,
};
