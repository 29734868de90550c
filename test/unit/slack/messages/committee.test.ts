import { describe, expect, it } from 'vitest';
import type { CommitteeSeat } from '../../../../src/domain/committee.js';
import { renderCommittee } from '../../../../src/slack/messages/committee.js';

const seats: CommitteeSeat[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    personId: '00000000-0000-4000-8000-000000000011',
    personName: 'Priya <Nair>',
    organizationName: 'Port Alder ISD',
    group: 'school_district',
  },
];

describe('renderCommittee', () => {
  it('warns about each required group without a seat', () => {
    const text = JSON.stringify(renderCommittee({ seats, canManage: false, offset: 0 }).blocks);

    expect(text).toContain('*chamber of commerce* seat');
    expect(text).toContain('*workforce board* seat');
    expect(text).not.toContain('*school district* seat');
  });

  it('escapes names', () => {
    const text = JSON.stringify(renderCommittee({ seats, canManage: false, offset: 0 }).blocks);

    expect(text).toContain('Priya &lt;Nair&gt;');
  });

  it('gives only the convener the Add and Remove buttons', () => {
    const reader = JSON.stringify(renderCommittee({ seats, canManage: false, offset: 0 }).blocks);
    const convener = JSON.stringify(renderCommittee({ seats, canManage: true, offset: 0 }).blocks);

    expect(reader).not.toContain('committee_add');
    expect(reader).not.toContain('committee_remove');
    expect(convener).toContain('committee_add');
    expect(convener).toContain('committee_remove');
    expect(convener).toContain('Remove this seat?');
  });

  it('says so when nobody has a seat', () => {
    const message = renderCommittee({ seats: [], canManage: true, offset: 0 });

    expect(message.text).toBe('Steering committee: 0 members; 3 required group(s) have no seat.');
    expect(JSON.stringify(message.blocks)).toContain('Seat the first members with *Add a seat*.');
  });
});
