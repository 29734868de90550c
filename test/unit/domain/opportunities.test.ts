import { describe, expect, it } from 'vitest';
import type { OpportunityForm } from '../../../src/domain/opportunities.js';
import { parseOpportunityForm, parseOpportunityType } from '../../../src/domain/opportunities.js';

const today = '2027-03-16';

/** Builds a complete, valid form as the submission handler builds it from the modal. */
function validForm(overrides: Partial<OpportunityForm> = {}): OpportunityForm {
  return {
    employerId: '7f3c2a1e-4b5d-4c6e-8f9a-0b1c2d3e4f5a',
    type: 'internship',
    title: 'Summer welding internship',
    description: null,
    careerCluster: 'Advanced Manufacturing',
    slots: '4',
    paid: false,
    startsOn: null,
    endsOn: null,
    location: null,
    today,
    ...overrides,
  };
}

/** Returns the message for one field, or undefined when the form is valid or the field has none. */
function fieldError(form: OpportunityForm, field: string): string | undefined {
  const parsed = parseOpportunityForm(form);

  return parsed.ok ? undefined : parsed.errors[field];
}

/** Returns the parsed value of a form that must be valid. */
function validValue(form: OpportunityForm) {
  const parsed = parseOpportunityForm(form);

  if (!parsed.ok) throw new Error(`expected a valid form, got ${JSON.stringify(parsed.errors)}`);

  return parsed.value;
}

