import type { App, BlockSuggestion } from '@slack/bolt';
import type { PlainTextOption } from '@slack/types';
import type { Database } from '../../db/client.js';
import type { NamedChoice } from '../../domain/choice-search.js';
import { searchPeople, searchPrograms } from '../../domain/choice-search.js';
import { searchOrganizations } from '../../domain/organization-search.js';
import { resolvePartnershipForSlackTeam } from '../../domain/partnerships.js';
import { identityOfInteraction } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { committeeSeatBlocks, planTaskBlocks, storyBlocks } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { plainText } from '../text.js';
import { organizationOption } from '../views/blocks.js';

interface Query {
  partnershipId: string;
  text: string;
  limit: number;
}

type Search = (
  db: Database,
  query: Query,
) => Promise<{ options: PlainTextOption[]; total: number }>;

const searchPeopleOptions: Search = async (db, query) => {
  const found = await searchPeople(db, query);

  return { options: found.choices.map(withDetail), total: found.total };
};

const searchProgramOptions: Search = async (db, query) => {
  const found = await searchPrograms(db, query);

  return { options: found.choices.map(withDetail), total: found.total };
};

const searchOrganizationOptions: Search = async (db, query) => {
  const found = await searchOrganizations(db, query);

  return { options: found.organizations.map(organizationOption), total: found.total };
};

/** The pickers of the committee, plan task and story forms, by the block id Slack sends. */
const pickers: Array<{ blockId: string; search: Search }> = [
  { blockId: committeeSeatBlocks.personId, search: searchPeopleOptions },
  { blockId: planTaskBlocks.ownerPersonId, search: searchPeopleOptions },
  { blockId: storyBlocks.organizationIds, search: searchOrganizationOptions },
  { blockId: storyBlocks.programIds, search: searchProgramOptions },
];

/** Labels a choice "Name (detail)", cutting the name so that the detail shows. */
function withDetail(choice: NamedChoice): PlainTextOption {
  const detail = choice.detail ? ` (${truncate(choice.detail, 35)})` : '';
  const name = truncate(choice.name, blockKitLimits.optionText - detail.length);

  return { text: plainText(`${name}${detail}`), value: choice.id };
}

/**
 * Sends the options of the people, organization and program pickers as the person types: up to
 * 100 matches from their partnership. When more match, the options come as one group whose label
 * shows how many matched.
 */
export function registerCoordinationPickerOptions(app: App, deps: SlackDependencies): void {
  for (const picker of pickers) {
    app.options<'block_suggestion'>(
      { type: 'block_suggestion', block_id: picker.blockId },
      async ({ ack, body }) => {
        const suggestion = body as BlockSuggestion;
        const partnership = await resolvePartnershipForSlackTeam(
          deps.db,
          identityOfInteraction(suggestion),
        );
        const { options, total } = await picker.search(deps.db, {
          partnershipId: partnership.id,
          text: suggestion.value,
          limit: blockKitLimits.optionsPerSelect,
        });

        if (total <= options.length) {
          await ack({ options });
          return;
        }

        const label = `First ${options.length} of ${total}. Type more of the name.`;
        await ack({ option_groups: [{ label: plainText(label), options }] });
      },
    );
  }
}
