import { z } from 'zod';
import type { PersonRole } from '../../db/schema/index.js';
import { isUuid } from '../record-owners.js';
import type { Parsed } from '../validation.js';
import { optionalText, parseForm, requiredText } from '../validation.js';
import type { RawForm } from './form-fields.js';
import { optionalChoice } from './form-fields.js';

export const contactLimits = { name: 150, title: 150, email: 254, phone: 40 };

/** Roles a contact form can set; the convener's role is never set through it. */
export const contactRoles = ['chamber', 'district', 'employer', 'educator', 'viewer'] as const;

/** Roles that anyone allowed to add a contact may give it; the others need the convener. */
export const readOnlyContactRoles: readonly PersonRole[] = ['educator', 'viewer'];

const blankToUndefined = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || undefined);

const phonePattern = /^\+?[\d\s().-]+(\s*(x|ext\.?)\s*\d{1,6})?$/i;

const phoneField = optionalText('Phone', contactLimits.phone).superRefine((value, context) => {
  if (value === undefined) return;

  const digits = value.replace(/(x|ext\.?)\s*\d+$/i, '').replace(/\D/g, '').length;

  if (!phonePattern.test(value) || digits < 7 || digits > 15) {
    context.addIssue({
      code: 'custom',
      message: `Phone "${value}" is not a phone number; write it like 361-555-0142 or +1 361 555 0142 x12.`,
    });
  }
});

const contactFormSchema = z.object({
  name: requiredText('Name', contactLimits.name),
  title: optionalText('Title', contactLimits.title),
  organizationId: blankToUndefined.pipe(
    z
      .string()
      .refine((value) => isUuid(value), 'Choose the organization from the list.')
      .transform((value) => value.toLowerCase())
      .optional(),
  ),
  email: blankToUndefined.pipe(
    z
      .email({ error: 'Email must be an address such as name@example.org.' })
      .max(contactLimits.email, `Email must be at most ${contactLimits.email} characters.`)
      .optional(),
  ),
  phone: phoneField,
  role: optionalChoice(contactRoles, 'Choose a role from the list.'),
  confirmed: z.boolean().default(false),
});

export type ContactInput = z.output<typeof contactFormSchema>;
export type ContactField = keyof ContactInput;

export function parseContactForm(form: RawForm<ContactField>): Parsed<ContactInput> {
  return parseForm(contactFormSchema, form);
}
