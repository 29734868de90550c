import { z } from 'zod';
import { contactChannels, outreachStages } from '../../db/schema/index.js';
import type { Parsed } from '../validation.js';
import { optionalDate, parseForm, requiredText } from '../validation.js';

export const outreachLimits = {
  summary: 1000,
} as const;

const optionalStage = z
  .string()
  .nullish()
  .transform((value) => value || undefined)
  .pipe(z.enum(outreachStages, { error: 'Choose a stage from the list.' }).optional());

const contactFormSchema = z
  .object({
    channel: z.enum(contactChannels, { error: 'Choose how the contact was made.' }),
    contactedOn: optionalDate('Date'),
    summary: requiredText('Summary', outreachLimits.summary, { multiline: true }),
    stage: optionalStage,
    nextFollowUpOn: optionalDate('Next follow-up'),
    today: z.string(),
  })
  .superRefine((form, context) => {
    if (!form.contactedOn) {
      context.addIssue({ code: 'custom', path: ['contactedOn'], message: 'Choose the date.' });
    } else if (form.contactedOn > form.today) {
      context.addIssue({
        code: 'custom',
        path: ['contactedOn'],
        message: 'Date is in the future; choose today or an earlier date.',
      });
    }

    checkFollowUp(form, context);
  })
  .transform(({ today: _today, contactedOn, ...contact }) => ({
    ...contact,
    contactedOn: contactedOn ?? '',
  }));

export type OutreachContactInput = z.output<typeof contactFormSchema>;

/** Checks a filled-in "Log a contact" form; `today` is the date in the partnership's time zone. */
export function parseOutreachContactForm(
  form: Partial<Record<keyof OutreachContactInput, unknown>> & { today: string },
): Parsed<OutreachContactInput> {
  return parseForm(contactFormSchema, form);
}

const updateFormSchema = z
  .object({
    stage: z.enum(outreachStages, { error: 'Choose a stage.' }),
    nextFollowUpOn: optionalDate('Next follow-up'),
    today: z.string(),
  })
  .superRefine((form, context) => checkFollowUp(form, context))
  .transform(({ today: _today, ...update }) => update);

export type OutreachUpdateInput = z.output<typeof updateFormSchema>;

/**
 * Checks a filled-in "Update outreach" form's stage and follow-up; the owner is a person the
 * surface resolves itself.
 */
export function parseOutreachUpdateForm(
  form: Partial<Record<keyof OutreachUpdateInput, unknown>> & { today: string },
): Parsed<OutreachUpdateInput> {
  return parseForm(updateFormSchema, form);
}

function checkFollowUp(
  form: { nextFollowUpOn?: string | undefined; today: string },
  context: z.core.$RefinementCtx,
): void {
  if (form.nextFollowUpOn && form.nextFollowUpOn < form.today) {
    context.addIssue({
      code: 'custom',
      path: ['nextFollowUpOn'],
      message: 'Next follow-up is in the past; choose today or a later date.',
    });
  }
}
