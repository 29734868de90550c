import type { KnownBlock } from '@slack/types';
import { DateTime } from 'luxon';
import type { Story } from '../../domain/stories.js';
import { actionIds } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/** Characters of a title, and of a list of names, shown in a message. */
const TITLE_MAX = 150;
const NAMES_MAX = 1000;

/** Block id of the Approve and Reject buttons of one story. */
export function storyBlockId(storyId: string): string {
  return `story_${storyId}`;
}

function title(story: Story): string {
  return `*${escapeMrkdwnWithin(story.title, TITLE_MAX)}*`;
}

function formatTime(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat("LLL d, yyyy 'at' h:mm a ZZZZ");
}

/** Renders the story's title and text, then who submitted it and what it is about. */
function renderStoryBlocks(story: Story): KnownBlock[] {
  const names = (list: Array<{ name: string }>) =>
    escapeMrkdwnWithin(list.map((entry) => entry.name).join(', '), NAMES_MAX);
  const details = [
    story.submittedBy
      ? `Submitted by ${escapeMrkdwnWithin(story.submittedBy.name, 200)}`
      : undefined,
    story.organizations.length > 0 ? `Organizations: ${names(story.organizations)}` : undefined,
    story.programs.length > 0 ? `Programs: ${names(story.programs)}` : undefined,
  ].filter((detail): detail is string => detail !== undefined);
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(title(story)) },
    {
      type: 'section',
      text: mrkdwn(escapeMrkdwnWithin(story.story, blockKitLimits.sectionText)),
    },
  ];

  if (details.length > 0) blocks.push({ type: 'context', elements: [mrkdwn(details.join('\n'))] });

  return blocks;
}

/** Renders the direct message with which a convener approves or rejects a new story. */
export function renderStoryForApproval(story: Story): SlackMessage {
  return {
    text: `New success story for approval: ${story.title}`,
    blocks: [
      { type: 'header', text: plainText('Success story for approval') },
      ...renderStoryBlocks(story),
      {
        type: 'actions',
        block_id: storyBlockId(story.id),
        elements: [
          {
            type: 'button',
            action_id: actionIds.storyApprove,
            text: plainText('Approve'),
            style: 'primary',
            value: story.id,
          },
          {
            type: 'button',
            action_id: actionIds.storyReject,
            text: plainText('Reject'),
            style: 'danger',
            value: story.id,
          },
        ],
      },
    ],
  };
}

/** Describes who decided a story and when, such as "Approved by Dana Reyes on …". */
export function describeStoryDecision(story: Story, timeZone: string): string {
  const verb = story.status === 'approved' ? 'Approved' : 'Rejected';
  const by = story.decidedBy ? ` by ${escapeMrkdwnWithin(story.decidedBy.name, 200)}` : '';
  const when = story.decidedAt ? ` on ${formatTime(story.decidedAt, timeZone)}` : '';

  return `${verb}${by}${when}.`;
}

/** Renders the approval message once decided: the story and the decision, without buttons. */
export function renderDecidedStory(story: Story, timeZone: string): SlackMessage {
  const decision = describeStoryDecision(story, timeZone);
  const emoji = story.status === 'approved' ? ':white_check_mark:' : ':x:';

  return {
    text: `Success story ${story.title}: ${decision}`,
    blocks: [
      ...renderStoryBlocks(story),
      { type: 'section', text: mrkdwn(`${emoji} ${decision}`) },
    ],
  };
}

/** Tells a convener who clicked late that the story was decided already. */
export function renderStoryAlreadyDecided(story: Story, timeZone: string): SlackMessage {
  const text = `${title(story)} was decided already. ${describeStoryDecision(story, timeZone)} Nothing changed.`;

  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

/** Tells the author how their story was decided. */
export function renderAuthorDecision(story: Story): SlackMessage {
  const by = story.decidedBy ? escapeMrkdwnWithin(story.decidedBy.name, 200) : 'a convener';
  const text =
    story.status === 'approved'
      ? `Your success story ${title(story)} was approved by ${by}. It will appear in the partnership's digests.`
      : `Your success story ${title(story)} was not approved by ${by}. Ask them what to change, then submit it again with \`/bridge story new\`.`;

  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

/** Confirms a submission to its author. */
export function renderStorySubmitted(story: Story, convenersNotified: number): SlackMessage {
  const nextStep =
    convenersNotified > 0
      ? 'It now waits for a convener, who was sent it for approval.'
      : 'It waits for a convener, but none could be reached in Slack; ask one to look for it.';
  const text = `Thanks. Your success story ${title(story)} was saved. ${nextStep} You will hear when it is decided.`;

  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
