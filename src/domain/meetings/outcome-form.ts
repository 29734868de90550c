import { z } from 'zod';
import type { OutreachStage } from '../../db/schema/index.js';
import { outreachStages } from '../../db/schema/index.js';
import { optionalDate, optionalText, parseForm, requiredText } from '../validation.js';

export const outcomeLimits = { summary: 3000, decisions: 3000, actionItem: 500, actionItems: 5 };

/** Field names of the action item rows: actionOwner1, actionText1, actionDue1, and so on. */
export function actionItemFields(row: number) {
  return { owner: `actionOwner${row}`, text: `actionText${row}`, due: `actionDue${row}` } as const;
}

export interface OutcomeInput {
  meetingId: string;
  attendeeIds: string[];
  summary: string;
  decisions: string | null;
  employerId: string | null;
  employerStage: OutreachStage | null;
  actionItems: Array<{ ownerPersonId: string; description: string; dueOn: string | null }>;
}

const rows = Array.from({ length: outcomeLimits.actionItems }, (_, index) => index + 1);

const idList = z
  .array(z.uuid())
  .nullish()
  .transform((ids) => [...new Set(ids ?? [])]);

const rowShape = Object.fromEntries(
  rows.flatMap((row) => {
    const fields = actionItemFields(row);

    return [
      [fields.owner, z.uuid({ error: 'Choose the owner from the list.' }).nullish()],
      [fields.text, optionalText('Action item', outcomeLimits.actionItem)],
      [fields.due, optionalDate('Due date')],
    ];
  }),
);

const baseShape = {
  meetingId: z.uuid({ error: 'Choose the meeting.' }),
  attendeeIds: idList,
  summary: requiredText('Summary', outcomeLimits.summary, { multiline: true }),
  decisions: optionalText('Decisions', outcomeLimits.decisions, { multiline: true }),
  employerId: z.uuid({ error: 'Choose the employer from the list.' }).nullish(),
  employerStage: z.enum(outreachStages, { error: 'Choose a stage from the list.' }).nullish(),
};

/** The action item rows are checked at run time but typed through the base fields only. */
const outcomeFormSchema = z
  .object({ ...baseShape, ...rowShape } as typeof baseShape)
  .transform((form, context): OutcomeInput => {
    const values = form as Record<string, unknown>;
    const addIssue = (field: string, message: string) =>
      context.addIssue({ code: 'custom', path: [field], message });
    const actionItems: OutcomeInput['actionItems'] = [];

    for (const row of rows) {
      const fields = actionItemFields(row);
      const ownerPersonId = values[fields.owner] as string | null | undefined;
      const description = values[fields.text] as string | undefined;
      const dueOn = (values[fields.due] as string | undefined) ?? null;

      if (!ownerPersonId && !description && !dueOn) continue;
      if (!ownerPersonId) addIssue(fields.owner, 'Choose who owns this action item.');
      if (!description) addIssue(fields.text, 'Describe the action item, or clear its row.');
      if (ownerPersonId && description) actionItems.push({ ownerPersonId, description, dueOn });
    }

    if (form.employerId && !form.employerStage) {
      addIssue('employerStage', "Choose the employer's new outreach stage, or clear the employer.");
    }

    if (form.employerStage && !form.employerId) {
      addIssue('employerId', 'Choose the employer whose stage changes, or clear the stage.');
    }

    return {
      meetingId: form.meetingId,
      attendeeIds: form.attendeeIds,
      summary: form.summary,
      decisions: form.decisions ?? null,
      employerId: form.employerId ?? null,
      employerStage: form.employerId ? (form.employerStage ?? null) : null,
      actionItems,
    };
  });

/** Checks a filled-in outcome form; errors are keyed by the form's field names. */
export function parseOutcomeForm(form: Record<string, unknown>) {
  return parseForm(outcomeFormSchema, form);
}
