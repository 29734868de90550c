import type { Database } from '../../db/client.js';
import type { AccessActor } from '../../domain/access.js';
import {
  createContact,
  parseContactForm,
  updateContact,
} from '../../domain/directory-records/contacts.js';
import {
  createEmployer,
  parseEmployerForm,
  updateEmployer,
} from '../../domain/directory-records/employers.js';
import { createNeed, parseNeedForm, updateNeed } from '../../domain/directory-records/needs.js';
import {
  createProgram,
  parseProgramForm,
  updateProgram,
} from '../../domain/directory-records/programs.js';
import type { OwnedRecord } from '../../domain/record-owners.js';
import type { Parsed } from '../../domain/validation.js';
import { callbackIds, contactBlocks, employerBlocks, needBlocks, programBlocks } from '../ids.js';
import {
  renderContactSaved,
  renderEmployerSaved,
  renderNeedSaved,
  renderProgramSaved,
  type SaveOutcome,
} from '../messages/directory-saved.js';
import type { SlackMessage } from '../messages/help.js';
import type { FormValue } from '../state-values.js';

/** Context of a directory form's save: partnership, actor, edited record, clock and time zone. */
export interface SaveContext {
  partnershipId: string;
  actor: AccessActor;
  /** Absent for an add form. */
  recordId: string | undefined;
  now: Date;
  timeZone: string;
}

/** A checked form's save, which returns the confirmation to send. */
export type FormSave = (db: Database, context: SaveContext) => Promise<SlackMessage>;

/** One directory form: its callback id, its field-to-block map, and how to read and save it. */
export interface DirectoryForm {
  record: OwnedRecord;
  callbackId: string;
  /** The block id of each form field, in the order the form shows them. */
  blocks: Readonly<Record<string, string>>;
  read(fields: Record<string, FormValue | undefined>): Parsed<FormSave>;
}

function outcomeOf(changed: boolean): SaveOutcome {
  return changed ? 'updated' : 'unchanged';
}

const employerForm: DirectoryForm = {
  record: 'employer',
  callbackId: callbackIds.employerForm,
  blocks: employerBlocks,
  read(fields) {
    const parsed = parseEmployerForm(fields);

    if (!parsed.ok) return parsed;

    return saveWith(async (db, context) => {
      const write = { ...context, input: parsed.value };

      if (!context.recordId) return renderEmployerSaved(await createEmployer(db, write), 'created');

      const saved = await updateEmployer(db, { ...write, id: context.recordId });

      return renderEmployerSaved(saved.record, outcomeOf(saved.changed));
    });
  },
};

const programForm: DirectoryForm = {
  record: 'program',
  callbackId: callbackIds.programForm,
  blocks: programBlocks,
  read(fields) {
    const parsed = parseProgramForm(fields);

    if (!parsed.ok) return parsed;

    return saveWith(async (db, context) => {
      const write = { ...context, input: parsed.value };

      if (!context.recordId) return renderProgramSaved(await createProgram(db, write), 'created');

      const saved = await updateProgram(db, { ...write, id: context.recordId });

      return renderProgramSaved(saved.record, outcomeOf(saved.changed));
    });
  },
};

const contactForm: DirectoryForm = {
  record: 'contact',
  callbackId: callbackIds.contactForm,
  blocks: contactBlocks,
  read(fields) {
    const confirmed = fields.confirmed;
    const parsed = parseContactForm({
      ...fields,
      confirmed: Array.isArray(confirmed) && confirmed.includes('confirmed'),
    });

    if (!parsed.ok) return parsed;

    return saveWith(async (db, context) => {
      const write = { ...context, input: parsed.value };

      if (!context.recordId) {
        return renderContactSaved(await createContact(db, write), 'created', context.timeZone);
      }

      const saved = await updateContact(db, { ...write, id: context.recordId });

      return renderContactSaved(saved.record, outcomeOf(saved.changed), context.timeZone);
    });
  },
};

const needForm: DirectoryForm = {
  record: 'need',
  callbackId: callbackIds.needForm,
  blocks: needBlocks,
  read(fields) {
    const parsed = parseNeedForm(fields);

    if (!parsed.ok) return parsed;

    return saveWith(async (db, context) => {
      const write = { ...context, input: parsed.value };

      if (!context.recordId) return renderNeedSaved(await createNeed(db, write), 'created');

      const saved = await updateNeed(db, { ...write, id: context.recordId });

      return renderNeedSaved(saved.record, outcomeOf(saved.changed));
    });
  },
};

function saveWith(save: FormSave): Parsed<FormSave> {
  return { ok: true, value: save };
}

export const directoryForms: readonly DirectoryForm[] = [
  employerForm,
  programForm,
  contactForm,
  needForm,
];
