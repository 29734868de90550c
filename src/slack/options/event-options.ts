import type { App, BlockSuggestion } from '@slack/bolt';
import type { PlainTextOption } from '@slack/types';
import { searchProgramChoices } from '../../domain/event-booths.js';
import { listAttendeesToCheckIn } from '../../domain/event-checkin.js';
import { findOrganizedEvent, mayManageEvent } from '../../domain/event-organizer.js';
import { searchOrganizations } from '../../domain/organization-search.js';
import type { Actor } from '../actor.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { checkInBlocks, eventBoothBlocks } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { plainText } from '../text.js';
import { option, organizationOption } from '../views/blocks.js';
import { boothOption } from '../views/event-tool-modals.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

type Search = (input: {
  partnershipId: string;
  actor: Actor;
  text: string;
  suggestion: BlockSuggestion;
}) => Promise<{ options: PlainTextOption[]; total: number }>;

const limit = blockKitLimits.optionsPerSelect;

/**
 * Sends the options of the event modals' searching pickers as the person types: programs and
 * organizations for booths, and people Going for check-in. When more match than a select shows,
 * the options come as one group whose label gives how many matched.
 */
export function registerEventOptions(app: App, deps: SlackDependencies): void {
  const searches: Record<string, Search> = {
    [eventBoothBlocks.programIds]: async ({ partnershipId, text }) => {
      const found = await searchProgramChoices(deps.db, { partnershipId, text, limit });
      const options = found.choices.map((choice) => boothOption({ kind: 'program', ...choice }));

      return { options, total: found.total };
    },
    [eventBoothBlocks.organizationIds]: async ({ partnershipId, text }) => {
      const found = await searchOrganizations(deps.db, { partnershipId, text, limit });

      return { options: found.organizations.map(organizationOption), total: found.total };
    },
    [checkInBlocks.attendeeIds]: async ({ partnershipId, actor, text, suggestion }) => {
      const eventId = decodeModalMetadata(suggestion.view?.private_metadata).recordId ?? '';
      const event = await findOrganizedEvent(deps.db, { partnershipId, eventId });
      const access = { personId: actor.person.id, role: actor.person.role };

      // Only the people who may check others in see who is Going.
      if (!event || !mayManageEvent(access, event, 'check people in').allowed) {
        return { options: [], total: 0 };
      }

      const found = await listAttendeesToCheckIn(deps.db, { eventId: event.id, text, limit });
      const options = found.attendees.map((attendee) =>
        option(attendee.displayName, attendee.personId),
      );

      return { options, total: found.total };
    },
  };

  for (const [blockId, search] of Object.entries(searches)) {
    app.options<'block_suggestion'>(
      { type: 'block_suggestion', block_id: blockId },
      async ({ ack, body, client }) => {
        const suggestion = body as BlockSuggestion;
        const actor = await resolveActor(deps, client, identityOfInteraction(suggestion));
        const found = await search({
          partnershipId: actor.partnership.id,
          actor,
          text: suggestion.value,
          suggestion,
        });

        if (found.total <= found.options.length) {
          await ack({ options: found.options });
          return;
        }

        const label = `First ${found.options.length} of ${found.total}. Type more of the name.`;
        await ack({ option_groups: [{ label: plainText(label), options: found.options }] });
      },
    );
  }
}
