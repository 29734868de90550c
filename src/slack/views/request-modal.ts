import type { KnownBlock, View } from '@slack/types';
import type { WblRequestKind } from '../../db/schema/index.js';
import { wblRequestKinds } from '../../db/schema/index.js';
import { requestLimits } from '../../domain/request-form.js';
import { requestKindLabels } from '../../domain/request-labels.js';
import type { ProgramChoice } from '../../domain/request-programs.js';
import { callbackIds, requestBlocks } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { plainText } from '../text.js';
import { datePicker, option, staticSelect, textInput } from './blocks.js';
import { externalSelectField, selectField } from './directory-modals/fields.js';
import type { ModalMetadata } from './modal-metadata.js';
import { encodeModalMetadata } from './modal-metadata.js';

export interface ProgramPicker {
  /** The first programs by name, as many as a select shows. */
  choices: ProgramChoice[];
  /** How many programs the person may pick from in all. */
  total: number;
}

/** Labels a program "Welding Technology (Port Alder High School)", cut to Slack's limit. */
export function programLabel(program: ProgramChoice): string {
  return `${program.name} (${program.campusName})`;
}

/**
 * Renders a program picker: a static select while every program fits, otherwise an external
 * select that searches as the person types.
 */
export function programPickerField(options: {
  blockId: string;
  label: string;
  optional?: boolean;
  hint?: string;
  picker: ProgramPicker;
  /** The program chosen when the modal opens; only a static select can show it. */
  initial?: string | undefined;
}): KnownBlock {
  const { picker, initial, ...field } = options;

  if (picker.total > blockKitLimits.optionsPerSelect) {
    return externalSelectField({
      ...field,
      placeholder: 'Choose a program',
      hint:
        options.hint ?? `Type part of the program or campus name to search all ${picker.total}.`,
    });
  }

  return selectField({
    ...field,
    placeholder: 'Choose a program',
    choices: picker.choices.map((program) => option(programLabel(program), program.id)),
    initial,
  });
}

/** The program and kind chosen when the request modal opens, as from `/bridge gaps`. */
export interface RequestModalInitial {
  programId: string;
  kind: WblRequestKind;
}

/** Renders the `/bridge request new` modal. */
export function renderRequestModal(modal: {
  programs: ProgramPicker;
  metadata: ModalMetadata;
  initial?: RequestModalInitial | undefined;
}): View {
  return {
    type: 'modal',
    callback_id: callbackIds.requestNew,
    title: plainText('New request'),
    submit: plainText('Save'),
    close: plainText('Cancel'),
    private_metadata: encodeModalMetadata(modal.metadata),
    blocks: [
      programPickerField({
        blockId: requestBlocks.programId,
        label: 'Program',
        picker: modal.programs,
        initial: modal.initial?.programId,
      }),
      staticSelect({
        blockId: requestBlocks.kind,
        label: 'What do you need?',
        placeholder: 'Choose one',
        choices: wblRequestKinds.map((kind) => option(requestKindLabels[kind], kind)),
        ...(modal.initial ? { initial: modal.initial.kind } : {}),
      }),
      textInput({
        blockId: requestBlocks.details,
        label: 'Details',
        multiline: true,
        maxLength: requestLimits.details,
        placeholder: 'What the students are learning and what would help them',
      }),
      textInput({
        blockId: requestBlocks.groupSize,
        label: 'Group size',
        optional: true,
        maxLength: 5,
        placeholder: 'Number of students, such as 25',
        hint: 'Required for guest speakers and facility tours; leave it empty otherwise.',
      }),
      datePicker({ blockId: requestBlocks.neededBy, label: 'Needed by', optional: true }),
    ],
  };
}
