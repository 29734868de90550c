import type { App, BlockSuggestion } from '@slack/bolt';
import { searchOrganizationChoices } from '../../domain/directory-records/organization-choices.js';
import { accessActorOf } from '../../domain/directory-records/record-access.js';
import { resolvePartnershipForSlackTeam } from '../../domain/partnerships.js';
import { listProgramChoices, requestScope } from '../../domain/request-programs.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { donationBlocks, requestBlocks } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { plainText } from '../text.js';
import { option } from '../views/blocks.js';
import { programLabel } from '../views/request-modal.js';

/**
 * Sends the options of the program pickers as the person types: up to 100 programs whose
 * program or campus name contains the typed text. The request picker lists only the programs
 * the person may request for; the donation picker lists every program.
 */
export function registerRequestProgramOptions(app: App, deps: SlackDependencies): void {
  const pickers = [
    { blockId: requestBlocks.programId, scoped: true },
    { blockId: donationBlocks.programId, scoped: false },
  ];

  for (const picker of pickers) {
    app.options<'block_suggestion'>(
      { type: 'block_suggestion', block_id: picker.blockId },
      async ({ ack, body, client }) => {
        const suggestion = body as BlockSuggestion;
        const actor = await resolveActor(deps, client, identityOfInteraction(suggestion));
        const found = await listProgramChoices(deps.db, {
          partnershipId: actor.partnership.id,
          organizationId: picker.scoped ? requestScope(accessActorOf(actor.person)) : undefined,
          text: suggestion.value,
          limit: blockKitLimits.optionsPerSelect,
        });
        const options = found.choices.map((program) => option(programLabel(program), program.id));

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

/** Sends the options of the donation modal's employer picker when the partnership has over 100. */
export function registerDonationEmployerOptions(app: App, deps: SlackDependencies): void {
  app.options<'block_suggestion'>(
    { type: 'block_suggestion', block_id: donationBlocks.employerId },
    async ({ ack, body }) => {
      const suggestion = body as BlockSuggestion;
      const partnership = await resolvePartnershipForSlackTeam(
        deps.db,
        identityOfInteraction(suggestion),
      );
      const found = await searchOrganizationChoices(deps.db, {
        partnershipId: partnership.id,
        kinds: ['employer'],
        text: suggestion.value,
        limit: blockKitLimits.optionsPerSelect,
      });
      const options = found.choices.map((employer) => option(employer.name, employer.id));

      if (found.total <= options.length) {
        await ack({ options });
        return;
      }

      const label = `First ${options.length} of ${found.total}. Type more of the name.`;
      await ack({ option_groups: [{ label: plainText(label), options }] });
    },
  );
}
