import { describe, expect, it } from 'vitest';
import { readStateValues, textValue } from '../../../src/slack/state-values.js';

type StateValues = Parameters<typeof readStateValues>[0];

/** Wraps one element in an input block under the shared `value` action id. */
function stateOf(element: StateValues[string][string]): StateValues {
  return { field: { value: element } };
}

describe('readStateValues', () => {
  it.each([
    ['plain_text_input', { type: 'plain_text_input', value: 'Welding' }, 'Welding'],
    ['empty plain_text_input', { type: 'plain_text_input', value: null }, null],
    [
      'static_select',
      {
        type: 'static_select',
        selected_option: { text: { type: 'plain_text', text: 'Internship' }, value: 'internship' },
      },
      'internship',
    ],
    ['empty static_select', { type: 'static_select', selected_option: null }, null],
    [
      'checkboxes',
      {
        type: 'checkboxes',
        selected_options: [
          { text: { type: 'plain_text', text: 'Students are paid' }, value: 'paid' },
        ],
      },
      ['paid'],
    ],
    ['empty checkboxes', { type: 'checkboxes', selected_options: [] }, []],
    ['datepicker', { type: 'datepicker', selected_date: '2027-03-16' }, '2027-03-16'],
    ['empty datepicker', { type: 'datepicker', selected_date: null }, null],
    ['timepicker', { type: 'timepicker', selected_time: '09:30' }, '09:30'],
    ['empty timepicker', { type: 'timepicker', selected_time: null }, null],
    [
      'conversations_select',
      { type: 'conversations_select', selected_conversation: 'C0EVENTS' },
      'C0EVENTS',
    ],
    [
      'empty conversations_select',
      { type: 'conversations_select', selected_conversation: null },
      null,
    ],
    ['channels_select', { type: 'channels_select', selected_channel: 'C0EVENTS' }, 'C0EVENTS'],
    ['users_select', { type: 'users_select', selected_user: 'U0CONVENER' }, 'U0CONVENER'],
    ['element with no value field', { type: 'plain_text_input' }, null],
  ])('reads %s', (_case, element, value) => {
    expect(readStateValues(stateOf(element))).toEqual({ field: value });
  });

  it('keys values by block id', () => {
    const form = readStateValues({
      title: { value: { type: 'plain_text_input', value: 'Career fair' } },
      startDate: { value: { type: 'datepicker', selected_date: '2027-03-16' } },
    });

    expect(form).toEqual({ title: 'Career fair', startDate: '2027-03-16' });
  });

  it('skips a block with no element', () => {
    expect(readStateValues({ title: {} })).toEqual({});
  });
});

describe('textValue', () => {
  const form = { title: 'Career fair', paid: ['paid'], location: null };

  it('returns a text value', () => {
    expect(textValue(form, 'title')).toBe('Career fair');
  });

  it('returns null for a list', () => {
    expect(textValue(form, 'paid')).toBeNull();
  });

  it('returns null for an empty value', () => {
    expect(textValue(form, 'location')).toBeNull();
  });

  it('returns null for a missing block', () => {
    expect(textValue(form, 'venue')).toBeNull();
  });
});
