import type { KnownBlock, PlainTextOption, View } from '@slack/types';
import type { Booth } from '../../domain/event-booths.js';
import type { Attendee } from '../../domain/event-checkin.js';
import { feedbackLimits } from '../../domain/event-feedback.js';
import { formatEventSpan } from '../../domain/time.js';
import { actionIds, callbackIds, checkInBlocks, eventBoothBlocks, feedbackBlocks } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import { input, option } from './blocks.js';
import type { ModalMetadata } from './modal-metadata.js';
import { encodeModalMetadata } from './modal-metadata.js';

interface ModalEvent {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
}

/** Renders the event's title and time as the first section of its modals. */
function eventHeading(event: ModalEvent, timeZone: string): KnownBlock {
  const when = formatEventSpan(event.startsAt, event.endsAt, timeZone);
  const title = escapeMrkdwnWithin(event.title, blockKitLimits.sectionText - when.length - 10);

  return { type: 'section', text: mrkdwn(`*${title}*\n${when}`) };
}

function modalFrame(frame: {
  callbackId: string;
  title: string;
  submit: string;
  metadata: ModalMetadata;
  blocks: KnownBlock[];
}): View {
  return {
    type: 'modal',
    callback_id: frame.callbackId,
    title: plainText(truncate(frame.title, blockKitLimits.viewTitle)),
    submit: plainText(frame.submit),
    close: plainText('Cancel'),
    private_metadata: encodeModalMetadata(frame.metadata),
    blocks: frame.blocks,
  };
}

/** Labels a booth as its picker option: "Welding Technology — Port Alder HS". */
export function boothOption(booth: Booth): PlainTextOption {
  const label = booth.kind === 'program' ? `${booth.name} — ${booth.campusName}` : booth.name;

  return option(label, booth.id);
}

/**
 * Renders the booths modal: two pickers that search all programs and organizations as the
 * person types, starting from the event's current booths. Removing a choice removes its booth.
 */
export function renderBoothsModal(modal: {
  event: ModalEvent;
  booths: Booth[];
  metadata: ModalMetadata;
}): View {
  const picker = (blockId: string, label: string, placeholder: string, chosen: Booth[]) =>
    input(
      { blockId, label, optional: true, hint: 'Type part of a name to search.' },
      {
        type: 'multi_external_select',
        placeholder: plainText(placeholder),
        min_query_length: 0,
        ...(chosen.length > 0 ? { initial_options: chosen.map(boothOption) } : {}),
      },
    );
  const programs = modal.booths.filter((booth) => booth.kind === 'program');
  const organizations = modal.booths.filter((booth) => booth.kind === 'organization');

  return modalFrame({
    callbackId: callbackIds.eventBooths,
    title: 'Booths',
    submit: 'Save',
    metadata: { ...modal.metadata, recordId: modal.event.id },
    blocks: [
      eventHeading(modal.event, modal.metadata.timeZone),
      picker(eventBoothBlocks.programIds, 'CTE programs', 'Choose programs', programs),
      picker(
        eventBoothBlocks.organizationIds,
        'Organizations',
        'Choose organizations',
        organizations,
      ),
    ],
  });
}

/**
 * Renders the check-in modal: the people Going who have not checked in (a search when there
 * are more than a select holds) and a people picker for walk-ins.
 */
export function renderCheckInModal(modal: {
  event: ModalEvent;
  attendees: Attendee[];
  /** How many people Going have not checked in yet. */
  total: number;
  checkedIn: number;
  metadata: ModalMetadata;
}): View {
  const blocks: KnownBlock[] = [
    eventHeading(modal.event, modal.metadata.timeZone),
    {
      type: 'context',
      elements: [mrkdwn(`Checked in so far: ${modal.checkedIn}. Still expected: ${modal.total}.`)],
    },
  ];

  if (modal.total > 0) blocks.push(attendeePicker(modal));

  blocks.push(
    input(
      {
        blockId: checkInBlocks.walkInUserIds,
        label: 'Walk-ins',
        optional: true,
        hint: 'People who came without answering Going. Bridge records them as Going too.',
      },
      { type: 'multi_users_select', placeholder: plainText('Choose people') },
    ),
  );

  return modalFrame({
    callbackId: callbackIds.eventCheckIn,
    title: 'Check in',
    submit: 'Check in',
    metadata: { ...modal.metadata, recordId: modal.event.id },
    blocks,
  });
}

