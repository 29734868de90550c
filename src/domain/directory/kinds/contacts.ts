import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { OrganizationKind, PersonRole } from '../../../db/schema/index.js';
import { organizationKinds, organizations, people, personRoles } from '../../../db/schema/index.js';
import { organizationKindLabels, roleOrganizationKinds } from '../../access.js';
import { contactLimits } from '../../directory-records/contact-form.js';
import { employerLimits } from '../../directory-records/employers.js';
import { email, oneOf, text } from '../cell-parsers.js';
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
  { name: 'name', required: true, parse: text(contactLimits.name) },
  { name: 'organization', required: false, parse: text(employerLimits.name) },
  { name: 'organization_kind', required: false, parse: oneOf(organizationKinds) },
  { name: 'title', required: false, parse: text(contactLimits.title) },
  { name: 'email', required: false, parse: email },
  { name: 'phone', required: false, parse: text(contactLimits.phone) },
  { name: 'role', required: false, parse: oneOf(personRoles) },
] as const;

const fields = {
  name: 'displayName',
  title: 'title',
  email: 'email',
  phone: 'phone',
  role: 'role',
};

async function prepare(scope: ImportScope, cells: ParsedCells): Promise<PreparedRow> {
  const values: StoredValues = {};

  copyCells(cells, values, fields);

  // A blank role keeps a stored contact's role, and a new contact starts as a viewer.
  if (values.role === null) delete values.role;

  const role = values.role as PersonRole | undefined;
  const organization = cells.get('organization') as string | null | undefined;

  if (organization === null) {
    values.organizationId = null;

    const problem = roleFitProblem(role, null);
    return problem ? { ok: false, problems: [problem] } : { ok: true, values };
  }

  // NOTE: without an organization column the role is not checked, because the row may update a
  // contact whose organization is stored.
  if (!organization) return { ok: true, values };

  const kind = cells.get('organization_kind') as
    | (typeof organizationKinds)[number]
    | null
    | undefined;
  const found = await findOrganizationByName(scope, {
    column: 'organization',
    name: organization,
    kinds: kind ? [kind] : organizationKinds,
  });

  if (!found.ok) return { ok: false, problems: [found.problem] };

  const problem = roleFitProblem(role, { name: organization, kind: found.kind });

  if (problem) return { ok: false, problems: [problem] };

  values.organizationId = found.id;

  return { ok: true, values };
}

/**
 * Checks a role against the kind of the contact's organization, by the rule that the Slack forms
 * and `/bridge join` apply, so that an employer staff role needs an employer, for example.
 */
function roleFitProblem(
  role: PersonRole | undefined,
  organization: { name: string; kind: OrganizationKind } | null,
): CellProblem | undefined {
  const kinds = role ? roleOrganizationKinds[role] : 'any';

  if (!role || kinds === 'any') return undefined;

  const fitting = kinds.map((kind) => withArticle(organizationKindLabels[kind].one)).join(' or ');

  if (!organization) {
    return {
      column: 'role',
      message: `"${role}" is for staff of ${fitting}; fill in the organization or choose another role`,
    };
  }

  if (kinds.includes(organization.kind)) return undefined;

  const actual = withArticle(organizationKindLabels[organization.kind].one);

  return {
    column: 'role',
    message: `"${role}" is for staff of ${fitting}, but "${organization.name}" is ${actual}; fix the role or the organization`,
  };
}

function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** Matches by email, ignoring case, and otherwise by name within the organization. */
async function findExisting(scope: ImportScope, values: StoredValues) {
  const inPartnership = eq(people.partnershipId, scope.partnershipId);
  const givenEmail = values.email as string | null | undefined;

  if (givenEmail) {
    const [byEmail] = await scope.db
      .select()
      .from(people)
      .where(and(inPartnership, sql`lower(${people.email}) = lower(${givenEmail})`))
      .limit(1);

    if (byEmail) return byEmail;
  }

  // NOTE: people has no index on lower(display_name), so a match by name reads every contact of
  // the organization, or of the partnership when the file has no organization column.
  const organizationId = values.organizationId as string | null | undefined;
  const [byName] = await scope.db
    .select()
    .from(people)
    .where(
      and(
        inPartnership,
        sql`lower(${people.displayName}) = lower(${values.displayName as string})`,
        organizationCondition(organizationId),
        // With an email in the row, a same-named contact that has another email is someone else.
        givenEmail ? isNull(people.email) : undefined,
      ),
    )
    .limit(1);

  return byName;
}

/** Without an organization column any organization matches. A blank cell matches none. */
function organizationCondition(organizationId: string | null | undefined) {
  if (organizationId === undefined) return undefined;

  return organizationId ? eq(people.organizationId, organizationId) : isNull(people.organizationId);
}

async function fetchContactPage(scope: ImportScope, afterId: string | undefined, pageSize: number) {
  return scope.db
    .select({
      id: people.id,
      name: people.displayName,
      organization: organizations.name,
      organizationKind: organizations.kind,
      title: people.title,
      email: people.email,
      phone: people.phone,
      role: people.role,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(
      and(
        eq(people.partnershipId, scope.partnershipId),
        afterId ? gt(people.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(people.id))
    .limit(pageSize);
}

async function* exportRows(scope: ImportScope): AsyncGenerator<Record<string, string>> {
  for await (const contact of pagesById((afterId, size) =>
    fetchContactPage(scope, afterId, size),
  )) {
    yield {
      name: contact.name,
      organization: csvCell(contact.organization),
      organization_kind: csvCell(contact.organizationKind),
      title: csvCell(contact.title),
      email: csvCell(contact.email),
      phone: csvCell(contact.phone),
      role: contact.role,
    };
  }
}

export const contactsSpec: DirectoryKindSpec = {
  kind: 'contacts',
  entityType: 'person',
  table: people,
  columns,
  createDefaults: { role: 'viewer' },
  prepare,
  findExisting,
  exportRows,
};
