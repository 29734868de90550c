import { z } from 'zod';
import type { WblRequestKind } from '../db/schema/index.js';
import { wblRequestKinds } from '../db/schema/index.js';
import type { Parsed } from './validation.js';
import { optionalDate, parseForm, requiredText } from './validation.js';

export const requestLimits = {
  details: 2000,
  /** The largest group a request may name; larger groups split into several visits. */
  groupSize: 500,
};

/** Request kinds that bring students together as a group, so the group size matters. */
export const groupKinds: readonly WblRequestKind[] = ['guest_speaker', 'facility_tour'];

const wholeNumberText = /^-?\d+$/;

const requestFormSchema = z
  .object({
    programId: z.uuid({ error: 'Choose the program this request is for.' }),
    kind: z.enum(wblRequestKinds, { error: 'Choose what you are requesting.' }),
    details: requiredText('Details', requestLimits.details, { multiline: true }),
    groupSize: z
      .string()
      .nullish()
      .transform((value) => value?.trim() || undefined),
    neededBy: optionalDate('Needed-by date'),
    today: z.string(),
  })
  .superRefine((form, context) => {
    if (form.neededBy && form.neededBy < form.today) {
      context.addIssue({
        code: 'custom',
        path: ['neededBy'],
        message: 'Needed-by date is in the past; choose today or a later date.',
      });
    }

    const problem = groupSizeProblem(form.kind, form.groupSize);

    if (problem) context.addIssue({ code: 'custom', path: ['groupSize'], message: problem });
  })
  .transform(({ today: _today, groupSize, ...request }) => ({
    ...request,
    groupSize: groupSize === undefined ? undefined : Number(groupSize),
  }));

/** Explains what is wrong with the typed group size for this kind of request, if anything. */
function groupSizeProblem(kind: WblRequestKind, groupSize: string | undefined): string | undefined {
  if (!groupKinds.includes(kind)) {
    return groupSize === undefined
      ? undefined
      : 'Group size applies only to guest speakers and facility tours; leave it empty.';
  }

  if (groupSize === undefined) return 'Enter the number of students in the group, such as 25.';
  if (!wholeNumberText.test(groupSize)) return 'Group size must be a whole number such as 25.';

  const size = Number(groupSize);

  if (size < 1) return 'Group size must be at least 1.';
  if (size > requestLimits.groupSize) {
    return `Group size must be at most ${requestLimits.groupSize}; split a larger group into several requests.`;
  }

  return undefined;
}

export type RequestInput = z.output<typeof requestFormSchema>;

/** Raw form values by field, as a surface read them; the schema decides what is valid. */
export type RequestForm = Partial<Record<keyof RequestInput, unknown>> & { today: string };

/** Checks a filled-in request form; `today` is the date in the partnership's time zone. */
export function parseRequestForm(form: RequestForm): Parsed<RequestInput> {
  return parseForm(requestFormSchema, form);
}
