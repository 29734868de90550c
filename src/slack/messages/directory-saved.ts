import type { KnownBlock } from '@slack/types';
import { DateTime } from 'luxon';
import type { WblType } from '../../db/schema/index.js';
import { roleLabels } from '../../domain/access.js';
import { naicsSectorName } from '../../domain/directory/naics.js';
import type { ContactRecord } from '../../domain/directory-records/contacts.js';
import type { EmployerRecord } from '../../domain/directory-records/employers.js';
import type { NeedRecord } from '../../domain/directory-records/needs.js';
import type { ProgramRecord } from '../../domain/directory-records/programs.js';
import { opportunityTypeLabels } from '../../domain/labels.js';
import { escapeMrkdwn, escapeMrkdwnWithin, mrkdwn } from '../text.js';
import { employerSizeLabels } from '../views/directory-modals/employer-modal.js';
import type { SlackMessage } from './help.js';

/** Outcome of a directory form's save. */
export type SaveOutcome = 'created' | 'updated' | 'unchanged';

/** The longest typed value a detail line shows, so the section stays within Slack's limit. */
const VALUE_MAX = 400;

/** Renders the confirmation after an employer form is saved. */
export function renderEmployerSaved(employer: EmployerRecord, outcome: SaveOutcome): SlackMessage {
  const sector = employer.naicsCode ? naicsSectorName(employer.naicsCode) : undefined;

  return savedMessage(outcome, `the employer *${value(employer.name)}*`, [
    ['NAICS code', employer.naicsCode && `${employer.naicsCode} (${sector ?? 'unknown sector'})`],
    ['Size', employer.size && employerSizeLabels[employer.size]],
    ['Address', employer.address && value(employer.address)],
    ['ZIP code', employer.zip && zipLine(employer)],
  ]);
}

function zipLine(employer: EmployerRecord): string {
  if (employer.latitude !== null) return `${employer.zip}, shown on the map`;

  return `${employer.zip}, not in Bridge's ZIP code table, so the employer is not on the map`;
}

/** Renders the confirmation after a program form is saved. */
export function renderProgramSaved(program: ProgramRecord, outcome: SaveOutcome): SlackMessage {
  return savedMessage(outcome, `the program *${value(program.name)}*`, [
    ['Campus', value(program.campusName)],
    ['Career cluster', value(program.careerCluster)],
    ['CIP code', program.cipCode],
    ['SOC codes', list(program.socCodes)],
    ['Grades', gradeRange(program)],
    ['Enrollment', program.enrollment?.toString()],
    ['Certifications', list(program.certifications)],
    ['Work-based learning offered', wblList(program.wblOffered)],
    ['Work-based learning missing', wblList(program.wblMissing)],
  ]);
}

function gradeRange(program: ProgramRecord): string | undefined {
  const { lowestGrade: lowest, highestGrade: highest } = program;

  if (lowest !== null && highest !== null) return `${lowest} to ${highest}`;
  if (lowest !== null) return `from ${lowest}`;
  if (highest !== null) return `up to ${highest}`;

  return undefined;
}

/** Renders the confirmation after a contact form is saved; dates show in `timeZone`. */
export function renderContactSaved(
  contact: ContactRecord,
  outcome: SaveOutcome,
  timeZone: string,
): SlackMessage {
  const confirmed =
    contact.confirmedAt &&
    DateTime.fromJSDate(contact.confirmedAt, { zone: timeZone }).toFormat('d LLL yyyy');

  return savedMessage(outcome, `the contact *${value(contact.name)}*`, [
    ['Organization', contact.organization && value(contact.organization.name)],
    ['Job title', contact.title && value(contact.title)],
    ['Email', contact.email && value(contact.email)],
    ['Phone', contact.phone && value(contact.phone)],
    ['Role', roleLabels[contact.role]],
    ['Last confirmed', confirmed],
  ]);
}

/** Renders the confirmation after an industry need form is saved. */
export function renderNeedSaved(need: NeedRecord, outcome: SaveOutcome): SlackMessage {
  const subject = `the need for *${value(need.occupationTitle)}* at *${value(need.employerName)}*`;

  return savedMessage(outcome, subject, [
    ['SOC code', need.socCode],
    ['Skills', list(need.skills)],
    ['Openings per year', need.openingsPerYear?.toString()],
    ['Time frame', need.timeFrame && value(need.timeFrame)],
  ]);
}

type DetailLine = [label: string, shown: string | null | undefined];

function savedMessage(outcome: SaveOutcome, subject: string, details: DetailLine[]): SlackMessage {
  const headline = {
    created: `Added ${subject}.`,
    updated: `Saved your changes to ${subject}.`,
    unchanged: `Nothing changed in ${subject}, so nothing was saved.`,
  }[outcome];
  const lines = details
    .filter((line): line is [string, string] => typeof line[1] === 'string' && line[1] !== '')
    .map(([label, shown]) => `${label}: ${shown}`);
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(headline) }];

  if (lines.length > 0) blocks.push({ type: 'section', text: mrkdwn(lines.join('\n')) });

  return { text: [headline, ...lines].join('\n'), blocks };
}

function value(text: string): string {
  return escapeMrkdwnWithin(text, VALUE_MAX);
}

function list(items: readonly string[]): string | undefined {
  return items.length > 0 ? escapeMrkdwnWithin(items.join(', '), VALUE_MAX) : undefined;
}

function wblList(types: readonly string[]): string | undefined {
  const labels = types.map((type) => opportunityTypeLabels[type as WblType] ?? type);

  return labels.length > 0 ? escapeMrkdwn(labels.join(', ')) : undefined;
}
