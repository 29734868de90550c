import type { App, SlackViewAction, ViewOutput } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { ValidationError } from '../../domain/errors.js';
import { replaceBooths } from '../../domain/event-booths.js';
import { checkInPeople } from '../../domain/event-checkin.js';
import { parseFeedbackForm, saveFeedback } from '../../domain/event-feedback.js';
import type { OrganizedEvent } from '../../domain/event-organizer.js';
import { findOrganizedEvent, isEventDay, mayManageEvent } from '../../domain/event-organizer.js';
import type { Actor } from '../actor.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, checkInBlocks, eventBoothBlocks, feedbackBlocks } from '../ids.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import { readStateValues, textValue } from '../state-values.js';
import { escapeMrkdwn } from '../text.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

const gone = 'That event no longer exists, so nothing was saved.';

/** Saves the booths, check-in and feedback modals of an event. */
export function registerEventToolSubmissions(app: App, deps: SlackDependencies): void {
  registerBoothsSubmission(app, deps);
  registerCheckInSubmission(app, deps);
  registerFeedbackSubmission(app, deps);
}

/** Reads the event a modal is about, for a person allowed to manage it, or throws why not. */
async function managedEvent(
  deps: SlackDependencies,
  actor: Actor,
  input: { eventId: string; errorBlockId: string; work: string },
): Promise<OrganizedEvent> {
  const event = await findOrganizedEvent(deps.db, {
    partnershipId: actor.partnership.id,
    eventId: input.eventId,
  });

  if (!event) throw new ValidationError({ [input.errorBlockId]: gone });

  const access = { personId: actor.person.id, role: actor.person.role };
  const decision = mayManageEvent(access, event, input.work);

  if (!decision.allowed) throw new ValidationError({ [input.errorBlockId]: decision.reason });

  return event;
}

function listValue(form: ReturnType<typeof readStateValues>, blockId: string): string[] {
  const value = form[blockId];

  return Array.isArray(value) ? value : [];
}

function lateFailure(deps: SlackDependencies, client: WebClient, userId: string, what: string) {
  return () =>
    notifyPerson(
      client,
      deps.logger,
      { userId },
      textMessage(`${what} was not saved because of an internal error. Try again in a minute.`),
    );
}

function registerBoothsSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.eventBooths, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const errorBlockId = eventBoothBlocks.programIds;
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const event = await managedEvent(deps, actor, {
        eventId: metadata.recordId ?? '',
        errorBlockId,
        work: 'change its booths',
      });
      const change = await replaceBooths(deps.db, {
        partnershipId: actor.partnership.id,
        eventId: event.id,
        actorPersonId: actor.person.id,
        programIds: listValue(form, eventBoothBlocks.programIds),
        organizationIds: listValue(form, eventBoothBlocks.organizationIds),
      });

      if (change.outcome === 'not_found') throw new ValidationError({ [errorBlockId]: gone });
      if (change.outcome === 'unknown_records') {
        throw new ValidationError({
          [errorBlockId]:
            'A chosen program or organization no longer exists; remove it and save again.',
        });
      }

      return { actor, event, change };
    })();
    const saved = await saveBeforeAck({
      ack,
      save,
      errorBlockId,
      logger: deps.logger,
      onLateFailure: lateFailure(deps, client, body.user.id, 'The booths'),
    });

    if (!saved.saved) return;

    const { actor, event, change } = saved.value;
    const text = `Booths of *${escapeMrkdwn(event.title)}* saved: ${change.added} added, ${change.removed} removed.`;

    deps.announcements.schedule({ partnershipId: actor.partnership.id, eventId: event.id, client });
    await notifyPerson(client, deps.logger, targetOf(body, metadata), textMessage(text));
  });
}

/** Reads the Slack users chosen in a multi users select, which readStateValues does not read. */
function selectedUsers(view: ViewOutput, blockId: string): string[] {
  const elements = view.state.values[blockId] ?? {};
  const element = Object.values(elements)[0] as { selected_users?: string[] } | undefined;

  return element?.selected_users ?? [];
}

function registerCheckInSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.eventCheckIn, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const attendeeIds = listValue(form, checkInBlocks.attendeeIds);
    const walkInUserIds = selectedUsers(view, checkInBlocks.walkInUserIds);
    const errorBlockId =
      checkInBlocks.attendeeIds in view.state.values
        ? checkInBlocks.attendeeIds
        : checkInBlocks.walkInUserIds;

    if (attendeeIds.length === 0 && walkInUserIds.length === 0) {
      const errors = { [errorBlockId]: 'Choose at least one person to check in.' };
      await ack({ response_action: 'errors', errors });
      return;
    }

    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const event = await managedEvent(deps, actor, {
        eventId: metadata.recordId ?? '',
        errorBlockId,
        work: 'check people in',
      });

      if (!isEventDay(event, deps.now(), actor.partnership.timeZone)) {
        throw new ValidationError({
          [errorBlockId]: 'Check-in is open only on the day of the event; nothing was saved.',
        });
      }

      const walkIns = await peopleOfSlackUsers(deps, client, body, walkInUserIds);
      const result = await checkInPeople(deps.db, {
        partnershipId: actor.partnership.id,
        eventId: event.id,
        actorPersonId: actor.person.id,
        personIds: [...attendeeIds, ...walkIns],
        now: deps.now(),
      });

      if (!result) throw new ValidationError({ [errorBlockId]: gone });

      return { actor, event, result };
    })();
    const saved = await saveBeforeAck({
      ack,
      save,
      errorBlockId,
      logger: deps.logger,
      onLateFailure: lateFailure(deps, client, body.user.id, 'The check-in'),
    });

    if (!saved.saved) return;

    const { actor, event, result } = saved.value;
    const text = `Checked in ${result.checkedIn + result.walkIns} at *${escapeMrkdwn(event.title)}*: ${result.walkIns} walk-ins recorded as Going, ${result.already} had already checked in.`;

    deps.announcements.schedule({ partnershipId: actor.partnership.id, eventId: event.id, client });
    await notifyPerson(client, deps.logger, targetOf(body, metadata), textMessage(text));
  });
}

/** Returns the Bridge person of each Slack user, adding anyone Bridge has not seen yet. */
async function peopleOfSlackUsers(
  deps: SlackDependencies,
  client: WebClient,
  body: SlackViewAction,
  userIds: readonly string[],
): Promise<string[]> {
  const identity = identityOfInteraction(body);
  const people = [];

  for (const userId of userIds) {
    const walkIn = await resolveActor(deps, client, { teamId: identity.teamId, userId });
    people.push(walkIn.person.id);
  }

  return people;
}

function registerFeedbackSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.eventFeedback, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const parsed = parseFeedbackForm({
      rating: textValue(form, feedbackBlocks.rating),
      comment: textValue(form, feedbackBlocks.comment),
    });

    if (!parsed.ok) {
      const errors = {
        ...(parsed.errors.rating ? { [feedbackBlocks.rating]: parsed.errors.rating } : {}),
        ...(parsed.errors.comment ? { [feedbackBlocks.comment]: parsed.errors.comment } : {}),
      };
      await ack({ response_action: 'errors', errors });
      return;
    }

    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const result = await saveFeedback(deps.db, {
        partnershipId: actor.partnership.id,
        eventId: metadata.recordId ?? '',
        personId: actor.person.id,
        feedback: parsed.value,
      });

      if (result.outcome === 'not_found') {
        throw new ValidationError({ [feedbackBlocks.rating]: gone });
      }

      if (result.outcome === 'not_attended') {
        throw new ValidationError({
          [feedbackBlocks.rating]:
            'Only people who checked in at the event can rate it, and you did not check in.',
        });
      }

      return { actor, created: result.created };
    })();
    const saved = await saveBeforeAck({
      ack,
      save,
      errorBlockId: feedbackBlocks.rating,
      logger: deps.logger,
      onLateFailure: lateFailure(deps, client, body.user.id, 'Your feedback'),
    });

    if (!saved.saved) return;

    const { actor, created } = saved.value;
    const text = created
      ? 'Thank you; your feedback is saved.'
      : 'Thank you; your new answer replaces your earlier feedback.';

    deps.announcements.schedule({
      partnershipId: actor.partnership.id,
      eventId: metadata.recordId ?? '',
      client,
    });
    await notifyPerson(client, deps.logger, { userId: body.user.id }, textMessage(text));
  });
}

function targetOf(body: SlackViewAction, metadata: { channelId?: string | undefined }) {
  return { userId: body.user.id, channelId: metadata.channelId };
}
