import { findUser } from '../workspace.js';
import type { WebApiMethod } from './method-context.js';
import { paginate } from './pagination.js';
import { stringArgument } from './request-arguments.js';
import { toSlackBotUser, toSlackUser } from './slack-objects.js';
import { WebApiError } from './web-api-error.js';

const authTest: WebApiMethod = ({ workspace }) => ({
  url: `https://${workspace.team.domain}.slack.com/`,
  team: workspace.team.name,
  user: workspace.bot.name,
  team_id: workspace.team.id,
  user_id: workspace.bot.userId,
  bot_id: workspace.bot.botId,
  is_enterprise_install: false,
});

const usersInfo: WebApiMethod = ({ args, workspace }) => {
  const userId = stringArgument(args, 'user') ?? '';
  const now = new Date();

  if (userId === workspace.bot.userId) {
    return { user: toSlackBotUser(workspace, now) };
  }

  const user = findUser(workspace, userId);

  if (user === undefined) {
    throw new WebApiError('user_not_found');
  }

  return { user: toSlackUser(workspace, user, now) };
};

const usersList: WebApiMethod = ({ args, workspace }) => {
  const now = new Date();
  const members = [
    ...workspace.users.map((user) => toSlackUser(workspace, user, now)),
    toSlackBotUser(workspace, now),
  ];
  const { page, response_metadata } = paginate(members, args, 200);

  return { members: page, cache_ts: Math.floor(now.getTime() / 1000), response_metadata };
};

const teamInfo: WebApiMethod = ({ workspace }) => ({
  team: {
    id: workspace.team.id,
    name: workspace.team.name,
    domain: workspace.team.domain,
    email_domain: '',
    url: `https://${workspace.team.domain}.slack.com/`,
    icon: { image_default: true },
  },
});

export const directoryMethods: Record<string, WebApiMethod> = {
  'auth.test': authTest,
  'users.info': usersInfo,
  'users.list': usersList,
  'team.info': teamInfo,
};
