import type { App, BlockSuggestion } from '@slack/bolt';
import type { PlainTextOption } from '@slack/types';
import type { OrganizationKind } from '../../db/schema/index.js';
import { organizationKinds } from '../../db/schema/index.js';
import { searchOrganizationChoices } from '../../domain/directory-records/organization-choices.js';
import { searchPeople } from '../../domain/meetings/people-search.js';
import { resolvePartnershipForSlackTeam } from '../../domain/partnerships.js';
import { identityOfInteraction } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { meetingBlocks, outcomeBlocks } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { plainText } from '../text.js';
import { option, organizationOption } from '../views/blocks.js';

type Found = { options: PlainTextOption[]; total: number };

/** The people pickers of the meeting and outcome forms, including each action item's owner. */
const peoplePickers = new RegExp(
  `^(${meetingBlocks.personIds}|${outcomeBlocks.attendeeIds}|actionOwner[1-5])$`,
);

/** The organization pickers of the meeting and outcome forms, and the kinds each searches. */
const organizationPickers: Array<{ blockId: string; kinds: readonly OrganizationKind[] }> = [
  { blockId: meetingBlocks.organizationIds, kinds: organizationKinds },
  { blockId: meetingBlocks.districtId, kinds: ['school_district'] },
  { blockId: outcomeBlocks.employerId, kinds: ['employer'] },
];

/**
 * Sends the options of the meeting and outcome forms' pickers as the person types: up to 100
 * people or organizations of their partnership whose name contains the text, in name order.
 */
export function registerMeetingOptions(app: App, deps: SlackDependencies): void {
  app.options<'block_suggestion'>(
    { type: 'block_suggestion', block_id: peoplePickers },
    async ({ ack, body }) => {
      const suggestion = body as BlockSuggestion;
      const partnership = await resolvePartnershipForSlackTeam(
        deps.db,
        identityOfInteraction(suggestion),
      );
      const found = await searchPeople(deps.db, {
        partnershipId: partnership.id,
        text: suggestion.value,
        limit: blockKitLimits.optionsPerSelect,
      });
      const options = found.people.map((person) => {
        const organization = person.organizationName ? ` (${person.organizationName})` : '';

        return option(`${person.name}${truncate(organization, 40)}`, person.id);
      });

      await ack(groupOptions({ options, total: found.total }));
    },
  );

  for (const picker of organizationPickers) {
    app.options<'block_suggestion'>(
      { type: 'block_suggestion', block_id: picker.blockId },
      async ({ ack, body }) => {
        const suggestion = body as BlockSuggestion;
        const partnership = await resolvePartnershipForSlackTeam(
          deps.db,
          identityOfInteraction(suggestion),
        );
        const found = await searchOrganizationChoices(deps.db, {
          partnershipId: partnership.id,
          kinds: picker.kinds,
          text: suggestion.value,
          limit: blockKitLimits.optionsPerSelect,
        });
        const label =
          picker.kinds.length === 1
            ? (choice: { id: string; name: string }) => option(choice.name, choice.id)
            : organizationOption;

        await ack(groupOptions({ options: found.choices.map(label), total: found.total }));
      },
    );
  }
}

/** Sends the options as they are, or in one group labelled with the count when more matched. */
function groupOptions(found: Found) {
  if (found.total <= found.options.length) return { options: found.options };

  const label = `First ${found.options.length} of ${found.total}. Type more of the name.`;

  return { option_groups: [{ label: plainText(label), options: found.options }] };
}
