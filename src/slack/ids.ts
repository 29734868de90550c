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
