import type { KnownBlock, View } from '@slack/types';
import { contactChannels, outreachStages } from '../../db/schema/index.js';
import { outreachLimits } from '../../domain/outreach/forms.js';
import { contactChannelLabels, outreachStageLabels } from '../../domain/outreach/labels.js';
import type { OutreachSummary } from '../../domain/outreach/summary.js';
import { callbackIds, outreachContactBlocks, outreachUpdateBlocks } from '../ids.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import { datePicker, input, option, staticSelect, textInput } from './blocks.js';
import { directoryModal, selectField } from './directory-modals/fields.js';
import type { ModalMetadata } from './modal-metadata.js';

/**
 * Renders the "Log a contact" modal. The stage and follow-up fields show only to people who
 * move stages; employer staff log the contact alone.
 */
export function renderOutreachContactModal(modal: {
  employerName: string;
  stage: OutreachSummary['stage'];
  mayUpdateOutreach: boolean;
  /** The partnership's date (YYYY-MM-DD), the date field's first value. */
  today: string;
  metadata: ModalMetadata;
}): View {
  const blocks: KnownBlock[] = [
    employerContext(modal.employerName),
    staticSelect({
      blockId: outreachContactBlocks.channel,
      label: 'How',
      placeholder: 'Call, email, meeting or note',
      choices: contactChannels.map((channel) => option(contactChannelLabels[channel], channel)),
    }),
    datePicker({
      blockId: outreachContactBlocks.contactedOn,
      label: 'Date',
      initialDate: modal.today,
    }),
    textInput({
      blockId: outreachContactBlocks.summary,
      label: 'Summary',
      multiline: true,
      maxLength: outreachLimits.summary,
      placeholder: 'What was asked or agreed, so that others do not ask again',
    }),
  ];

  if (modal.mayUpdateOutreach) {
    blocks.push(
      staticSelect({
        blockId: outreachContactBlocks.stage,
        label: 'New stage',
        optional: true,
        hint: `Leave empty to keep ${outreachStageLabels[modal.stage]}.`,
        placeholder: 'Keep the stage',
        choices: outreachStages.map((stage) => option(outreachStageLabels[stage], stage)),
      }),
      datePicker({
        blockId: outreachContactBlocks.nextFollowUpOn,
        label: 'Next follow-up',
        optional: true,
      }),
    );
  }

  return directoryModal({
    callbackId: callbackIds.outreachContact,
    title: 'Log a contact',
    metadata: modal.metadata,
    blocks,
  });
}

/** Renders the "Update outreach" modal, prefilled with the employer's stage, owner and date. */
export function renderOutreachUpdateModal(modal: {
  employerName: string;
  outreach: OutreachSummary;
  metadata: ModalMetadata;
}): View {
  const { outreach } = modal;
  const ownerSlackUserId = outreach.owner?.slackUserId ?? undefined;
  const ownerHint =
    outreach.owner && !ownerSlackUserId
      ? `The owner now is ${outreach.owner.name}, who has no Slack account; leave it empty to remove them.`
      : 'The convener, chamber staff or district staff. Leave it empty for no owner.';

  return directoryModal({
    callbackId: callbackIds.outreachUpdate,
    title: 'Update outreach',
    metadata: modal.metadata,
    blocks: [
      employerContext(modal.employerName),
      selectField({
        blockId: outreachUpdateBlocks.stage,
        label: 'Stage',
        placeholder: 'Choose a stage',
        choices: outreachStages.map((stage) => option(outreachStageLabels[stage], stage)),
        initial: outreach.stage,
      }),
      input(
        {
          blockId: outreachUpdateBlocks.ownerPersonId,
          label: 'Owner',
          optional: true,
          hint: ownerHint,
        },
        {
          type: 'users_select',
          placeholder: plainText('Choose a person'),
          ...(ownerSlackUserId ? { initial_user: ownerSlackUserId } : {}),
        },
      ),
      datePicker({
        blockId: outreachUpdateBlocks.nextFollowUpOn,
        label: 'Next follow-up',
        optional: true,
        ...(outreach.nextFollowUpOn ? { initialDate: outreach.nextFollowUpOn } : {}),
      }),
    ],
  });
}

export function employerContext(employerName: string): KnownBlock {
  return {
    type: 'context',
    elements: [mrkdwn(`Employer: *${escapeMrkdwnWithin(employerName, 150)}*`)],
  };
}