function attendeePicker(modal: { attendees: Attendee[]; total: number }): KnownBlock {
  const options = { blockId: checkInBlocks.attendeeIds, label: 'Going', optional: true };

  if (modal.total > blockKitLimits.optionsPerSelect) {
    return input(
      { ...options, hint: `Type part of a name to search all ${modal.total}.` },
      {
        type: 'multi_external_select',
        placeholder: plainText('Choose people'),
        min_query_length: 0,
      },
    );
  }

  return input(options, {
    type: 'multi_static_select',
    placeholder: plainText('Choose people'),
    options: modal.attendees.map((attendee) => option(attendee.displayName, attendee.personId)),
  });
}

/** Renders the feedback modal: a rating from 1 to 5 and an optional comment. */
export function renderFeedbackModal(modal: {
  event: ModalEvent;
  metadata: ModalMetadata;
  /** The person's earlier answer, which a new one replaces. */
  previous?: { rating: number; comment: string | null } | undefined;
}): View {
  const ratings = ['1 (poor)', '2', '3', '4', '5 (excellent)'].map((label, index) =>
    option(label, String(index + 1)),
  );
  const initial = ratings.find((rating) => rating.value === String(modal.previous?.rating));

  return modalFrame({
    callbackId: callbackIds.eventFeedback,
    title: 'Feedback',
    submit: 'Send',
    metadata: { ...modal.metadata, recordId: modal.event.id },
    blocks: [
      eventHeading(modal.event, modal.metadata.timeZone),
      input(
        { blockId: feedbackBlocks.rating, label: 'How useful was the event?' },
        {
          type: 'radio_buttons',
          options: ratings,
          ...(initial ? { initial_option: initial } : {}),
        },
      ),
      input(
        { blockId: feedbackBlocks.comment, label: 'Comment', optional: true },
        {
          type: 'plain_text_input',
          multiline: true,
          max_length: feedbackLimits.comment,
          ...(modal.previous?.comment ? { initial_value: modal.previous.comment } : {}),
        },
      ),
    ],
  });
}

/** Renders a modal that only explains something, such as why a tool is not available. */
export function renderNoticeModal(title: string, text: string): View {
  return {
    type: 'modal',
    callback_id: callbackIds.loading,
    title: plainText(truncate(title, blockKitLimits.viewTitle)),
    close: plainText('Close'),
    blocks: [{ type: 'section', text: mrkdwn(text) }],
  };
}

/**
 * Renders the events a typed name matched, each with a "Check in" button that turns this modal
 * into that event's check-in form.
 */
export function renderEventChoiceModal(modal: {
  typed: string;
  candidates: ModalEvent[];
  timeZone: string;
}): View {
  const typed = escapeMrkdwnWithin(modal.typed, 200);
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(`Several events match “${typed}”. Choose the one to check people in to.`),
    },
    ...modal.candidates.map(
      (event): KnownBlock =>
        ({
          ...eventHeading(event, modal.timeZone),
          block_id: `checkin_choice:${event.id}`,
          accessory: {
            type: 'button',
            action_id: actionIds.eventCheckIn,
            value: event.id,
            text: plainText('Check in'),
          },
        }) as KnownBlock,
    ),
  ];

  return {
    type: 'modal',
    callback_id: callbackIds.loading,
    title: plainText('Check in'),
    close: plainText('Close'),
    blocks,
  };
}
