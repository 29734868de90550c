import type { ModalView, View } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../../../src/domain/directory-records/contacts.js';
import type { ProgramRecord } from '../../../../src/domain/directory-records/programs.js';
import { callbackIds } from '../../../../src/slack/ids.js';
import { organizationOption } from '../../../../src/slack/views/blocks.js';
import { renderContactModal } from '../../../../src/slack/views/directory-modals/contact-modal.js';
import { renderEmployerModal } from '../../../../src/slack/views/directory-modals/employer-modal.js';
import { renderNeedModal } from '../../../../src/slack/views/directory-modals/need-modal.js';
import { renderProgramModal } from '../../../../src/slack/views/directory-modals/program-modal.js';
import { decodeModalMetadata } from '../../../../src/slack/views/modal-metadata.js';

const metadata = { timeZone: 'America/Chicago', channelId: 'C0WBL' };
const recordId = '3f1c1a52-7d4e-4b8e-9a43-2c5d7f0e9b11';

interface InputBlock {
  type: 'input';
  block_id: string;
  optional: boolean;
  hint?: { text: string };
  element: {
    type: string;
    initial_value?: string;
    initial_option?: { value: string; text: { text: string } };
    initial_options?: Array<{ value: string }>;
    options?: Array<{ value: string; text: { text: string } }>;
    min_query_length?: number;
  };
}

function asModal(view: View): ModalView {
  if (view.type !== 'modal') throw new Error(`expected a modal, got a ${view.type} view`);

  return view;
}

function inputsOf(view: View): Map<string, InputBlock> {
  const blocks = asModal(view).blocks.filter((block) => block.type === 'input');

  return new Map((blocks as unknown as InputBlock[]).map((block) => [block.block_id, block]));
}

function organizations(count: number, prefix = 'Campus') {
  return Array.from({ length: count }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    name: `${prefix} ${String(index).padStart(3, '0')}`,
  }));
}

const program: ProgramRecord = {
  id: recordId,
  campusId: '00000000-0000-4000-8000-000000000002',
  campusName: 'Campus 002',
  name: 'Welding Technology',
  careerCluster: 'Advanced Manufacturing',
  cipCode: '48.0508',
  socCodes: ['51-4121', '51-4122'],
  lowestGrade: 10,
  highestGrade: 12,
  enrollment: 45,
  certifications: ['AWS SENSE Level 1', 'OSHA 10-Hour, General Industry'],
  wblOffered: ['job_shadow'],
  wblMissing: ['apprenticeship', 'internship'],
};

const contact: ContactRecord = {
  id: recordId,
  name: 'Marcus Lee',
  title: 'Plant Operations Manager',
  email: 'marcus@example.com',
  phone: null,
  role: 'employer',
  organization: { id: 'org-1', name: 'Coastline Welding & Fabrication', kind: 'employer' },
  confirmedAt: new Date('2026-03-02T18:00:00Z'),
};

describe('renderEmployerModal', () => {
  it('renders an empty add form', () => {
    const view = asModal(renderEmployerModal({ metadata }));
    const inputs = inputsOf(view);

    expect(view.callback_id).toBe(callbackIds.employerForm);
    expect(view.title?.text).toBe('New employer');
    expect([...inputs.keys()]).toEqual(['name', 'naicsCode', 'size', 'address', 'zip']);
    expect(inputs.get('name')?.optional).toBe(false);
    expect(inputs.get('name')?.element.initial_value).toBeUndefined();
    expect(decodeModalMetadata(view.private_metadata).recordId).toBeUndefined();
  });

  it('prefills an edit form and names the sector', () => {
    const view = renderEmployerModal({
      metadata: { ...metadata, recordId },
      employer: {
        id: recordId,
        name: 'Coastline Welding & Fabrication',
        naicsCode: '332312',
        size: '50-249',
        address: null,
        zip: '78374',
        latitude: '27.9',
        longitude: '-97.2',
      },
    });
    const inputs = inputsOf(view);

    expect(asModal(view).title?.text).toBe('Edit employer');
    expect(inputs.get('name')?.element.initial_value).toBe('Coastline Welding & Fabrication');
    expect(inputs.get('naicsCode')?.hint?.text).toContain('Sector: Manufacturing.');
    expect(inputs.get('size')?.element.initial_option?.value).toBe('50-249');
    expect(inputs.get('address')?.element.initial_value).toBeUndefined();
    expect(decodeModalMetadata(asModal(view).private_metadata).recordId).toBe(recordId);
  });
});

