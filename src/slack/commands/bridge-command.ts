import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { listUpcomingEvents } from '../../domain/events.js';
import { listOpenOpportunities } from '../../domain/opportunities.js';
import { todayIn } from '../../domain/time.js';
import type { SlackIdentity } from '../actor.js';
import { resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { SLASH_COMMAND } from '../ids.js';
import { EVENTS_PER_MESSAGE, renderEventList } from '../messages/events.js';
import { renderHelp } from '../messages/help.js';
import { OPPORTUNITIES_PER_MESSAGE, renderOpportunityList } from '../messages/opportunities.js';
import { openEventModal, openOpportunityModal } from '../open-modals.js';
import { parseBridgeCommand } from './parse-command.js';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** Registers `/bridge` and its subcommands. */
export function registerBridgeCommand(app: App, deps: SlackDependencies): void {
  app.command(SLASH_COMMAND, async (args) => {
    await args.ack();

    await runBridgeCommand(deps, args);
  });
}

async function runBridgeCommand(deps: SlackDependencies, args: CommandArgs): Promise<void> {
  const { command, client, respond } = args;
  const identity: SlackIdentity = {
    teamId: command.team_id,
    teamName: command.team_domain,
    userId: command.user_id,
    userName: command.user_name,
  };
  const request = { triggerId: command.trigger_id, identity, channelId: command.channel_id };
  const parsed = parseBridgeCommand(command.text);

  // Forms open first, because their trigger id expires three seconds after the command.
  if (parsed.kind === 'opportunity_new') return openOpportunityModal(deps, client, request);
  if (parsed.kind === 'event_new') return openEventModal(deps, client, request);

  // Every other command links a new workspace and person too, so the first person is convener.
  const { partnership, person } = await resolveActor(deps, client, identity);

  switch (parsed.kind) {
    case 'help':
      await respond({ response_type: 'ephemeral', ...renderHelp() });
      return;
    case 'invalid':
      await respond({ response_type: 'ephemeral', ...renderHelp(parsed.problem) });
      return;
    case 'opportunities': {
      const opportunities = await listOpenOpportunities(deps.db, {
        partnershipId: partnership.id,
        type: parsed.type,
        today: todayIn(partnership.timeZone, deps.now()),
        limit: OPPORTUNITIES_PER_MESSAGE + 1,
      });

      await respond({
        response_type: 'ephemeral',
        ...renderOpportunityList({ opportunities, type: parsed.type }),
      });
      return;
    }
    case 'events': {
      const events = await listUpcomingEvents(deps.db, {
        partnershipId: partnership.id,
        personId: person.id,
        now: deps.now(),
        limit: EVENTS_PER_MESSAGE + 1,
      });

      await respond({
        response_type: 'ephemeral',
        ...renderEventList({ events, timeZone: partnership.timeZone }),
      });
      return;
    }
  }
}