describe('parseOpportunityForm', () => {
  it('accepts a complete form', () => {
    expect(parseOpportunityForm(validForm()).ok).toBe(true);
  });

  it('trims values and clears blanks', () => {
    const form = validForm({
      title: '  Summer welding internship  ',
      description: '   ',
      slots: ' 4 ',
      paid: true,
      location: '',
    });

    expect(parseOpportunityForm(form)).toMatchObject({
      ok: true,
      value: {
        employerId: '7f3c2a1e-4b5d-4c6e-8f9a-0b1c2d3e4f5a',
        type: 'internship',
        title: 'Summer welding internship',
        description: undefined,
        careerCluster: 'Advanced Manufacturing',
        slots: 4,
        paid: true,
        startsOn: undefined,
        endsOn: undefined,
        location: undefined,
      },
    });
  });

  it('keeps filled optional fields', () => {
    const form = validForm({
      description: ' Ten weeks in the fabrication shop. ',
      startsOn: '2027-06-07',
      endsOn: '2027-08-13',
      location: ' 400 Mill Road, Peoria ',
    });

    expect(parseOpportunityForm(form)).toMatchObject({
      ok: true,
      value: {
        description: 'Ten weeks in the fabrication shop.',
        startsOn: '2027-06-07',
        endsOn: '2027-08-13',
        location: '400 Mill Road, Peoria',
      },
    });
  });

  it('defaults paid to false', () => {
    expect(validValue(validForm({ paid: undefined })).paid).toBe(false);
  });

  it('accepts a start date of today', () => {
    expect(parseOpportunityForm(validForm({ startsOn: today })).ok).toBe(true);
  });

  it('accepts end on the start date', () => {
    const form = validForm({ startsOn: '2027-06-07', endsOn: '2027-06-07' });

    expect(parseOpportunityForm(form).ok).toBe(true);
  });

  it('accepts 1000 slots', () => {
    expect(parseOpportunityForm(validForm({ slots: '1000' })).ok).toBe(true);
  });

  it('accepts a 150-character title', () => {
    expect(parseOpportunityForm(validForm({ title: 'x'.repeat(150) })).ok).toBe(true);
  });

  it.each([
    ['a missing title', { title: null }, 'Enter a title.'],
    ['an empty title', { title: '' }, 'Enter a title.'],
    ['a whitespace-only title', { title: ' \t  ' }, 'Enter a title.'],
    [
      'a 151-character title',
      { title: 'x'.repeat(151) },
      'Title must be at most 150 characters; shorten it.',
    ],
  ])('rejects %s', (_case, overrides, message) => {
    expect(fieldError(validForm(overrides), 'title')).toBe(message);
  });

  it.each([
    ['missing', null, 'Enter the number of slots.'],
    ['blank', '  ', 'Enter the number of slots.'],
    ['0', '0', 'Slots must be at least 1.'],
    ['-3', '-3', 'Slots must be at least 1.'],
    ['2.5', '2.5', 'Slots must be a whole number such as 3.'],
    ['abc', 'abc', 'Slots must be a whole number such as 3.'],
    ['1001', '1001', 'Slots must be at most 1000.'],
  ])('rejects %s slots', (_case, slots, message) => {
    expect(fieldError(validForm({ slots }), 'slots')).toBe(message);
  });

  it('rejects a past start date', () => {
    expect(fieldError(validForm({ startsOn: '2027-03-15' }), 'startsOn')).toBe(
      'Start date is in the past; choose today or a later date.',
    );
  });

  it('rejects a past end date', () => {
    expect(fieldError(validForm({ endsOn: '2027-03-15' }), 'endsOn')).toBe(
      'End date is in the past; choose today or a later date.',
    );
  });

  it('rejects end before start', () => {
    const form = validForm({ startsOn: '2027-06-07', endsOn: '2027-06-06' });

    expect(fieldError(form, 'endsOn')).toBe(
      'End date is before the start date; choose the same day or later.',
    );
  });

  it('rejects a date not written YYYY-MM-DD', () => {
    expect(fieldError(validForm({ startsOn: '06/07/2027' }), 'startsOn')).toBe(
      'Start date must be a date such as 2027-03-15.',
    );
  });

  // Date.parse in V8 rolls 2027-02-30 over to March 2 instead of rejecting it.
  it.each([['2027-02-30'], ['2027-02-29'], ['2027-04-31']])(
    'rejects nonexistent date %s',
    (startsOn) => {
      const form = validForm({ startsOn, today: '2027-01-01' });

      expect(fieldError(form, 'startsOn')).toBe('Start date is not a real date.');
    },
  );

  it('rejects a month of 13', () => {
    expect(fieldError(validForm({ startsOn: '2027-13-01' }), 'startsOn')).toBe(
      'Start date is not a real date.',
    );
  });

  it('accepts a leap day', () => {
    expect(parseOpportunityForm(validForm({ startsOn: '2028-02-29' })).ok).toBe(true);
  });

  it.each([
    [
      'an unknown career cluster',
      'careerCluster',
      'Underwater Basket Weaving',
      'Choose a career cluster.',
    ],
    ['an unknown type', 'type', 'field_trip', 'Choose the type of opportunity.'],
    [
      'an employer id that is not a UUID',
      'employerId',
      'prairie-steel',
      'Choose the employer offering this opportunity.',
    ],
  ])('rejects %s', (_case, field, value, message) => {
    expect(fieldError(validForm({ [field]: value }), field)).toBe(message);
  });

  it('reports every invalid field at once', () => {
    const parsed = parseOpportunityForm(validForm({ title: '', slots: '0', type: null }));

    expect(parsed.ok ? [] : Object.keys(parsed.errors).sort()).toEqual(['slots', 'title', 'type']);
  });
});

describe('parseOpportunityType', () => {
  it.each([
    ['internship', 'internship'],
    ['internships', 'internship'],
    ['Internships', 'internship'],
    ['apprenticeships', 'apprenticeship'],
    ['mentorship', 'mentorship'],
    ['job shadow', 'job_shadow'],
    ['job-shadows', 'job_shadow'],
    ['job_shadow', 'job_shadow'],
    ['shadow', 'job_shadow'],
    ['tours', 'facility_tour'],
    ['facility tours', 'facility_tour'],
    ['speaker', 'guest_speaker'],
    ['guest speakers', 'guest_speaker'],
    ['equipment', 'equipment_donation'],
    ['donations', 'equipment_donation'],
    ['other', 'other'],
    ['  Job   Shadow  ', 'job_shadow'],
  ])('reads "%s" as %s', (text, type) => {
    expect(parseOpportunityType(text)).toBe(type);
  });

  it.each([
    [''],
    ['field trip'],
    ['internship please'],
    // Property names of Object.prototype are not aliases.
    ['constructor'],
    ['__proto__'],
  ])('rejects unknown type "%s"', (text) => {
    expect(parseOpportunityType(text)).toBeUndefined();
  });
});
