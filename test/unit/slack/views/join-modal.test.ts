import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { Membership, RoleRequest } from '../../../../src/domain/roles.js';
import { callbackIds, joinBlocks } from '../../../../src/slack/ids.js';
import { blockKitLimits } from '../../../../src/slack/limits.js';
import { organizationOption } from '../../../../src/slack/views/blocks.js';
import { renderJoinModal } from '../../../../src/slack/views/join-modal.js';

const metadata = { timeZone: 'America/Chicago', channelId: 'C0GENERAL' };

interface Option {
  text: { text: string };
  value: string;
  description?: { text: string };
}

interface InputBlock {
  type: 'input';
  block_id: string;
  element: {
    type: string;
    action_id: string;
    min_query_length?: number;
    initial_option?: Option;
    options?: Option[];
  };
}

const mesquiteFlats = {
  id: '7d1c0c36-2a47-4a8e-9d0e-0b8d5f1b6a11',
  name: 'Mesquite Flats ISD',
  kind: 'school_district' as const,
};

function renderModal(membership: Membership): ModalView {
  const view = renderJoinModal({ membership, metadata });

  if (view.type !== 'modal') throw new Error(`expected a modal, got a ${view.type} view`);

  return view;
}

function inputOf(view: ModalView, blockId: string): InputBlock | undefined {
  return view.blocks.find(
    (block) => block.type === 'input' && block.block_id === blockId,
  ) as unknown as InputBlock | undefined;
}

function contextText(view: ModalView): string {
  return JSON.stringify(view.blocks.filter((block) => block.type === 'context'));
}

describe('renderJoinModal', () => {
  describe('for a newcomer', () => {
    const view = renderModal({ role: 'viewer', organization: null, pending: undefined });
    const organization = inputOf(view, joinBlocks.organizationId);
    const role = inputOf(view, joinBlocks.role);

    it('is the join form', () => {
      expect(view.callback_id).toBe(callbackIds.join);
      expect(view.submit?.text).toBe('Send');
      expect(Array.from(view.title.text).length).toBeLessThanOrEqual(blockKitLimits.viewTitle);
      expect(JSON.parse(view.private_metadata ?? '')).toEqual(metadata);
    });

    it('says the person has no organization yet', () => {
      expect(contextText(view)).toContain(
        'You are *viewer* and not linked to an organization yet.',
      );
    });

    it('searches organizations from the first keystroke', () => {
      expect(organization?.element.type).toBe('external_select');
      expect(organization?.element.action_id).toBe('value');
      expect(organization?.element.min_query_length).toBe(0);
      expect(organization?.element.initial_option).toBeUndefined();
    });

    it('offers every role but convener', () => {
      const labels = role?.element.options?.map((option) => option.text.text);
      const values = role?.element.options?.map((option) => option.value);

      expect(labels).toEqual([
        'Chamber staff',
        'School district staff',
        'Employer staff',
        'Educator',
        'Viewer',
      ]);
      expect(values).toEqual(['chamber', 'district', 'employer', 'educator', 'viewer']);
    });

    it('keeps role descriptions within the option limit', () => {
      for (const option of role?.element.options ?? []) {
        expect(option.description?.text.length).toBeGreaterThan(0);
        expect(option.description?.text.length).toBeLessThanOrEqual(blockKitLimits.optionText);
      }
    });
  });

  describe('for a linked educator', () => {
    const view = renderModal({ role: 'educator', organization: mesquiteFlats, pending: undefined });

    it('shows the current role and organization', () => {
      expect(contextText(view)).toContain(
        'You are *educator* at *Mesquite Flats ISD* (school district).',
      );
    });

    it('starts with the current organization chosen', () => {
      const initial = inputOf(view, joinBlocks.organizationId)?.element.initial_option;

      expect(initial?.text.text).toBe('Mesquite Flats ISD (school district)');
      expect(initial?.value).toBe(mesquiteFlats.id);
    });
  });

  it('mentions a pending request', () => {
    const pending = {
      requestedRole: 'employer',
      organization: { id: 'org-1', name: 'Coastline Welding & Fabrication', kind: 'employer' },
    } as RoleRequest;
    const view = renderModal({ role: 'viewer', organization: null, pending });

    expect(contextText(view)).toContain(
      'Your request to be *employer staff* at *Coastline Welding &amp; Fabrication* (employer) waits for a convener.',
    );
  });

  it('escapes organization names in mrkdwn', () => {
    const organization = { id: 'org-2', name: '<!channel> & Sons', kind: 'employer' as const };
    const view = renderModal({ role: 'employer', organization, pending: undefined });

    expect(contextText(view)).toContain('*&lt;!channel&gt; &amp; Sons* (employer)');
    expect(contextText(view)).not.toContain('<!channel>');
  });

  describe('for a convener', () => {
    const view = renderModal({
      role: 'convener',
      organization: mesquiteFlats,
      pending: undefined,
    });

    it('asks for the organization only', () => {
      expect(inputOf(view, joinBlocks.role)).toBeUndefined();
      expect(inputOf(view, joinBlocks.organizationId)).toBeDefined();
      expect(view.submit?.text).toBe('Save');
    });

    it('says the convener stays convener', () => {
      expect(contextText(view)).toContain('You are a convener and stay one.');
    });
  });
});

describe('organizationOption', () => {
  it('labels an organization with its kind', () => {
    expect(organizationOption(mesquiteFlats)).toEqual({
      text: { type: 'plain_text', text: 'Mesquite Flats ISD (school district)', emoji: true },
      value: mesquiteFlats.id,
    });
  });

  it('cuts a long name and keeps the kind', () => {
    const option = organizationOption({
      id: 'org-3',
      name: `Gulf Coast ${'Advanced '.repeat(12)}Manufacturing`,
      kind: 'community_organization',
    });
    const text = option.text.text;

    expect(Array.from(text)).toHaveLength(blockKitLimits.optionText);
    expect(text.endsWith('… (community organization)')).toBe(true);
  });
});
