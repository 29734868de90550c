/** Every slash command, action id, callback id and block id that Bolt listens for or reads. */

export const SLASH_COMMAND = '/bridge';

export const actionIds = {
  rsvpGoing: 'rsvp_going',
  rsvpMaybe: 'rsvp_maybe',
  rsvpNotGoing: 'rsvp_not_going',
  homeNewOpportunity: 'home_new_opportunity',
  homeNewEvent: 'home_new_event',
  /** "Edit" on a directory card; the value names the record (see directoryRecordValue). */
  directoryEdit: 'directory_edit',
  /** "Show" beside each record a card's name matched; the value is from cardValue. */
  directoryCard: 'directory_card',
  /** "Add a need" and "Add a contact" on an employer card; the value is the employer id. */
  directoryAddNeed: 'directory_add_need',
  directoryAddContact: 'directory_add_contact',
  /** The convener's answer to a role request; the value is the request id. */
  joinApprove: 'join_approve',
  joinReject: 'join_reject',
  /** "Next" and "Previous" under a long list; the value carries the list and its offset. */
  listPage: 'list_page',
  /** The single input element inside each modal input block. */
  fieldValue: 'value',
} as const;

export const callbackIds = {
  opportunityNew: 'opportunity_new',
  eventNew: 'event_new',
  employerForm: 'employer_form',
  programForm: 'program_form',
  contactForm: 'contact_form',
  needForm: 'need_form',
  join: 'join',
  loading: 'loading',
} as const;

/** Block ids of the opportunity modal's inputs; each matches a field of the opportunity form. */
export const opportunityBlocks = {
  employerId: 'employerId',
  newEmployerName: 'newEmployerName',
  type: 'type',
  title: 'title',
  description: 'description',
  careerCluster: 'careerCluster',
  slots: 'slots',
  paid: 'paid',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  location: 'location',
} as const;

/** Block ids of the event modal's inputs; each matches a field of the event form. */
export const eventBlocks = {
  title: 'title',
  kind: 'kind',
  startDate: 'startDate',
  startTime: 'startTime',
  endDate: 'endDate',
  endTime: 'endTime',
  venue: 'venue',
  capacity: 'capacity',
  description: 'description',
  channelId: 'channelId',
} as const;

/**
 * Block ids of the `/bridge join` modal's inputs, keyed by the join request's fields. The
 * organization picker loads options from Bridge, so its id is unique among option listeners.
 */
export const joinBlocks = {
  organizationId: 'joinOrganization',
  role: 'joinRole',
} as const;

/**
 * Block ids of the directory forms' inputs. Each key is a field of the record's form; pickers
 * that load options from Bridge have ids of their own, since app.options matches by block id.
 */
export const employerBlocks = {
  name: 'name',
  naicsCode: 'naicsCode',
  size: 'size',
  address: 'address',
  zip: 'zip',
} as const;

export const programBlocks = {
  campusId: 'programCampus',
  name: 'name',
  careerCluster: 'careerCluster',
  cipCode: 'cipCode',
  socCodes: 'socCodes',
  lowestGrade: 'lowestGrade',
  highestGrade: 'highestGrade',
  enrollment: 'enrollment',
  certifications: 'certifications',
  wblOffered: 'wblOffered',
  wblMissing: 'wblMissing',
} as const;

export const contactBlocks = {
  name: 'name',
  title: 'title',
  organizationId: 'contactOrganization',
  email: 'email',
  phone: 'phone',
  role: 'role',
  confirmed: 'confirmed',
} as const;

export const needBlocks = {
  employerId: 'needEmployer',
  occupationTitle: 'occupationTitle',
  socCode: 'socCode',
  skills: 'skills',
  openingsPerYear: 'openingsPerYear',
  timeFrame: 'timeFrame',
} as const;

/** Directory records that have a form and a card. */
export const directoryRecords = ['employer', 'program', 'contact', 'need'] as const;

export type DirectoryRecord = (typeof directoryRecords)[number];

/** The value of a directory card's "Edit" button. */
export function directoryRecordValue(record: DirectoryRecord, id: string): string {
  return `${record}:${id}`;
}

/** Reads an "Edit" button's value; anything else gives undefined. */
export function parseDirectoryRecordValue(
  value: string,
): { record: DirectoryRecord; id: string } | undefined {
  const [record, id, ...rest] = value.split(':');

  if (rest.length > 0 || !id || !directoryRecords.includes(record as DirectoryRecord))
    return undefined;

  return { record: record as DirectoryRecord, id };
}

/** Records that `/bridge <record> <name>` shows as a card. */
export const cardRecords = ['employer', 'program', 'district'] as const;

export type CardRecordName = (typeof cardRecords)[number];

/** Builds the value of a "Show" button that opens a record's card. */
export function cardValue(record: CardRecordName, id: string): string {
  return `${record}:${id}`;
}

/** Reads a "Show" button's value; anything else gives undefined. */
export function parseCardValue(value: string): { record: CardRecordName; id: string } | undefined {
  const [record, id, ...rest] = value.split(':');

  if (rest.length > 0 || !id || !cardRecords.includes(record as CardRecordName)) return undefined;

  return { record: record as CardRecordName, id };
}
