/** Every slash command, action id, callback id and block id that Bolt listens for or reads. */

export const SLASH_COMMAND = '/bridge';

export const actionIds = {
  rsvpGoing: 'rsvp_going',
  rsvpMaybe: 'rsvp_maybe',
  rsvpNotGoing: 'rsvp_not_going',
  homeNewOpportunity: 'home_new_opportunity',
  homeNewEvent: 'home_new_event',
  /** The single input element inside each modal input block. */
  fieldValue: 'value',
} as const;

export const callbackIds = {
  opportunityNew: 'opportunity_new',
  eventNew: 'event_new',
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
