import type { HomeView, KnownBlock } from '@slack/types';
import type { EventSummary } from '../../domain/events.js';
import { rsvpStatusLabels } from '../../domain/labels.js';
import type { OpportunitySummary } from '../../domain/opportunities.js';
import type { RoleRequest } from '../../domain/roles.js';
import { actionIds } from '../ids.js';
import { describeCounts, renderEventSections, renderRsvpButtons } from '../messages/events.js';
import { renderOpportunityBlocks } from '../messages/opportunities.js';
import { renderHomeRoleRequests } from '../messages/role-requests.js';
import { escapeMrkdwn, mrkdwn, plainText } from '../text.js';
import type { HomeActionItems } from './home-action-items.js';
import { appendHomeActionItems } from './home-action-items.js';
import type { HomePlanTasks } from './home-plan-tasks.js';
import { appendHomePlanTasks } from './home-plan-tasks.js';

/**
 * Events and opportunities on the Home tab. At up to five blocks an event and three an
 * opportunity, the tab takes at most 78 of the 100 blocks a view allows, and a convener's
 * pending role requests (renderHomeRoleRequests) add at most 13 more.
 */
export const HOME_EVENTS = 8;
export const HOME_OPPORTUNITIES = 10;

export interface HomeContent {
  displayName: string;
  partnershipName: string;
  timeZone: string;
  events: EventSummary[];
  opportunities: OpportunitySummary[];
  /** Role requests waiting for a decision, shown to conveners only. */
  roleRequests?: { requests: RoleRequest[]; total: number };
  /** The person's open plan tasks, listed last with the blocks the tab has left. */
  planTasks?: HomePlanTasks;
  /** The person's open action items from meetings, listed with the blocks the tab has left. */
  actionItems?: HomeActionItems;
}

/** Renders the App Home tab: the person's upcoming events and RSVPs, then open opportunities. */
export function renderHome(home: HomeContent): HomeView {
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText('Bridge') },
    {
      type: 'section',
      text: mrkdwn(
        `Welcome, ${escapeMrkdwn(home.displayName)}. This is *${escapeMrkdwn(home.partnershipName)}* on Bridge.`,
      ),
    },
    {
      type: 'actions',
      block_id: 'home_actions',
      elements: [
        {
          type: 'button',
          action_id: actionIds.homeNewOpportunity,
          text: plainText('New opportunity'),
          style: 'primary',
        },
        { type: 'button', action_id: actionIds.homeNewEvent, text: plainText('New event') },
      ],
    },
    ...renderRoleRequestSection(home),
    { type: 'divider' },
    ...renderHomeEvents(home),
    { type: 'divider' },
    ...renderHomeOpportunities(home.opportunities),
  ];

  const withActionItems = appendHomeActionItems(blocks, home.actionItems);

  return { type: 'home', blocks: appendHomePlanTasks(withActionItems, home.planTasks) };
}

function renderRoleRequestSection(home: HomeContent): KnownBlock[] {
  const blocks = home.roleRequests ? renderHomeRoleRequests(home.roleRequests) : [];

  return blocks.length > 0 ? [{ type: 'divider' }, ...blocks] : [];
}

function renderHomeEvents(home: HomeContent): KnownBlock[] {
  const blocks: KnownBlock[] = [{ type: 'header', text: plainText('Your upcoming events') }];

  if (home.events.length === 0) {
    blocks.push({
      type: 'section',
      text: mrkdwn(
        'No upcoming events yet. When someone creates one with `/bridge event new`, it shows here with buttons to RSVP.',
      ),
    });
    return blocks;
  }

  for (const event of home.events.slice(0, HOME_EVENTS)) {
    const mine = event.myRsvp
      ? `Your RSVP: *${rsvpStatusLabels[event.myRsvp]}*`
      : 'You have not answered yet';

    blocks.push(
      ...renderEventSections(event, home.timeZone),
      { type: 'context', elements: [mrkdwn(`${describeCounts(event)} · ${mine}`)] },
      renderRsvpButtons(event),
      { type: 'divider' },
    );
  }

  if (home.events.length > HOME_EVENTS) {
    blocks.push({
      type: 'context',
      elements: [
        mrkdwn(`Showing the next ${HOME_EVENTS} events. Type \`/bridge events\` for the rest.`),
      ],
    });
  }

  return blocks;
}

function renderHomeOpportunities(opportunities: OpportunitySummary[]): KnownBlock[] {
  const blocks: KnownBlock[] = [{ type: 'header', text: plainText('Open opportunities') }];

  if (opportunities.length === 0) {
    blocks.push({
      type: 'section',
      text: mrkdwn(
        'No open opportunities yet. Employers and staff can register one with *New opportunity* above.',
      ),
    });
    return blocks;
  }

  for (const opportunity of opportunities.slice(0, HOME_OPPORTUNITIES)) {
    blocks.push(...renderOpportunityBlocks(opportunity));
  }

  if (opportunities.length > HOME_OPPORTUNITIES) {
    blocks.push({
      type: 'context',
      elements: [
        mrkdwn(
          `Showing the ${HOME_OPPORTUNITIES} newest. Type \`/bridge opportunities\` for more.`,
        ),
      ],
    });
  }

  return blocks;
}
