import { z } from 'zod';
import { opportunityTypes } from '../db/schema/index.js';
import { careerClusters } from './career-clusters.js';
import type { FieldErrors } from './errors.js';
import { isPilotType } from './pilots.js';
import type { Parsed } from './validation.js';
import { optionalDate, optionalText, parseForm, requiredText, wholeNumber } from './validation.js';

export const opportunityLimits = {
  title: 150,
  description: 3000,
  location: 200,
  slots: 1000,
  employerName: 150,
};

const opportunityFormSchema = z
  .object({
    employerId: z
      .string()
      .nullish()
      .transform((value) => value || undefined)
      .pipe(z.uuid({ error: 'Choose the employer offering this opportunity.' }).optional()),
    newEmployerName: optionalText('New employer', opportunityLimits.employerName),
    type: z.enum(opportunityTypes, { error: 'Choose the type of opportunity.' }),
    title: requiredText('Title', opportunityLimits.title),
    description: optionalText('Description', opportunityLimits.description, { multiline: true }),
    careerCluster: z.enum(careerClusters, { error: 'Choose a career cluster.' }),
    slots: wholeNumber('Slots', 1, opportunityLimits.slots),
    paid: z.boolean().default(false),
    startsOn: optionalDate('Start date'),
    endsOn: optionalDate('End date'),
    location: optionalText('Location', opportunityLimits.location),
    isPilot: z.boolean().optional(),
    today: z.string(),
  })
  .superRefine((form, context) => {
    if (form.startsOn && form.startsOn < form.today) {
      context.addIssue({
        code: 'custom',
        path: ['startsOn'],
        message: 'Start date is in the past; choose today or a later date.',
      });
    }

    if (form.endsOn && form.endsOn < form.today) {
      context.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: 'End date is in the past; choose today or a later date.',
      });
    }

    if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) {
      context.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: 'End date is before the start date; choose the same day or later.',
      });
    }

    if (form.isPilot && !isPilotType(form.type)) {
      context.addIssue({
        code: 'custom',
        path: ['isPilot'],
        message:
          'Only internships, apprenticeships and mentorships can be pilot programs; untick Pilot program or change the type.',
      });
    }
  })
  .transform(({ today: _today, ...opportunity }) => opportunity);

export type OpportunityInput = z.output<typeof opportunityFormSchema>;

/** Raw form values by field, as a surface read them; the schema decides what is valid. */
export type OpportunityForm = Partial<Record<keyof OpportunityInput, unknown>> & { today: string };

/** Checks a filled-in opportunity form; `today` is the date in the partnership's time zone. */
export function parseOpportunityForm(form: OpportunityForm): Parsed<OpportunityInput> {
  const parsed = parseForm(opportunityFormSchema, form);
  const employerErrors = checkEmployerChoice(form);

  if (!employerErrors) return parsed;

  return { ok: false, errors: { ...employerErrors, ...(parsed.ok ? {} : parsed.errors) } };
}

/**
 * Requires exactly one of a listed employer or a new employer's name. It runs beside the schema
 * rather than inside it, so the error shows together with every other field's error.
 */
function checkEmployerChoice(form: OpportunityForm): FieldErrors | undefined {
  const hasListed = typeof form.employerId === 'string' && form.employerId !== '';
  const hasNew = typeof form.newEmployerName === 'string' && form.newEmployerName.trim() !== '';

  if (!hasListed && !hasNew) {
    return { employerId: 'Choose the employer offering this opportunity, or type a new one.' };
  }

  if (hasListed && hasNew) {
    return { newEmployerName: 'Choose an employer from the list or type a new one, not both.' };
  }

  return undefined;
}
