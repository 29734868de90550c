import type { OrganizationKind, PersonRole } from '../db/schema/index.js';

/** The person acting, as the access rules see them. */
export interface AccessActor {
  personId: string;
  role: PersonRole;
  /** The organization the person belongs to, once the convener has approved it. */
  organizationId: string | null;
}

/**
 * The organizations a record belongs to. A campus's records also belong to its district, so
 * district staff edit their campuses' programs and contacts.
 */
export interface RecordOwners {
  /** Shown in a refusal, such as "Coastline Welding's contact". */
  description: string;
  organizationIds: readonly string[];
  /** Set when the record is the person's own contact row. */
  personId?: string;
}

export type AccessDecision = { allowed: true } | { allowed: false; reason: string };

const allowed: AccessDecision = { allowed: true };

/** Roles whose staff edit their own organization's records. */
export const editingRoles: readonly PersonRole[] = ['convener', 'chamber', 'district', 'employer'];

/** Roles that only read. */
export const readingRoles: readonly PersonRole[] = ['educator', 'viewer'];

export function isEditingRole(role: PersonRole): boolean {
  return editingRoles.includes(role);
}

/**
 * Decides whether a person may change an existing record. The convener may change anything;
 * chamber, district and employer staff change their own organization's records; everyone may
 * correct their own contact details; educators and viewers otherwise only read.
 */
export function mayEditRecord(actor: AccessActor, owners: RecordOwners): AccessDecision {
  if (actor.role === 'convener') return allowed;
  if (owners.personId !== undefined && owners.personId === actor.personId) return allowed;

  if (!isEditingRole(actor.role)) {
    return {
      allowed: false,
      reason: `Your role (${roleLabels[actor.role]}) can read the directory but not change it. Ask the convener for an editing role with \`/bridge join\`.`,
    };
  }

  if (!actor.organizationId) {
    return {
      allowed: false,
      reason:
        'You are not linked to an organization yet, so you cannot change its records. Link yourself with `/bridge join`.',
    };
  }

  if (owners.organizationIds.includes(actor.organizationId)) return allowed;

  return {
    allowed: false,
    reason: `${capitalize(owners.description)} belongs to another organization; only its own staff or the convener can change it.`,
  };
}

/**
 * Decides whether a person may add a new organization of a kind. The convener adds any kind;
 * chamber staff add employers, since recruiting them is the chamber's work; district staff add
 * campuses to their own district.
 */
export function mayAddOrganization(
  actor: AccessActor,
  kind: OrganizationKind,
  parentId?: string | null,
): AccessDecision {
  if (actor.role === 'convener') return allowed;
  if (kind === 'employer' && actor.role === 'chamber') return allowed;
  if (
    kind === 'campus' &&
    actor.role === 'district' &&
    actor.organizationId !== null &&
    parentId === actor.organizationId
  ) {
    return allowed;
  }

  const who = kind === 'employer' ? 'the convener and chamber staff' : 'the convener';

  return {
    allowed: false,
    reason: `Only ${who} can add ${organizationKindLabels[kind].plural}. Ask the convener to add it, or to approve an editing role with \`/bridge join\`.`,
  };
}

export const roleLabels: Record<PersonRole, string> = {
  convener: 'convener',
  chamber: 'chamber staff',
  district: 'school district staff',
  employer: 'employer staff',
  educator: 'educator',
  viewer: 'viewer',
};

export const organizationKindLabels: Record<OrganizationKind, { one: string; plural: string }> = {
  chamber: { one: 'chamber of commerce', plural: 'chambers of commerce' },
  school_district: { one: 'school district', plural: 'school districts' },
  campus: { one: 'campus', plural: 'campuses' },
  workforce_board: { one: 'workforce board', plural: 'workforce boards' },
  employer: { one: 'employer', plural: 'employers' },
  college: { one: 'college', plural: 'colleges' },
  community_organization: { one: 'community organization', plural: 'community organizations' },
};

/**
 * The organization kinds whose staff may hold each role. The convener may belong to any kind;
 * a viewer too.
 */
export const roleOrganizationKinds: Record<PersonRole, readonly OrganizationKind[] | 'any'> = {
  convener: 'any',
  chamber: ['chamber'],
  district: ['school_district', 'campus'],
  employer: ['employer'],
  educator: ['campus', 'school_district', 'college'],
  viewer: 'any',
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
