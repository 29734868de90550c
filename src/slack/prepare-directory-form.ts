import type { View } from '@slack/types';
import type { Database } from '../db/client.js';
import type { OrganizationKind, PersonRole } from '../db/schema/index.js';
import { organizationKinds } from '../db/schema/index.js';
import type { AccessActor } from '../domain/access.js';
import { mayEditRecord } from '../domain/access.js';
import { mayAddRecord } from '../domain/directory-records/add-rules.js';
import {
  contactRoles,
  getContact,
  readOnlyContactRoles,
} from '../domain/directory-records/contacts.js';
import { getEmployer } from '../domain/directory-records/employers.js';
import { getNeed } from '../domain/directory-records/needs.js';
import { listOrganizationChoices } from '../domain/directory-records/organization-choices.js';
import { getProgram } from '../domain/directory-records/programs.js';
import {
  accessActorOf,
  findOrganization,
  recordNotFound,
} from '../domain/directory-records/record-access.js';
import { findRecordOwners } from '../domain/record-owners.js';
import type { Actor } from './actor.js';
import type { DirectoryRecord } from './ids.js';
import { blockKitLimits } from './limits.js';
import { renderContactModal } from './views/directory-modals/contact-modal.js';
import { renderEmployerModal } from './views/directory-modals/employer-modal.js';
import type { OrganizationPicker } from './views/directory-modals/fields.js';
import { renderNeedModal } from './views/directory-modals/need-modal.js';
import { renderProgramModal } from './views/directory-modals/program-modal.js';
import type { ModalMetadata } from './views/modal-metadata.js';

/** A directory form ready to show, or the reason the person cannot use it. */
export type PreparedForm = { kind: 'form'; view: View } | { kind: 'refused'; message: string };

interface FormScope {
  db: Database;
  partnershipId: string;
  access: AccessActor;
  metadata: ModalMetadata;
}

/** The form to open: an add form, or the edit form of record `id`. */
export interface DirectoryFormTarget {
  record: DirectoryRecord;
  id?: string | undefined;
  /**
   * The organization a new contact or industry need starts with, such as the employer whose card
   * had the button. Without it the form starts with the person's own organization.
   */
  organizationId?: string | undefined;
}

/**
 * Reads what a directory form shows and checks that the person may use it: an add form when
 * `id` is absent, otherwise the edit form of that record, filled in with what is stored.
 */
export async function prepareDirectoryForm(
  db: Database,
  actor: Actor,
  target: DirectoryFormTarget & { channelId?: string | undefined },
): Promise<PreparedForm> {
  const scope: FormScope = {
    db,
    partnershipId: actor.partnership.id,
    access: accessActorOf(actor.person),
    metadata: {
      timeZone: actor.partnership.timeZone,
      channelId: target.channelId,
      ...(target.id === undefined ? {} : { recordId: target.id }),
    },
  };

  if (target.id === undefined) return prepareAddForm(scope, target);

  return prepareEditForm(scope, target.record, target.id);
}

async function prepareAddForm(
  scope: FormScope,
  target: DirectoryFormTarget,
): Promise<PreparedForm> {
  const { record, organizationId } = target;
  const decision = mayAddRecord(scope.access, record);

  if (!decision.allowed) return refused(decision.reason);

  const { metadata, access } = scope;

  switch (record) {
    case 'employer':
      return form(renderEmployerModal({ metadata }));
    case 'program': {
      const campuses = await picker(scope, 'campus');

      if (campuses.total === 0) {
        return refused(
          'The directory has no campuses yet, so a program has nowhere to go. Ask the convener to add campuses first.',
        );
      }

      return form(renderProgramModal({ metadata, campuses }));
    }
    case 'contact':
      return form(
        renderContactModal({
          metadata,
          organization: await startingOrganization(scope, organizationId, organizationKinds),
          roles: rolesOffered(access),
          organizationOptional: access.role === 'convener',
        }),
      );
    case 'need': {
      const employers = await picker(scope, 'employer');

      if (employers.total === 0) {
        return refused(
          'The directory has no employers yet. Add the employer first with `/bridge employer add`.',
        );
      }

      const employer =
        organizationId || access.role === 'employer'
          ? await startingOrganization(scope, organizationId, ['employer'])
          : undefined;

      return form(renderNeedModal({ metadata, employers, employer }));
    }
  }
}

async function prepareEditForm(
  scope: FormScope,
  record: DirectoryRecord,
  id: string,
): Promise<PreparedForm> {
  const { db, partnershipId, metadata, access } = scope;
  const owners = await findRecordOwners(db, { partnershipId, record, id });

  if (!owners) return refused(recordNotFound(record).message);

  const decision = mayEditRecord(access, owners);

  if (!decision.allowed) return refused(decision.reason);

  const query = { partnershipId, id };
  const notFound = refused(recordNotFound(record).message);

  switch (record) {
    case 'employer': {
      const employer = await getEmployer(db, query);

      return employer ? form(renderEmployerModal({ metadata, employer })) : notFound;
    }
    case 'program': {
      const program = await getProgram(db, query);
      const campuses = await picker(scope, 'campus');

      return program ? form(renderProgramModal({ metadata, campuses, program })) : notFound;
    }
    case 'contact': {
      const contact = await getContact(db, query);
      const organizationOptional = access.role === 'convener' || contact?.organization === null;
      const roles = rolesOffered(access);

      return contact
        ? form(renderContactModal({ metadata, contact, roles, organizationOptional }))
        : notFound;
    }
    case 'need': {
      const need = await getNeed(db, query);
      const employers = await picker(scope, 'employer');

      return need ? form(renderNeedModal({ metadata, employers, need })) : notFound;
    }
  }
}

/** Only the convener gives editing roles; everyone else chooses between the reading roles. */
function rolesOffered(access: AccessActor): readonly PersonRole[] {
  return access.role === 'convener' ? contactRoles : readOnlyContactRoles;
}

function picker(scope: FormScope, kind: OrganizationKind): Promise<OrganizationPicker> {
  return listOrganizationChoices(scope.db, {
    partnershipId: scope.partnershipId,
    kinds: [kind],
    limit: blockKitLimits.optionsPerSelect,
  });
}

/**
 * Finds the organization a new record starts with: the one given, or else the person's own,
 * when it is of one of `kinds`.
 */
async function startingOrganization(
  scope: FormScope,
  organizationId: string | undefined,
  kinds: readonly OrganizationKind[],
) {
  const id = organizationId ?? scope.access.organizationId;

  if (!id) return undefined;

  return findOrganization(scope.db, { partnershipId: scope.partnershipId, id, kinds });
}

function form(view: View): PreparedForm {
  return { kind: 'form', view };
}

function refused(message: string): PreparedForm {
  return { kind: 'refused', message };
}
