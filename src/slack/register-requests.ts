import type { App } from '@slack/bolt';
import { registerDonationMoves } from './actions/donation-moves.js';
import { registerRequestOfferActions } from './actions/request-offers.js';
import { registerRequestListPages } from './actions/request-pages.js';
import type { SlackDependencies } from './dependencies.js';
import {
  registerDonationEmployerOptions,
  registerRequestProgramOptions,
} from './options/request-options.js';
import { registerDonationSubmission } from './submissions/donation-submission.js';
import { registerRequestSubmission } from './submissions/request-submission.js';

/** Registers the listeners of requests, offers, equipment donations and their lists. */
export function registerRequestListeners(app: App, deps: SlackDependencies): void {
  registerRequestSubmission(app, deps);
  registerDonationSubmission(app, deps);
  registerRequestOfferActions(app, deps);
  registerDonationMoves(app, deps);
  registerRequestListPages(app, deps);
  registerRequestProgramOptions(app, deps);
  registerDonationEmployerOptions(app, deps);
}
