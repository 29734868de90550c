import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OrganizationKind } from '../../db/schema/index.js';
import { organizations } from '../../db/schema/index.js';
import type { CellProblem, ImportScope } from './import-types.js';

/** An organization found by name, or the problem to report for the cell that named it. */
export type OrganizationLookup =
  | { ok: true; id: string; kind: OrganizationKind }
  | { ok: false; problem: CellProblem };

const kindLabels: Record<OrganizationKind, string> = {
  chamber: 'chamber',
  school_district: 'school district',
  campus: 'campus',
  workforce_board: 'workforce board',
  employer: 'employer',
  college: 'college',
  community_organization: 'community organization',
};

/** Finds the partnership's organization of one of `kinds` by name, ignoring case. */
export async function findOrganizationByName(
  scope: ImportScope,
  reference: { column: string; name: string; kinds: readonly OrganizationKind[] },
): Promise<OrganizationLookup> {
  const found = await scope.db
    .select({ id: organizations.id, kind: organizations.kind })
    .from(organizations)
    .where(
      and(
        eq(organizations.partnershipId, scope.partnershipId),
        inArray(organizations.kind, [...reference.kinds]),
        sql`lower(${organizations.name}) = lower(${reference.name})`,
      ),
    )
    .limit(2);

  const [first] = found;

  if (first && found.length === 1) return { ok: true, id: first.id, kind: first.kind };

  const wanted = reference.kinds.map((kind) => kindLabels[kind]).join(' or ');
  const message =
    found.length === 0
      ? `"${reference.name}" is not a ${wanted} in this partnership; import it first or fix the name`
      : `"${reference.name}" names more than one organization; add an organization_kind column to choose`;

  return { ok: false, problem: { column: reference.column, message } };
}

/** Streams rows page by page in id order, so an export keeps one page in memory at a time. */
export async function* pagesById<Row extends { id: string }>(
  fetchPage: (afterId: string | undefined, pageSize: number) => Promise<Row[]>,
  pageSize = 1000,
): AsyncGenerator<Row> {
  let afterId: string | undefined;

  for (;;) {
    const page = await fetchPage(afterId, pageSize);

    yield* page;

    const last = page.at(-1);

    if (!last || page.length < pageSize) return;
    afterId = last.id;
  }
}
