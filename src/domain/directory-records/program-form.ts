import { z } from 'zod';
import { wblTypes } from '../../db/schema/index.js';
import { careerClusters } from '../career-clusters.js';
import { opportunityTypeLabels } from '../labels.js';
import type { Parsed } from '../validation.js';
import { parseForm, requiredText } from '../validation.js';
import type { RawForm } from './form-fields.js';
import { optionalCode, optionalWholeNumber, pickedId, textList } from './form-fields.js';

export const programLimits = {
  name: 150,
  socCodes: 20,
  certifications: 20,
  certification: 150,
  enrollment: 100_000,
};

const wblList = z
  .array(z.enum(wblTypes, { error: 'Choose work-based learning types from the list.' }))
  .nullish()
  .transform((types) => [...new Set(types ?? [])]);

const programFormSchema = z
  .object({
    campusId: pickedId('Choose the campus that offers this program.'),
    name: requiredText('Name', programLimits.name),
    careerCluster: z.enum(careerClusters, { error: 'Choose a career cluster.' }),
    cipCode: optionalCode('CIP code', /^\d{2}\.\d{4}$/, '48.0508'),
    socCodes: textList('SOC codes', {
      itemLabel: 'SOC code',
      maxItems: programLimits.socCodes,
      maxItemLength: 7,
      format: { pattern: /^\d{2}-\d{4}$/, example: '51-4121' },
    }),
    lowestGrade: optionalWholeNumber('Lowest grade', 6, 12),
    highestGrade: optionalWholeNumber('Highest grade', 6, 12),
    enrollment: optionalWholeNumber('Enrollment', 0, programLimits.enrollment),
    certifications: textList('Certifications', {
      itemLabel: 'Certification',
      maxItems: programLimits.certifications,
      maxItemLength: programLimits.certification,
    }),
    wblOffered: wblList,
    wblMissing: wblList,
  })
  .superRefine((form, context) => {
    const { lowestGrade, highestGrade } = form;

    if (lowestGrade !== undefined && highestGrade !== undefined && lowestGrade > highestGrade) {
      context.addIssue({
        code: 'custom',
        path: ['highestGrade'],
        message: `Highest grade is below the lowest grade (${lowestGrade}); choose ${lowestGrade} or higher.`,
      });
    }

    const both = form.wblOffered.filter((type) => form.wblMissing.includes(type));

    if (both.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['wblMissing'],
        message: `${both.map((type) => opportunityTypeLabels[type]).join(', ')} is also ticked as offered; tick each type in one list only.`,
      });
    }
  });

export type ProgramInput = z.output<typeof programFormSchema>;
export type ProgramField = keyof ProgramInput;

export function parseProgramForm(form: RawForm<ProgramField>): Parsed<ProgramInput> {
  return parseForm(programFormSchema, form);
}
