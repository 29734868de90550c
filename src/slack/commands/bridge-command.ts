import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackIdentity } from '../actor.js';
import { resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import {
  openDigestSettingsModal,
  runDigestPreview,
  runDigestSwitch,
} from '../digest/digest-command.js';
import { SLASH_COMMAND } from '../ids.js';
import { eventListMessage, opportunityListMessage, staleContactsMessage } from '../list-replies.js';
import { meetingListMessage } from '../meetings/meeting-list-reply.js';
import { openMeetingModal, openOutcomeModal } from '../meetings/open-meeting-modals.js';
import { renderHelp } from '../messages/help.js';
import { openDirectoryModal } from '../open-directory-modal.js';
import { openCheckInByTitle } from '../open-event-tools.js';
import { openJoinModal } from '../open-join-modal.js';
import { openEventModal, openOpportunityModal } from '../open-modals.js';
import { openOutreachModal } from '../open-outreach-modal.js';
import { openDonationModal, openRequestModal } from '../open-request-modals.js';
import { openStoryModal } from '../open-story-modal.js';
import { outreachPipelineMessage } from '../outreach-replies.js';
import { runCardCommand } from './card-command.js';
import type { CommandContext } from './command-context.js';
import { runCommitteeCommand } from './committee-command.js';
import { runFindCommand } from './find-command.js';
import { runDemandCommand, runGapsCommand } from './gaps-command.js';
import { runImpactCommand } from './impact-command.js';
import { parseBridgeCommand } from './parse-command.js';
import { runPlanCommand } from './plan-command.js';
import { runProximityCommand } from './proximity-command.js';
import { runRemindersCommand } from './reminders-command.js';
import { runRequestListCommand } from './request-command.js';
import { runSettingsCommand } from './settings-command.js';

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
  if (parsed.kind === 'checkin') {
    return openCheckInByTitle(deps, client, { ...request, title: parsed.title });
  }
  if (parsed.kind === 'join') return openJoinModal(deps, client, request);
  if (parsed.kind === 'meeting_new') return openMeetingModal(deps, client, request);
  if (parsed.kind === 'meeting_log') return openOutcomeModal(deps, client, request);
  if (parsed.kind === 'capacity') {
    return openOutreachModal(deps, client, request, 'capacity', {
      employerName: parsed.employerName,
    });
  }
  if (parsed.kind === 'story_new') return openStoryModal(deps, client, request);
  if (parsed.kind === 'digest_settings') return openDigestSettingsModal(deps, client, request);
  if (parsed.kind === 'request_new') return openRequestModal(deps, client, request);
  if (parsed.kind === 'donation_new') return openDonationModal(deps, client, request);
  if (parsed.kind === 'directory_add') {
    return openDirectoryModal(deps, client, request, { record: parsed.record });
  }

  // Every other command links a new workspace and person too, so the first person is convener.
  const actor = await resolveActor(deps, client, identity);
  const context: CommandContext = { actor, client, respond, channelId: command.channel_id };

  switch (parsed.kind) {
    case 'help':
      await respond({ response_type: 'ephemeral', ...renderHelp() });
      return;
    case 'invalid':
      await respond({ response_type: 'ephemeral', ...renderHelp(parsed.problem) });
      return;
    case 'opportunities':
      await respond({
        response_type: 'ephemeral',
        ...(await opportunityListMessage(deps, actor, { offset: 0, type: parsed.type })),
      });
      return;
    case 'events':
      await respond({
        response_type: 'ephemeral',
        ...(await eventListMessage(deps, actor, 0)),
      });
      return;
    case 'find':
      await runFindCommand(deps, context, parsed.query);
      return;
    case 'gaps':
      await runGapsCommand(deps, context, parsed.districtName);
      return;
    case 'demand':
      await runDemandCommand(deps, context, parsed.careerCluster);
      return;
    case 'card':
      await runCardCommand(deps, context, parsed.card, parsed.name);
      return;
    case 'nearby':
    case 'share':
      await runProximityCommand(deps, context, parsed);
      return;
    case 'settings':
    case 'settings_stale_after':
      await runSettingsCommand(deps, context, parsed.kind === 'settings' ? undefined : parsed.days);
      return;
    case 'meetings':
      await respond({
        response_type: 'ephemeral',
        ...(await meetingListMessage(deps, actor, 0)),
      });
      return;
    case 'committee':
      await runCommitteeCommand(deps, context);
      return;
    case 'plan':
      await runPlanCommand(deps, context, parsed.phase);
      return;
    case 'outreach':
      await respond({
        response_type: 'ephemeral',
        ...(await outreachPipelineMessage(deps, actor, { offset: 0, mine: parsed.mine })),
      });
      return;
    case 'requests':
    case 'donations':
    case 'pilots':
      await runRequestListCommand(deps, context, parsed.kind);
      return;
    case 'reminders':
      await runRemindersCommand(deps, context);
      return;
    case 'digest_preview':
      await runDigestPreview(deps, context);
      return;
    case 'digest_on':
    case 'digest_off':
      await runDigestSwitch(deps, context, parsed.kind === 'digest_off');
      return;
    case 'impact':
      await runImpactCommand(deps, context, parsed.period);
      return;
    case 'stale_contacts':
      await respond({
        response_type: 'ephemeral',
        ...(await staleContactsMessage(deps, actor, 0)),
      });
      return;
  }
}
