/** Every slash command, action id, callback id and block id that Bolt listens for or reads. */

export const SLASH_COMMAND = '/bridge';

export const actionIds = {
  rsvpGoing: 'rsvp_going',
  rsvpMaybe: 'rsvp_maybe',
  rsvpNotGoing: 'rsvp_not_going',
  /** "Booths", "Check in" and "Give feedback" on an event's messages; the value is the event id. */
  eventBooths: 'event_booths',
  eventCheckIn: 'event_check_in',
  eventFeedback: 'event_feedback',
  /** "Add to calendar" on an announcement: a link button, acknowledged without other work. */
  eventCalendar: 'event_calendar',
  homeNewOpportunity: 'home_new_opportunity',
  homeNewEvent: 'home_new_event',
  /** "Edit" on a directory card; the value names the record (see directoryRecordValue). */
  directoryEdit: 'directory_edit',
  /** "Show" beside each record a card's name matched; the value is from cardValue. */
  directoryCard: 'directory_card',
  /** "Add a need" and "Add a contact" on an employer card; the value is the employer id. */
  directoryAddNeed: 'directory_add_need',
  directoryAddContact: 'directory_add_contact',
  /** The convener's decision on a role request; the value is the request id. */
  joinApprove: 'join_approve',
  joinReject: 'join_reject',
  /** "Send to <employer>" under a request; the value is from requestSendValue. */
  requestSend: 'request_send',
  /** Accept and Decline on a request sent to an employer; the value is the offer id. */
  requestOfferAccept: 'request_offer_accept',
  requestOfferDecline: 'request_offer_decline',
  /** A status button under a donation (suffixed `_<status>`); the value is the donation id. */
  donationMove: 'donation_move',
  /** "Add a seat" under `/bridge committee`, and "Remove" beside a seat (the value is its id). */
  committeeAdd: 'committee_add',
  committeeRemove: 'committee_remove',
  /** The menu beside a task in `/bridge plan`; each option's value is from planTaskValue. */
  planTaskMenu: 'plan_task_menu',
  /** A status button (suffixed `_<status>`) and "Edit" under a task on the Home tab. */
  planTaskStatus: 'plan_task_status',
  planTaskEdit: 'plan_task_edit',
  /** "Phase 1" to "Phase 6" under `/bridge plan` (suffixed `_<number>`); the value is the number. */
  planPhase: 'plan_phase',
  /** A convener's decision on a success story; the value is the story id. */
  storyApprove: 'story_approve',
  storyReject: 'story_reject',
  /** Accept and Decline in a meeting invitation; the value is the meeting id. */
  meetingAccept: 'meeting_accept',
  meetingDecline: 'meeting_decline',
  /** "Record outcome" on a meeting's message; the value is the meeting id. */
  meetingRecordOutcome: 'meeting_record_outcome',
  /** "Add to calendar" on a meeting's messages: a link button, acknowledged without other work. */
  meetingCalendar: 'meeting_calendar',
  /** "Done" beside an action item on the Home tab; the value is the action item id. */
  actionItemDone: 'action_item_done',
  /** "Next" and "Previous" under a long list; the value carries the list and its offset. */
  listPage: 'list_page',
  /** "Request…" beside a program under `/bridge gaps`; the option value is "<program id>|<kind>". */
  gapRequest: 'gap_request',
  /** The single input element inside each modal input block. */
  fieldValue: 'value',
  /** "Log a contact", "Update outreach" and "Capacity survey" on a card; the value is the employer id. */
  outreachLogContact: 'outreach_log_contact',
  outreachUpdate: 'outreach_update',
  capacitySurvey: 'capacity_survey',
  /** "Snooze a week", "Turn off" and "Turn on" for one kind of reminder; the value is the kind. */
  reminderSnooze: 'reminder_snooze',
  reminderOff: 'reminder_off',
  reminderOn: 'reminder_on',
  /** "Turn off" under a weekly role digest in a direct message. */
  digestTurnOff: 'digest_turn_off',
} as const;

export const callbackIds = {
  opportunityNew: 'opportunity_new',
  requestNew: 'request_new',
  donationNew: 'donation_new',
  eventNew: 'event_new',
  eventBooths: 'event_booths',
  eventCheckIn: 'event_check_in',
  eventFeedback: 'event_feedback',
  employerForm: 'employer_form',
  programForm: 'program_form',
  contactForm: 'contact_form',
  needForm: 'need_form',
  join: 'join',
  committeeSeat: 'committee_seat',
  planTask: 'plan_task',
  storyNew: 'story_new',
  meetingNew: 'meeting_new',
  meetingOutcome: 'meeting_outcome',
  /** The message shortcut that starts a meeting outcome from any message. */
  meetingOutcomeFromMessage: 'meeting_outcome_from_message',
  loading: 'loading',
  outreachContact: 'outreach_contact',
  outreachUpdate: 'outreach_update',
  capacitySurvey: 'capacity_survey',
  digestSettings: 'digest_settings',
} as const;

