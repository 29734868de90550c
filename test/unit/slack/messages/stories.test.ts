import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../src/domain/stories.js';
import {
  renderAuthorDecision,
  renderDecidedStory,
  renderStoryForApproval,
} from '../../../../src/slack/messages/stories.js';

const story: Story = {
  id: '00000000-0000-4000-8000-000000000001',
  partnershipId: '00000000-0000-4000-8000-000000000002',
  title: 'Interns <hired>',
  story: 'Three seniors were hired.',
  status: 'pending',
  organizations: [{ id: 'o1', name: 'Coastline Welding & Fabrication' }],
  programs: [{ id: 'p1', name: 'Welding Technology' }],
  submittedBy: { id: 's1', name: 'Priya Nair', slackUserId: 'U1' },
  decidedBy: null,
  decidedAt: null,
  createdAt: new Date('2027-01-11T15:00:00Z'),
};

describe('story messages', () => {
  it('asks for a decision with Approve and Reject', () => {
    const text = JSON.stringify(renderStoryForApproval(story).blocks);

    expect(text).toContain('story_approve');
    expect(text).toContain('story_reject');
    expect(text).toContain('Interns &lt;hired&gt;');
    expect(text).toContain('Coastline Welding &amp; Fabrication');
  });

  it('shows the decision without buttons', () => {
    const decided: Story = {
      ...story,
      status: 'approved',
      decidedBy: { id: 'c1', name: 'Dana Reyes' },
      decidedAt: new Date('2027-01-12T16:30:00Z'),
    };
    const message = renderDecidedStory(decided, 'America/Chicago');

    expect(message.text).toContain('Approved by Dana Reyes on Jan 12, 2027 at 10:30 AM CST.');
    expect(JSON.stringify(message.blocks)).not.toContain('story_approve');
  });

  it('tells the author about a rejection and what to do', () => {
    const rejected: Story = {
      ...story,
      status: 'rejected',
      decidedBy: { id: 'c1', name: 'Dana Reyes' },
    };

    expect(renderAuthorDecision(rejected).text).toContain('was not approved by Dana Reyes');
    expect(renderAuthorDecision(rejected).text).toContain('`/bridge story new`');
  });
});
