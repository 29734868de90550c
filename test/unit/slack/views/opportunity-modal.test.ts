import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { callbackIds, opportunityBlocks } from '../../../../src/slack/ids.js';
import { renderOpportunityModal } from '../../../../src/slack/views/opportunity-modal.js';

const metadata = { timeZone: 'America/Chicago', channelId: 'C0GENERAL' };

interface InputBlock {
  type: 'input';
  block_id: string;
  hint?: { text: string };
  element: { type: string; action_id: string; options?: unknown[]; max_length?: number };
}

function employers(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `employer-${index}`,
    name: `Employer ${String(index).padStart(3, '0')}`,
  }));
}

function renderModal(modal: Parameters<typeof renderOpportunityModal>[0]): ModalView {
  const view = renderOpportunityModal(modal);

  if (view.type !== 'modal') throw new Error(`expected a modal, got a ${view.type} view`);

  return view;
}

/** Collects the modal's input blocks by block id. */
function inputsOf(view: ModalView): Map<string, InputBlock> {
  const inputs = view.blocks.filter((block) => block.type === 'input') as unknown as InputBlock[];

  return new Map(inputs.map((block) => [block.block_id, block]));
}

describe('renderOpportunityModal', () => {
  describe('without employers', () => {
    const view = renderModal({ employers: [], employerTotal: 0, metadata });

    it('keeps the submit button', () => {
      expect(view.submit).toEqual({ type: 'plain_text', text: 'Save', emoji: true });
    });

    it('asks for a new employer instead of a list', () => {
      const blockIds = view.blocks.map((block) => block.block_id);
      const [first] = view.blocks;

      expect(blockIds).not.toContain('employerId');
      expect(first?.block_id).toBe('newEmployerName');
      expect(first).toMatchObject({ type: 'input', optional: false });
      expect(JSON.stringify(first)).toContain('no employers yet');
    });

    it('still has a cancel button', () => {
      expect(view.close).toEqual({ type: 'plain_text', text: 'Cancel', emoji: true });
    });
  });

  describe('with three employers', () => {
    const view = renderModal({ employers: employers(3), employerTotal: 3, metadata });
    const inputs = inputsOf(view);

    it('uses the opportunity callback id', () => {
      expect(view.callback_id).toBe(callbackIds.opportunityNew);
    });

    it('has a submit button', () => {
      expect(view.submit).toEqual({ type: 'plain_text', text: 'Save', emoji: true });
    });

    it('carries the metadata', () => {
      expect(JSON.parse(view.private_metadata ?? '')).toEqual(metadata);
    });

    it('offers every employer', () => {
      expect(inputs.get(opportunityBlocks.employerId)?.element.options).toEqual([
        { text: { type: 'plain_text', text: 'Employer 000', emoji: true }, value: 'employer-0' },
        { text: { type: 'plain_text', text: 'Employer 001', emoji: true }, value: 'employer-1' },
        { text: { type: 'plain_text', text: 'Employer 002', emoji: true }, value: 'employer-2' },
      ]);
    });

    it('gives the employer no hint', () => {
      expect(inputs.get(opportunityBlocks.employerId)?.hint).toBeUndefined();
    });

    it('uses only opportunity block ids', () => {
      const knownIds = Object.keys(opportunityBlocks);

      expect([...inputs.keys()].filter((blockId) => !knownIds.includes(blockId))).toEqual([]);
    });

    it('has an input for every field', () => {
      expect([...inputs.keys()].sort()).toEqual(Object.values(opportunityBlocks).sort());
    });

    it('uses the shared action id', () => {
      const actionIds = new Set([...inputs.values()].map((block) => block.element.action_id));

      expect(actionIds).toEqual(new Set(['value']));
    });

    it('limits the title to 150 characters', () => {
      expect(inputs.get(opportunityBlocks.title)?.element.max_length).toBe(150);
    });

    it('offers paid as a checkbox', () => {
      expect(inputs.get(opportunityBlocks.paid)?.element).toEqual({
        type: 'checkboxes',
        action_id: 'value',
        options: [
          { text: { type: 'plain_text', text: 'Students are paid', emoji: true }, value: 'paid' },
        ],
      });
    });
  });

  describe('with 150 employers', () => {
    const view = renderModal({ employers: employers(150), employerTotal: 150, metadata });
    const employerInput = inputsOf(view).get(opportunityBlocks.employerId);

    it('searches as the person types', () => {
      expect(employerInput?.element).toEqual({
        type: 'external_select',
        action_id: 'value',
        placeholder: { type: 'plain_text', text: 'Choose the employer', emoji: true },
        min_query_length: 0,
      });
    });

    it('names the total in a hint', () => {
      expect(employerInput?.hint?.text).toBe('Type part of the name to search all 150.');
    });
  });
});
