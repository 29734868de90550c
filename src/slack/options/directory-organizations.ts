import type { App, BlockSuggestion } from '@slack/bolt';
import type { PlainTextOption } from '@slack/types';
import type { OrganizationKind } from '../../db/schema/index.js';
import { organizationKinds } from '../../db/schema/index.js';
import type { OrganizationChoice } from '../../domain/directory-records/organization-choices.js';
import { searchOrganizationChoices } from '../../domain/directory-records/organization-choices.js';
import { resolvePartnershipForSlackTeam } from '../../domain/partnerships.js';
import { identityOfInteraction } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { contactBlocks, needBlocks, opportunityBlocks, programBlocks } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { plainText } from '../text.js';
import { option, organizationOption } from '../views/blocks.js';

/** The organizations each picker searches, and how it labels them. */
const pickers: Array<{
  blockId: string;
  kinds: readonly OrganizationKind[];
  label: (organization: OrganizationChoice) => PlainTextOption;
}> = [
  {
    blockId: contactBlocks.organizationId,
    kinds: organizationKinds,
    label: organizationOption,
  },
  { blockId: programBlocks.campusId, kinds: ['campus'], label: byName },
  { blockId: needBlocks.employerId, kinds: ['employer'], label: byName },
  { blockId: opportunityBlocks.employerId, kinds: ['employer'], label: byName },
];

function byName(organization: OrganizationChoice): PlainTextOption {
  return option(organization.name, organization.id);
}

/**
 * Sends the options of the forms' organization pickers as the person types: up to
 * 100 organizations of their partnership whose name contains the typed text, in name order.
 * When more match, the options come as one group whose label gives how many matched.
 */
export function registerDirectoryOrganizationOptions(app: App, deps: SlackDependencies): void {
  for (const picker of pickers) {
    app.options<'block_suggestion'>(
      { type: 'block_suggestion', block_id: picker.blockId },
      async ({ ack, body }) => {
        const suggestion = body as BlockSuggestion;
        const identity = identityOfInteraction(suggestion);
        const partnership = await resolvePartnershipForSlackTeam(deps.db, identity);
        const found = await searchOrganizationChoices(deps.db, {
          partnershipId: partnership.id,
          kinds: picker.kinds,
          text: suggestion.value,
          limit: blockKitLimits.optionsPerSelect,
        });
        const options = found.choices.map(picker.label);

        if (found.total <= options.length) {
          await ack({ options });
          return;
        }

        const label = `First ${options.length} of ${found.total}. Type more of the name.`;
        await ack({ option_groups: [{ label: plainText(label), options }] });
      },
    );
  }
}