/** Block ids of the weekly digest settings modal; each matches a field of the settings form. */
export const digestSettingsBlocks = {
  channelId: 'digestChannel',
  weekday: 'digestWeekday',
  time: 'digestTime',
  timeZone: 'digestTimeZone',
  weekStartsOn: 'digestWeekStart',
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
  isPilot: 'isPilot',
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
 * Block ids of the event organizer's and attendees' modals. The pickers load options from
 * Bridge, so their ids are unique among option listeners.
 */
export const eventBoothBlocks = {
  programIds: 'boothPrograms',
  organizationIds: 'boothOrganizations',
} as const;

export const checkInBlocks = {
  attendeeIds: 'checkInAttendees',
  walkInUserIds: 'checkInWalkIns',
} as const;

export const feedbackBlocks = {
  rating: 'feedbackRating',
  comment: 'feedbackComment',
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

/** Builds the value of a directory card's "Edit" button. */
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

/** Block ids of the "Log a contact" modal; each matches a field of the contact form. */
export const outreachContactBlocks = {
  channel: 'channel',
  contactedOn: 'contactedOn',
  summary: 'summary',
  stage: 'stage',
  nextFollowUpOn: 'nextFollowUpOn',
} as const;

/** Block ids of the "Update outreach" modal; the owner is a Slack user picker. */
export const outreachUpdateBlocks = {
  stage: 'stage',
  ownerPersonId: 'outreachOwner',
  nextFollowUpOn: 'nextFollowUpOn',
} as const;

/** Block ids of the capacity survey modal; each matches a field of the survey. */
export const capacityBlocks = {
  interns: 'interns',
  apprentices: 'apprentices',
  mentors: 'mentors',
  jobShadows: 'jobShadows',
  tourGroupSize: 'tourGroupSize',
  guestSpeakers: 'guestSpeakers',
  equipment: 'equipment',
  seasons: 'seasons',
  careerClusters: 'careerClusters',
} as const;

/** Block ids of the committee seat modal; the person picker loads its options from Bridge. */
export const committeeSeatBlocks = {
  personId: 'committeePerson',
  group: 'committeeGroup',
} as const;

/** Block ids of the plan task modal; the owner picker loads its options from Bridge. */
export const planTaskBlocks = {
  ownerPersonId: 'planTaskOwner',
  status: 'planTaskStatus',
  dueOn: 'planTaskDue',
  evidence: 'planTaskEvidence',
} as const;

/** Block ids of the success story modal; both pickers load their options from Bridge. */
export const storyBlocks = {
  title: 'storyTitle',
  story: 'storyText',
  organizationIds: 'storyOrganizations',
  programIds: 'storyPrograms',
} as const;

/**
 * Block ids of the meeting modal's inputs, keyed by the meeting form's fields. Pickers that load
 * options from Bridge have ids of their own, since app.options matches by block id.
 */
export const meetingBlocks = {
  title: 'title',
  kind: 'kind',
  startDate: 'startDate',
  startTime: 'startTime',
  endDate: 'endDate',
  endTime: 'endTime',
  location: 'location',
  districtId: 'meetingDistrict',
  personIds: 'meetingPeople',
  organizationIds: 'meetingOrganizations',
} as const;

/**
 * Block ids of the meeting outcome modal's inputs, keyed by the outcome form's fields. The
 * action item rows use the form's own names (actionOwner1, actionText1, actionDue1, …); their
 * owner pickers load people from Bridge, as the attendee picker does for a chosen meeting.
 */
export const outcomeBlocks = {
  meetingId: 'outcomeMeeting',
  attendeeIds: 'outcomeAttendees',
  summary: 'summary',
  decisions: 'decisions',
  employerId: 'outcomeEmployer',
  employerStage: 'outcomeStage',
} as const;

/**
 * Block ids of the request modal's inputs, keyed by the request form's fields. The program
 * picker loads options from Bridge when there are many, so its id is unique among option listeners.
 */
export const requestBlocks = {
  programId: 'requestProgram',
  kind: 'requestKind',
  details: 'requestDetails',
  groupSize: 'requestGroupSize',
  neededBy: 'requestNeededBy',
} as const;

/** Block ids of the donation modal's inputs; both pickers may load options from Bridge. */
export const donationBlocks = {
  employerId: 'donationEmployer',
  description: 'donationDescription',
  quantity: 'donationQuantity',
  programId: 'donationProgram',
} as const;

/** Builds the value of a "Send to <employer>" button. */
export function requestSendValue(requestId: string, employerId: string): string {
  return `${requestId}:${employerId}`;
}

/** Reads a "Send to <employer>" button's value; anything else gives undefined. */
export function parseRequestSendValue(
  value: string,
): { requestId: string; employerId: string } | undefined {
  const [requestId, employerId, ...rest] = value.split(':');

  if (rest.length > 0 || !requestId || !employerId) return undefined;

  return { requestId, employerId };
}
