import type { App } from '@slack/bolt';
import { resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { publishHome } from '../home.js';

/** Publishes the Home tab each time a person opens it. */
export function registerAppHomeOpened(app: App, deps: SlackDependencies): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;

    const actor = await resolveActor(deps, client, { teamId: body.team_id, userId: event.user });
    await publishHome(deps, client, actor);
  });
}
