import { z } from 'zod';
import type { Parsed } from './validation.js';
import { parseForm, requiredText, wholeNumber } from './validation.js';

export const donationLimits = {
  description: 1000,
  quantity: 10_000,
};

const donationFormSchema = z.object({
  employerId: z.uuid({ error: 'Choose the employer donating the equipment.' }),
  description: requiredText('Description', donationLimits.description, { multiline: true }),
  quantity: wholeNumber('Quantity', 1, donationLimits.quantity),
  programId: z
    .string()
    .nullish()
    .transform((value) => value || undefined)
    .pipe(z.uuid({ error: 'Choose a program from the list, or leave it empty.' }).optional()),
});

export type DonationInput = z.output<typeof donationFormSchema>;

/** Raw form values by field, as a surface read them; the schema decides what is valid. */
export type DonationForm = Partial<Record<keyof DonationInput, unknown>>;

/** Checks a filled-in equipment donation form. */
export function parseDonationForm(form: DonationForm): Parsed<DonationInput> {
  return parseForm(donationFormSchema, form);
}
