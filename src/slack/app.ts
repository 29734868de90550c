import type { Receiver } from '@slack/bolt';
import { App, LogLevel } from '@slack/bolt';
import type { Config } from '../config.js';
import { registerCommitteeActions } from './actions/committee.js';
import { registerDirectoryAddButtons } from './actions/directory-add.js';
import { registerDirectoryCardButtons } from './actions/directory-card.js';
import { registerDirectoryEditAction } from './actions/directory-edit.js';
import { registerEventToolButtons } from './actions/event-tools.js';
import { registerFindPage } from './actions/find-page.js';
import { registerGapRequest } from './actions/gap-request.js';
import { registerHomeButtons } from './actions/home-buttons.js';
import { registerInsightsPages } from './actions/insights-pages.js';
import { registerListPages } from './actions/list-pages.js';
import { registerOutreachButtons } from './actions/outreach-buttons.js';
import { registerOutreachPage } from './actions/outreach-page.js';
import { registerPlanTaskActions } from './actions/plan-tasks.js';
import { registerReminderPreferenceActions } from './actions/reminder-preferences.js';
import { registerRoleDecision } from './actions/role-decision.js';
import { registerRsvpActions } from './actions/rsvp.js';
import { registerStoryDecision } from './actions/story-decision.js';
import { boltLogger } from './bolt-logger.js';
import { registerBridgeCommand } from './commands/bridge-command.js';
import type { SlackDependencies } from './dependencies.js';
import { registerDigestListeners } from './digest/register-digest.js';
import { registerErrorHandler } from './error-handler.js';
import { registerAppHomeOpened } from './events/app-home-opened.js';
import { registerMeetings } from './meetings/register-meetings.js';
import { registerCoordinationPickerOptions } from './options/coordination-pickers.js';
import { registerDirectoryOrganizationOptions } from './options/directory-organizations.js';
import { registerEventOptions } from './options/event-options.js';
import { registerJoinOrganizationOptions } from './options/join-organizations.js';
import { registerRequestListeners } from './register-requests.js';
import { registerCommitteeSeatSubmission } from './submissions/committee-seat-submission.js';
import { registerDirectorySubmissions } from './submissions/directory-submission.js';
import { registerEventSubmission } from './submissions/event-submission.js';
import { registerEventToolSubmissions } from './submissions/event-tool-submissions.js';
import { registerJoinSubmission } from './submissions/join-submission.js';
import { registerOpportunitySubmission } from './submissions/opportunity-submission.js';
import { registerOutreachSubmissions } from './submissions/outreach-submissions.js';
import { registerPlanTaskSubmission } from './submissions/plan-task-submission.js';
import { registerStorySubmission } from './submissions/story-submission.js';

/** Builds the Bolt app with every Bridge listener on the given receiver. */
export function createSlackApp(options: {
  config: Config['slack'];
  receiver: Receiver;
  deps: SlackDependencies;
}): App {
  const { config, receiver, deps } = options;
  const app = new App({
    token: config.botToken,
    receiver,
    logger: boltLogger(deps.logger.child({ component: 'bolt' })),
    logLevel: LogLevel.INFO,
    // The caller runs app.init() once the Web API (or its local stand-in) is reachable. It calls
    // auth.test once and caches the bot's ids, so no request waits on Slack before its ack.
    deferInitialization: true,
    extendedErrorHandler: true,
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      // A reply that arrives half an hour late is worse than none, so calls give up after about
      // ten seconds instead of the client's default of ten retries in thirty minutes.
      retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 },
    },
  });

  registerBridgeCommand(app, deps);
  registerOpportunitySubmission(app, deps);
  registerEventSubmission(app, deps);
  registerRsvpActions(app, deps);
  registerEventToolButtons(app, deps);
  registerEventToolSubmissions(app, deps);
  registerEventOptions(app, deps);
  registerHomeButtons(app, deps);
  registerListPages(app, deps);
  registerOutreachPage(app, deps);
  registerOutreachButtons(app, deps);
  registerOutreachSubmissions(app, deps);
  registerFindPage(app, deps);
  registerDirectoryCardButtons(app, deps);
  registerDirectoryAddButtons(app, deps);
  registerDirectoryEditAction(app, deps);
  registerDirectorySubmissions(app, deps);
  registerDirectoryOrganizationOptions(app, deps);
  registerAppHomeOpened(app, deps);
  registerJoinSubmission(app, deps);
  registerJoinOrganizationOptions(app, deps);
  registerRoleDecision(app, deps);
  registerRequestListeners(app, deps);
  registerInsightsPages(app, deps);
  registerGapRequest(app, deps);
  registerCommitteeActions(app, deps);
  registerCommitteeSeatSubmission(app, deps);
  registerPlanTaskActions(app, deps);
  registerPlanTaskSubmission(app, deps);
  registerStorySubmission(app, deps);
  registerStoryDecision(app, deps);
  registerCoordinationPickerOptions(app, deps);
  registerMeetings(app, deps);
  registerDigestListeners(app, deps);
  registerReminderPreferenceActions(app, deps);

  registerErrorHandler(app, deps.logger.child({ component: 'slack' }));

  return app;
}
