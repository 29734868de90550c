import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import { createSlackApiStandIn } from '../../src/local/slack-api-stand-in.js';
import { createSlackSender } from '../../src/local/slack-sender.js';
import { createLocalWorkspaceRouter } from '../../src/local/workspace-router.js';
import { botToken } from './servers.js';

const signingSecret = 'fixture-signing-secret';

const option = (text: string, value: string) => ({
  text: { type: 'plain_text' as const, text },
  value,
});

const input = (blockId: string, label: string, element: Record<string, unknown>) => ({
  type: 'input',
  block_id: blockId,
  label: { type: 'plain_text', text: label },
  element: { action_id: 'value', ...element },
});

/** Returns a modal shaped like Bridge's opportunity form, small enough to read in a test. */
function opportunityModal(channelId: string) {
  const optionalInput = (blockId: string, label: string, element: Record<string, unknown>) => ({
    ...input(blockId, label, element),
    optional: true,
  });

  return {
    type: 'modal' as const,
    callback_id: 'opportunity_new',
    private_metadata: channelId,
    title: { type: 'plain_text' as const, text: 'New opportunity' },
    submit: { type: 'plain_text' as const, text: 'Post' },
    close: { type: 'plain_text' as const, text: 'Cancel' },
    blocks: [
      input('title', 'Title', { type: 'plain_text_input', max_length: 80 }),
      input('type', 'Type', {
        type: 'static_select',
        options: [option('Internship', 'internship'), option('Job shadow', 'job_shadow')],
      }),
      input('startsOn', 'Starts on', { type: 'datepicker' }),
      input('slots', 'Slots', { type: 'number_input', is_decimal_allowed: false, min_value: '1' }),
      optionalInput('description', 'Description', { type: 'plain_text_input', multiline: true }),
    ],
  } as never;
}

function rsvpBlocks(title: string, going: number) {
  return [
    {
      type: 'section',
      block_id: 'summary',
      text: { type: 'mrkdwn', text: `*${title}* · ${going} going` },
    },
    {
      type: 'actions',
      block_id: 'rsvp',
      elements: [
        {
          type: 'button',
          action_id: 'rsvp_going',
          style: 'primary',
          value: title,
          text: { type: 'plain_text', text: 'RSVP: Going' },
        },
      ],
    },
  ];
}

/** Returns a modal with one of each input element the page renders and a button that updates it. */
function kitchenSinkModal(extraBlocks: unknown[] = []) {
  return {
    type: 'modal' as const,
    callback_id: 'kitchen_sink',
    title: { type: 'plain_text' as const, text: 'Every input' },
    submit: { type: 'plain_text' as const, text: 'Submit' },
    blocks: [
      input('title', 'Title', {
        type: 'plain_text_input',
        placeholder: { type: 'plain_text', text: 'Short title' },
      }),
      input('employer', 'Employer', {
        type: 'external_select',
        action_id: 'employer_search',
        min_query_length: 2,
      }),
      {
        ...input('partners', 'Partners', {
          type: 'multi_external_select',
          action_id: 'employer_search',
          min_query_length: 0,
        }),
        optional: true,
      },
      input('meets', 'Meets at', { type: 'timepicker', initial_time: '09:30' }),
      input('hours', 'Hours', {
        type: 'number_input',
        is_decimal_allowed: true,
        initial_value: '1.5',
      }),
      input('where', 'Conversation', { type: 'conversations_select' }),
      input('channel', 'Channel', { type: 'channels_select', initial_channel: 'C0LOCALEVT' }),
      input('paid', 'Paid', {
        type: 'radio_buttons',
        options: [option('Yes', 'yes'), option('No', 'no')],
      }),
      input('offers', 'Offers', {
        type: 'checkboxes',
        options: [option('Tours', 'tours'), option('Mentors', 'mentors')],
      }),
      input('contact', 'Contact', { type: 'users_select' }),
      input('cluster', 'Career cluster', {
        type: 'static_select',
        option_groups: [
          {
            label: { type: 'plain_text', text: 'Industry' },
            options: [option('Manufacturing', 'mfg')],
          },
          {
            label: { type: 'plain_text', text: 'Services' },
            options: [option('Health Science', 'health')],
          },
        ],
        initial_option: option('Health Science', 'health'),
      }),
      {
        type: 'actions',
        block_id: 'tools',
        elements: [
          {
            type: 'button',
            action_id: 'add_note',
            text: { type: 'plain_text', text: 'Add a note' },
          },
        ],
      },
      ...extraBlocks,
    ],
  } as never;
}