describe('renderProgramModal', () => {
  it('offers campuses in a static select while they fit', () => {
    const view = renderProgramModal({
      metadata,
      campuses: { choices: organizations(3), total: 3 },
    });
    const campus = inputsOf(view).get('programCampus');

    expect(campus?.element.type).toBe('static_select');
    expect(campus?.element.options).toHaveLength(3);
  });

  it('searches campuses when there are more than 100', () => {
    const view = renderProgramModal({
      metadata,
      campuses: { choices: organizations(100), total: 140 },
      program,
    });
    const campus = inputsOf(view).get('programCampus');

    expect(campus?.element.type).toBe('external_select');
    expect(campus?.element.min_query_length).toBe(0);
    expect(campus?.element.initial_option?.value).toBe(program.campusId);
    expect(campus?.hint?.text).toContain('all 140');
  });

  it('prefills every field of an edit form', () => {
    const view = renderProgramModal({
      metadata,
      campuses: { choices: organizations(3), total: 3 },
      program,
    });
    const inputs = inputsOf(view);

    expect(inputs.get('programCampus')?.element.initial_option?.value).toBe(program.campusId);
    expect(inputs.get('careerCluster')?.element.initial_option?.value).toBe(
      'Advanced Manufacturing',
    );
    expect(inputs.get('socCodes')?.element.initial_value).toBe('51-4121, 51-4122');
    expect(inputs.get('lowestGrade')?.element.initial_option?.value).toBe('10');
    expect(inputs.get('enrollment')?.element.initial_value).toBe('45');
    expect(inputs.get('certifications')?.element.initial_value).toBe(
      'AWS SENSE Level 1\nOSHA 10-Hour, General Industry',
    );
    expect(inputs.get('wblOffered')?.element.initial_options).toEqual([
      expect.objectContaining({ value: 'job_shadow' }),
    ]);
    expect(inputs.get('wblMissing')?.element.initial_options?.map((o) => o.value)).toEqual([
      'internship',
      'apprenticeship',
    ]);
  });

  it('leaves an unknown career cluster unselected', () => {
    const view = renderProgramModal({
      metadata,
      campuses: { choices: organizations(3), total: 3 },
      program: { ...program, careerCluster: 'Manufacturing' },
    });

    expect(inputsOf(view).get('careerCluster')?.element.initial_option).toBeUndefined();
  });
});

describe('renderContactModal', () => {
  it('offers staff only the reading roles for a new contact', () => {
    const view = renderContactModal({
      metadata,
      roles: ['educator', 'viewer'],
      organizationOptional: false,
      organization: contact.organization ?? undefined,
    });
    const inputs = inputsOf(view);

    expect(inputs.get('role')?.element.options?.map((o) => o.value)).toEqual([
      'educator',
      'viewer',
    ]);
    expect(inputs.get('role')?.element.initial_option?.value).toBe('viewer');
    expect(inputs.get('contactOrganization')?.element.type).toBe('external_select');
    expect(inputs.get('contactOrganization')?.optional).toBe(false);
    expect(inputs.get('contactOrganization')?.element.initial_option?.text.text).toBe(
      'Coastline Welding & Fabrication (employer)',
    );
    expect(inputs.has('confirmed')).toBe(false);
  });

  it('keeps a stored editing role selectable', () => {
    const view = renderContactModal({
      metadata,
      contact,
      roles: ['educator', 'viewer'],
      organizationOptional: false,
    });
    const role = inputsOf(view).get('role');

    expect(role?.element.options?.map((o) => o.value)).toEqual(['employer', 'educator', 'viewer']);
    expect(role?.element.initial_option?.value).toBe('employer');
  });

  it('shows the last confirmation on an edit form', () => {
    const view = renderContactModal({ metadata, contact, roles: [], organizationOptional: true });
    const confirmed = inputsOf(view).get('confirmed');

    expect(confirmed?.hint?.text).toContain('Last confirmed 2 Mar 2026.');
    expect(confirmed?.element.initial_options).toBeUndefined();
  });

  it("keeps the convener's role out of the form", () => {
    const view = renderContactModal({
      metadata,
      contact: { ...contact, role: 'convener' },
      roles: ['chamber', 'district', 'employer', 'educator', 'viewer'],
      organizationOptional: true,
    });

    expect(inputsOf(view).has('role')).toBe(false);
    expect(JSON.stringify(asModal(view).blocks)).toContain('keeps the convener role');
  });
});

describe('renderNeedModal', () => {
  it('starts with the given employer', () => {
    const employers = organizations(2, 'Employer');
    const view = renderNeedModal({
      metadata,
      employers: { choices: employers, total: 2 },
      employer: employers[1],
    });

    expect(inputsOf(view).get('needEmployer')?.element.initial_option?.value).toBe(
      employers[1]?.id,
    );
  });

  it('joins skills with commas unless one contains a comma', () => {
    const need = {
      id: recordId,
      employerId: 'e-1',
      employerName: 'Employer 001',
      occupationTitle: 'Welder',
      socCode: '51-4121',
      openingsPerYear: 6,
      timeFrame: 'next 12 months',
    };
    const employers = { choices: [{ id: 'e-1', name: 'Employer 001' }], total: 1 };
    const plain = renderNeedModal({
      metadata,
      employers,
      need: { ...need, skills: ['MIG welding', 'Blueprint reading'] },
    });
    const withComma = renderNeedModal({
      metadata,
      employers,
      need: { ...need, skills: ['Cutting, grinding', 'Rigging'] },
    });

    expect(inputsOf(plain).get('skills')?.element.initial_value).toBe(
      'MIG welding, Blueprint reading',
    );
    expect(inputsOf(withComma).get('skills')?.element.initial_value).toBe(
      'Cutting, grinding\nRigging',
    );
    expect(inputsOf(plain).get('openingsPerYear')?.element.initial_value).toBe('6');
  });
});

describe('organizationOption', () => {
  it('cuts a long name so the kind still shows', () => {
    const option = organizationOption({ id: 'o-1', name: 'x'.repeat(120), kind: 'campus' });

    expect(Array.from(option.text.text)).toHaveLength(75);
    expect(option.text.text.endsWith('… (campus)')).toBe(true);
  });
});
