import { describe, expect, it } from 'vitest';
import { evidenceProblem, parseTaskForm } from '../../../src/domain/plan-task-form.js';

describe('evidenceProblem', () => {
  it.each([
    ['Minutes filed with the board secretary.'],
    ['https://portalderisd.example.org/minutes'],
    ['http://example.org/a?b=c'],
  ])('accepts %s', (evidence) => {
    expect(evidenceProblem(evidence)).toBeUndefined();
  });

  it.each([
    ['www.example.org', 'is not a valid web link'],
    ['https://localhost/report', 'is not a valid web link'],
    ['https://example.org/a report', 'A link cannot contain spaces.'],
  ])('rejects %s', (evidence, message) => {
    expect(evidenceProblem(evidence)).toContain(message);
  });
});

describe('parseTaskForm', () => {
  it('reads an empty owner, due date and evidence as none', () => {
    const parsed = parseTaskForm({ status: 'done', ownerPersonId: null, dueOn: '', evidence: ' ' });

    expect(parsed).toEqual({
      ok: true,
      value: { ownerPersonId: null, status: 'done', dueOn: null, evidence: null },
    });
  });

  it('names each invalid field', () => {
    const parsed = parseTaskForm({
      status: 'finished',
      ownerPersonId: 'someone',
      dueOn: '2027-02-30',
      evidence: 'www.x',
    });

    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? {} : parsed.errors).toEqual({
      status: 'Choose a status from the list.',
      ownerPersonId: 'Choose the owner from the list.',
      dueOn: 'The due date is not a real date.',
      evidence: expect.stringContaining('is not a valid web link'),
    });
  });
});
