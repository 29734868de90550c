import type { KnownBlock, PlainTextOption, View } from '@slack/types';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { outreachStages } from '../../db/schema/index.js';
import type { StoredOutcome } from '../../domain/meetings/outcomes.js';
import { actionItemFields, outcomeLimits } from '../../domain/meetings/outcomes.js';
import { outreachStageLabels } from '../../domain/outreach/labels.js';
import { callbackIds, outcomeBlocks } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import { datePicker, input, option } from './blocks.js';
import { externalSelectField, selectField, textField } from './directory-modals/fields.js';

/** Context the outcome modal carries to its submission. */
const outcomeMetadataSchema = z.object({
  timeZone: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone))
    .default('America/Chicago'),
  /** The meeting, when the modal was opened for one; otherwise the person chooses it. */
  meetingId: z.string().optional(),
  /** The message a shortcut started the outcome from, as `<channel id>/<ts>`. */
  sourceMessage: z.string().max(100).optional(),
  channelId: z.string().optional(),
});

export type OutcomeMetadata = z.infer<typeof outcomeMetadataSchema>;

/** Reads an outcome modal's private_metadata; anything unreadable gives the defaults. */
export function decodeOutcomeMetadata(privateMetadata: string | undefined): OutcomeMetadata {
  try {
    return outcomeMetadataSchema.parse(JSON.parse(privateMetadata || '{}'));
  } catch {
    return outcomeMetadataSchema.parse({});
  }
}

export interface OutcomeModal {
  metadata: OutcomeMetadata;
  /** The meeting the outcome is for, or the recent meetings to choose from. */
  meeting: { title: string } | { choices: Array<{ id: string; label: string }> };
  /** The meeting's invitees for the attendance select; absent or over 100 uses a people picker. */
  invitees?: Array<{ id: string; name: string }>;
  existing?: StoredOutcome | undefined;
  /** Text that starts the summary, such as the message a shortcut was used on. */
  summaryStart?: string | undefined;
}

/** Renders the meeting outcome modal: attendance, summary, decisions, action items, employer. */
export function renderOutcomeModal(modal: OutcomeModal): View {
  const { existing } = modal;
  const summary = existing?.summary ?? modal.summaryStart;

  return {
    type: 'modal',
    callback_id: callbackIds.meetingOutcome,
    title: plainText(existing ? 'Edit outcome' : 'Meeting outcome'),
    submit: plainText('Save'),
    close: plainText('Cancel'),
    private_metadata: JSON.stringify(modal.metadata),
    blocks: [
      renderMeetingChoice(modal),
      renderAttendance(modal),
      textField({
        blockId: outcomeBlocks.summary,
        label: 'Summary',
        multiline: true,
        maxLength: outcomeLimits.summary,
        initial: summary ? truncate(summary, outcomeLimits.summary) : undefined,
      }),
      textField({
        blockId: outcomeBlocks.decisions,
        label: 'Decisions',
        optional: true,
        multiline: true,
        maxLength: outcomeLimits.decisions,
        initial: existing?.decisions,
      }),
      ...renderActionItemRows(existing),
      externalSelectField({
        blockId: outcomeBlocks.employerId,
        label: 'Employer whose outreach stage changes',
        optional: true,
        placeholder: 'Type an employer',
        initial: existing?.employer
          ? option(existing.employer.name, existing.employer.id)
          : undefined,
      }),
      selectField({
        blockId: outcomeBlocks.employerStage,
        label: 'New outreach stage',
        optional: true,
        placeholder: 'Choose a stage',
        choices: outreachStages.map((stage) => option(outreachStageLabels[stage], stage)),
        initial: existing?.employerStage,
        hint: 'For example Partnered when the employer agreed to work with the partnership.',
      }),
    ],
  };
}

function renderMeetingChoice(modal: OutcomeModal): KnownBlock {
  if ('title' in modal.meeting) {
    const title = escapeMrkdwnWithin(modal.meeting.title, blockKitLimits.sectionText - 20);

    return { type: 'section', text: mrkdwn(`Meeting: *${title}*`) };
  }

  return selectField({
    blockId: outcomeBlocks.meetingId,
    label: 'Meeting',
    placeholder: 'Choose a meeting',
    choices: modal.meeting.choices.map((choice) => option(choice.label, choice.id)),
    hint: 'Meetings that have started, latest first. Recording again edits the outcome.',
  });
}

function renderAttendance(modal: OutcomeModal): KnownBlock {
  const attendees = modal.existing?.attendees ?? [];
  const initial = attendees.map((attendee) => option(attendee.name, attendee.id));
  const label = { blockId: outcomeBlocks.attendeeIds, label: 'Who attended', optional: true };
  const invitees = modal.invitees;

  if (invitees && invitees.length > 0 && invitees.length <= blockKitLimits.optionsPerSelect) {
    const choices = invitees.map((invitee) => option(invitee.name, invitee.id));
    const chosen = choices.filter((choice) => attendees.some((a) => a.id === choice.value));

    return input(label, {
      type: 'multi_static_select',
      placeholder: plainText('Choose the invitees who came'),
      options: choices,
      ...(chosen.length > 0 ? { initial_options: chosen } : {}),
    });
  }

  return input(
    { ...label, hint: 'Type a name to find anyone in the partnership.' },
    {
      type: 'multi_external_select',
      placeholder: plainText('Type a name'),
      min_query_length: 0,
      ...(initial.length > 0 ? { initial_options: initial } : {}),
    },
  );
}

function renderActionItemRows(existing: StoredOutcome | undefined): KnownBlock[] {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `*Action items* (up to ${outcomeLimits.actionItems}). Each shows on its owner's Home tab.`,
      ),
    },
  ];

  for (let row = 1; row <= outcomeLimits.actionItems; row++) {
    const fields = actionItemFields(row);
    const item = existing?.actionItems[row - 1];
    const owner: PlainTextOption | undefined = item
      ? option(item.ownerName, item.ownerPersonId)
      : undefined;

    blocks.push(
      externalSelectField({
        blockId: fields.owner,
        label: `Action item ${row}: owner`,
        optional: true,
        placeholder: 'Type a name',
        initial: owner,
      }),
      textField({
        blockId: fields.text,
        label: `Action item ${row}: what to do`,
        optional: true,
        maxLength: outcomeLimits.actionItem,
        initial: item?.description,
      }),
      item?.dueOn
        ? datePicker({
            blockId: fields.due,
            label: `Action item ${row}: due`,
            optional: true,
            initialDate: item.dueOn,
          })
        : datePicker({ blockId: fields.due, label: `Action item ${row}: due`, optional: true }),
    );
  }

  return blocks;
}
