import { z } from 'zod';
import type { TaskStatus } from '../db/schema/index.js';
import { taskStatuses } from '../db/schema/index.js';
import { isUuid } from './record-owners.js';
import type { Parsed } from './validation.js';
import { optionalDate, optionalText, parseForm } from './validation.js';

/** Maximum length of a task's evidence note or link, in characters. */
export const EVIDENCE_MAX = 1000;

export const taskStatusLabels: Record<TaskStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};

/** Field names of the task form; the Slack modal maps them to its block ids. */
export const taskFields = {
  ownerPersonId: 'ownerPersonId',
  status: 'status',
  dueOn: 'dueOn',
  evidence: 'evidence',
} as const;

export interface TaskForm {
  ownerPersonId: string | null;
  status: TaskStatus;
  dueOn: string | null;
  evidence: string | null;
}

/** Text that starts like a web address; it must then be a whole http or https link. */
const linkLike = /^(https?:\/\/|www\.)/i;

/**
 * Evidence is a note or a link. Text that starts like a link must be a full http(s) URL with a
 * host name that has a dot, so that a typo is not stored as a broken link.
 */
export function evidenceProblem(evidence: string): string | undefined {
  if (!linkLike.test(evidence)) return undefined;

  const hint = 'Type the full link, such as https://example.org/report, or a note without a link.';

  if (/\s/.test(evidence)) return `A link cannot contain spaces. ${hint}`;

  try {
    const url = new URL(evidence);

    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')) {
      return undefined;
    }
  } catch {
    // Falls through to the message below.
  }

  return `${evidence.slice(0, 80)} is not a valid web link. ${hint}`;
}

const taskFormSchema = z.object({
  [taskFields.ownerPersonId]: z
    .string()
    .nullish()
    .transform((value) => value || null)
    .refine((value) => value === null || isUuid(value), 'Choose the owner from the list.'),
  [taskFields.status]: z.enum(taskStatuses, { error: 'Choose a status from the list.' }),
  [taskFields.dueOn]: optionalDate('The due date').transform((value) => value ?? null),
  [taskFields.evidence]: optionalText('Evidence', EVIDENCE_MAX, { multiline: true })
    .transform((value) => value ?? null)
    .superRefine((value, context) => {
      const problem = value === null ? undefined : evidenceProblem(value);

      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});

/** Reads the task form's values, keyed by taskFields, into a task change or field errors. */
export function parseTaskForm(form: Record<string, unknown>): Parsed<TaskForm> {
  return parseForm(taskFormSchema, form) as Parsed<TaskForm>;
}
