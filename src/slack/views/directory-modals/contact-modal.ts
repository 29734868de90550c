import type { KnownBlock, View } from '@slack/types';
import { DateTime } from 'luxon';
import type { OrganizationKind, PersonRole } from '../../../db/schema/index.js';
import { isEditingRole, roleLabels } from '../../../domain/access.js';
import type { ContactRecord } from '../../../domain/directory-records/contacts.js';
import { contactLimits } from '../../../domain/directory-records/contacts.js';
import { callbackIds, contactBlocks } from '../../ids.js';
import { mrkdwn } from '../../text.js';
import { option, organizationOption } from '../blocks.js';
import type { ModalMetadata } from '../modal-metadata.js';
import {
  checkboxField,
  directoryModal,
  externalSelectField,
  selectField,
  textField,
} from './fields.js';

export interface ContactModalInput {
  metadata: ModalMetadata;
  contact?: ContactRecord | undefined;
  /** The organization a new contact starts with, such as the person's own. */
  organization?: { id: string; name: string; kind: OrganizationKind } | undefined;
  /** Roles the person filling in the form may give, in the order shown. */
  roles: readonly PersonRole[];
  /** Whether the person may leave the organization empty; only the convener may. */
  organizationOptional: boolean;
}

/** Renders the contact form, empty to add a contact or filled in to edit one. */
export function renderContactModal(modal: ContactModalInput): View {
  const { contact } = modal;
  const organization = contact ? contact.organization : modal.organization;

  return directoryModal({
    callbackId: callbackIds.contactForm,
    title: contact ? 'Edit contact' : 'New contact',
    metadata: modal.metadata,
    blocks: [
      textField({
        blockId: contactBlocks.name,
        label: 'Name',
        maxLength: contactLimits.name,
        placeholder: 'First and last name',
        initial: contact?.name,
      }),
      textField({
        blockId: contactBlocks.title,
        label: 'Job title',
        optional: true,
        maxLength: contactLimits.title,
        placeholder: 'CTE Director',
        initial: contact?.title,
      }),
      externalSelectField({
        blockId: contactBlocks.organizationId,
        label: 'Organization',
        optional: modal.organizationOptional,
        placeholder: 'Type to search organizations',
        hint: 'Type part of its name. Ask the convener to add an organization that is not listed.',
        initial: organization ? organizationOption(organization) : undefined,
      }),
      textField({
        blockId: contactBlocks.email,
        label: 'Email',
        optional: true,
        maxLength: contactLimits.email,
        placeholder: 'name@example.org',
        initial: contact?.email,
      }),
      textField({
        blockId: contactBlocks.phone,
        label: 'Phone',
        optional: true,
        maxLength: contactLimits.phone,
        placeholder: '361-555-0142',
        initial: contact?.phone,
      }),
      roleBlock(modal),
      ...(contact ? [confirmedBlock(contact, modal.metadata.timeZone)] : []),
    ],
  });
}

/** Renders the role select, or a note for the convener, whose role this form keeps. */
function roleBlock(modal: ContactModalInput): KnownBlock {
  const current = modal.contact?.role;

  if (current === 'convener') {
    return {
      type: 'context',
      elements: [mrkdwn('Role: convener. This form keeps the convener role as it is.')],
    };
  }

  const roles = current && !modal.roles.includes(current) ? [current, ...modal.roles] : modal.roles;
  const editingRolesOffered = roles.some(isEditingRole);

  return selectField({
    blockId: contactBlocks.role,
    label: 'Role in Bridge',
    placeholder: 'Choose a role',
    choices: roles.map((role) => option(capitalize(roleLabels[role]), role)),
    initial: current ?? 'viewer',
    hint: editingRolesOffered
      ? 'Chamber, school district and employer staff edit their organization’s records. Educators and viewers read the directory.'
      : 'Educators and viewers read the directory. Only the convener gives editing roles.',
  });
}

function confirmedBlock(contact: ContactRecord, timeZone: string): KnownBlock {
  const last = contact.confirmedAt
    ? `Last confirmed ${DateTime.fromJSDate(contact.confirmedAt, { zone: timeZone }).toFormat('d LLL yyyy')}.`
    : 'Never confirmed.';

  return checkboxField({
    blockId: contactBlocks.confirmed,
    label: 'Confirmation',
    optional: true,
    hint: `${last} Tick when you have checked that these details are current.`,
    choices: [option('Confirmed today', 'confirmed')],
    initial: [],
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