/** A message with each display block, carrying hostile text that must render as text. */
const displayBlocks = [
  { type: 'header', text: { type: 'plain_text', text: 'Spring career fair <b>' } },
  {
    type: 'section',
    block_id: 'details',
    text: {
      type: 'mrkdwn',
      text: '*Where:* Del Mar College &lt;script&gt;window.hacked = 1&lt;/script&gt;',
    },
    fields: [
      { type: 'mrkdwn', text: '*Booths*\n24' },
      { type: 'plain_text', text: '<img src=x onerror="window.hacked = 2">' },
    ],
    accessory: {
      type: 'overflow',
      action_id: 'fair_menu',
      options: [option('Share', 'share'), option('Cancel event', 'cancel')],
    },
  },
  { type: 'divider' },
  {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: 'Posted by <@U0LOCAL05> in <#C0LOCALEVT>' }],
  },
  {
    type: 'actions',
    block_id: 'fair_actions',
    elements: [
      {
        type: 'button',
        action_id: 'fair_rsvp',
        style: 'primary',
        text: { type: 'plain_text', text: 'RSVP' },
      },
      {
        type: 'button',
        action_id: 'fair_decline',
        style: 'danger',
        text: { type: 'plain_text', text: 'Decline' },
      },
      {
        type: 'static_select',
        action_id: 'fair_shift',
        placeholder: { type: 'plain_text', text: 'Pick a shift' },
        options: [option('Morning', 'am')],
      },
      { type: 'datepicker', action_id: 'fair_date', initial_date: '2025-04-10' },
    ],
  },
  {
    type: 'rich_text',
    elements: [
      {
        type: 'rich_text_list',
        style: 'bullet',
        elements: [
          {
            type: 'rich_text_section',
            elements: [{ type: 'text', text: 'Bring résumés', style: { bold: true } }],
          },
          {
            type: 'rich_text_section',
            elements: [{ type: 'link', url: 'javascript:alert(1)', text: 'not a link' }],
          },
        ],
      },
    ],
  },
];

function registerListeners(app: App): void {
  app.command('/bridge', async ({ ack, command, client, respond }) => {
    if (command.text === 'new') {
      await ack();
      await client.views.open({
        trigger_id: command.trigger_id,
        view: opportunityModal(command.channel_id),
      });
      return;
    }

    if (command.text === 'kitchen') {
      await ack();
      await client.views.open({ trigger_id: command.trigger_id, view: kitchenSinkModal() });
      return;
    }

    if (command.text === 'blocks') {
      await ack();
      await client.chat.postMessage({
        channel: command.channel_id,
        text: 'Spring career fair',
        blocks: displayBlocks as never,
      });
      return;
    }

    if (command.text === 'ack') {
      await ack({ text: 'Acknowledged with text' });
      return;
    }

    await ack();
    await respond({ text: 'Try `/bridge new` to post an opportunity.' });
  });

  app.view('opportunity_new', async ({ ack, view, client }) => {
    const values = view.state.values;
    const title = values.title?.value?.value ?? '';

    if (title.length < 3) {
      await ack({ response_action: 'errors', errors: { title: 'Use at least 3 characters.' } });
      return;
    }

    await ack();
    const type = values.type?.value?.selected_option?.value;
    const starts = values.startsOn?.value?.selected_date;
    await client.chat.postMessage({
      channel: view.private_metadata,
      text: `${title} (${type}, starts ${starts})`,
      blocks: rsvpBlocks(title, 0),
    });
  });

  app.action('rsvp_going', async ({ ack, body, client, respond }) => {
    await ack();
    const message = 'message' in body ? body.message : undefined;
    const channel = 'channel' in body ? body.channel?.id : undefined;
    const title =
      'actions' in body && body.actions[0] && 'value' in body.actions[0]
        ? body.actions[0].value
        : '';

    if (message && channel) {
      await client.chat.update({
        channel,
        ts: message.ts,
        text: `${title}: 1 going`,
        blocks: rsvpBlocks(title ?? '', 1),
      });
    }

    await respond({ text: 'You are going.' });
  });

  app.options('employer_search', async ({ ack, payload }) => {
    const employers = [
      option('Gulf Coast Fabrication', 'org-1'),
      option('Coastal Health', 'org-2'),
    ];
    const query = payload.value.toLowerCase();
    await ack({
      options: employers.filter((employer) => employer.text.text.toLowerCase().includes(query)),
    });
  });

  app.action('add_note', async ({ ack, body, client }) => {
    await ack();
    const view = 'view' in body ? body.view : undefined;
    const note = { type: 'section', text: { type: 'mrkdwn', text: '_Note added_' } };

    if (view) {
      await client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: kitchenSinkModal([note]),
      });
    }
  });

  app.view('kitchen_sink', async ({ ack, view, body, client }) => {
    await ack();
    await client.chat.postMessage({
      channel: body.user.id,
      text: JSON.stringify(view.state.values),
    });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    await client.views.publish({
      user_id: event.user,
      view: {
        type: 'home',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `Welcome, <@${event.user}>` } }],
      },
    });
  });
}

/**
 * Starts a real Bolt app behind an ExpressReceiver with the local workspace mounted beside it,
 * as the Bridge server does without Slack credentials.
 */
export async function startLocalWorkspace() {
  const receiver = new ExpressReceiver({
    signingSecret,
    endpoints: '/slack/events',
    logLevel: LogLevel.ERROR,
  });
  const server = http.createServer(receiver.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const standIn = createSlackApiStandIn({ botToken });
  const sender = createSlackSender({
    eventsUrl: `${origin}/slack/events`,
    signingSecret,
    responseUrlBase: `${origin}/local/slack/respond`,
  });
  receiver.app.use('/local/slack/api', standIn.router);
  receiver.app.use('/', createLocalWorkspaceRouter({ store: standIn.store, sender }));
  const app = new App({
    token: botToken,
    receiver,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: `${origin}/local/slack/api/` },
  });
  registerListeners(app);

  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });

  return { origin, store: standIn.store, sender, close };
}
