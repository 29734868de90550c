import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies.js';
import { registerActionItemDone } from './action-item-done.js';
import { registerMeetingActions } from './meeting-actions.js';
import { registerMeetingOptions } from './meeting-options.js';
import { registerMeetingSubmission } from './meeting-submission.js';
import { registerOutcomeShortcut } from './outcome-shortcut.js';
import { registerOutcomeSubmission } from './outcome-submission.js';

/** Registers every meeting listener: forms, responses, outcomes, action items and pickers. */
export function registerMeetings(app: App, deps: SlackDependencies): void {
  registerMeetingSubmission(app, deps);
  registerOutcomeSubmission(app, deps);
  registerMeetingActions(app, deps);
  registerActionItemDone(app, deps);
  registerMeetingOptions(app, deps);
  registerOutcomeShortcut(app, deps);
}
