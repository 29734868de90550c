import { describe, expect, it } from 'vitest';
import type { AccessActor } from '../../../src/domain/access.js';
import { parseCapacityForm } from '../../../src/domain/capacity-survey.js';
import { answersOnBehalf, decideOutreachAccess } from '../../../src/domain/outreach/access.js';
import {
  parseOutreachContactForm,
  parseOutreachUpdateForm,
} from '../../../src/domain/outreach/forms.js';

const employerId = 'employer-1';

function actor(role: AccessActor['role'], organizationId: string | null = 'other'): AccessActor {
  return { personId: 'person-1', role, organizationId };
}

function allowed(decision: { allowed: boolean }): boolean {
  return decision.allowed;
}

describe('decideOutreachAccess', () => {
  it.each([
    ['convener', 'other', true, true, true],
    ['chamber', 'other', true, true, true],
    ['district', 'other', true, true, true],
    ['employer', employerId, true, false, true],
    ['employer', 'other', false, false, false],
    ['employer', null, false, false, false],
    ['educator', employerId, false, false, false],
    ['viewer', 'other', false, false, false],
  ] as const)('decides for %s of %s', (role, organizationId, log, update, survey) => {
    const access = decideOutreachAccess(actor(role, organizationId), employerId);

    expect(allowed(access.logContact)).toBe(log);
    expect(allowed(access.updateOutreach)).toBe(update);
    expect(allowed(access.capacitySurvey)).toBe(survey);
  });

  it('marks staff answers as on behalf', () => {
    expect(answersOnBehalf(actor('chamber'), employerId)).toBe(true);
    expect(answersOnBehalf(actor('employer', employerId), employerId)).toBe(false);
  });
});

describe('parseOutreachContactForm', () => {
  const today = '2027-01-11';

  it('accepts a contact made today with a follow-up', () => {
    expect(
      parseOutreachContactForm({
        channel: 'email',
        contactedOn: today,
        summary: '  Sent the survey  ',
        stage: null,
        nextFollowUpOn: '2027-01-18',
        today,
      }),
    ).toEqual({
      ok: true,
      value: {
        channel: 'email',
        contactedOn: today,
        summary: 'Sent the survey',
        stage: undefined,
        nextFollowUpOn: '2027-01-18',
      },
    });
  });

  it('rejects a missing date', () => {
    const parsed = parseOutreachContactForm({ channel: 'call', summary: 'Called', today });

    expect(parsed).toEqual({ ok: false, errors: { contactedOn: 'Choose the date.' } });
  });

  it('rejects an unknown stage', () => {
    const parsed = parseOutreachContactForm({
      channel: 'call',
      contactedOn: today,
      summary: 'Called',
      stage: 'won',
      today,
    });

    expect(parsed).toEqual({ ok: false, errors: { stage: 'Choose a stage from the list.' } });
  });
});

describe('parseOutreachUpdateForm', () => {
  it('allows a follow-up today', () => {
    const parsed = parseOutreachUpdateForm({
      stage: 'partnered',
      nextFollowUpOn: '2027-01-11',
      today: '2027-01-11',
    });

    expect(parsed).toEqual({
      ok: true,
      value: { stage: 'partnered', nextFollowUpOn: '2027-01-11' },
    });
  });
});

describe('parseCapacityForm', () => {
  it('reads blank counts as zero', () => {
    const parsed = parseCapacityForm({ interns: ' 3 ', mentors: '', seasons: ['fall'] });

    expect(parsed).toMatchObject({
      ok: true,
      value: { interns: 3, mentors: 0, apprentices: 0, seasons: ['fall'], careerClusters: [] },
    });
  });

  it('rejects an unknown career cluster', () => {
    const parsed = parseCapacityForm({ careerClusters: ['Welding'] });

    expect(parsed).toEqual({
      ok: false,
      errors: { careerClusters: 'Choose career clusters from the list.' },
    });
  });
});
