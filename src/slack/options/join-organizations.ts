import type { App, BlockSuggestion } from '@slack/bolt';
import { searchOrganizations } from '../../domain/organization-search.js';
import { resolvePartnershipForSlackTeam } from '../../domain/partnerships.js';
import { identityOfInteraction } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { joinBlocks } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { plainText } from '../text.js';
import { organizationOption } from '../views/blocks.js';

/**
 * Returns the join form's organization options as the person types: up to 100 organizations of
 * their partnership whose name contains the typed text. When more match, the options come as one
 * group whose label says how many matched, so the cut is visible.
 */
export function registerJoinOrganizationOptions(app: App, deps: SlackDependencies): void {
  app.options<'block_suggestion'>(
    { type: 'block_suggestion', block_id: joinBlocks.organizationId },
    async ({ ack, body }) => {
      const suggestion = body as BlockSuggestion;
      const identity = identityOfInteraction(suggestion);
      const partnership = await resolvePartnershipForSlackTeam(deps.db, identity);
      const limit = blockKitLimits.optionsPerSelect;
      const found = await searchOrganizations(deps.db, {
        partnershipId: partnership.id,
        text: suggestion.value,
        limit,
      });
      const options = found.organizations.map(organizationOption);

      if (found.total <= options.length) {
        await ack({ options });
        return;
      }

      const label = `First ${options.length} of ${found.total}. Type more of the name.`;
      await ack({ option_groups: [{ label: plainText(label), options }] });
    },
  );
}
