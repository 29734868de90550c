import type { EventKind, OpportunityType, RsvpStatus } from '../db/schema/index.js';

export const opportunityTypeLabels: Record<OpportunityType, string> = {
  internship: 'Internship',
  apprenticeship: 'Apprenticeship',
  mentorship: 'Mentorship',
  job_shadow: 'Job shadow',
  facility_tour: 'Facility tour',
  guest_speaker: 'Guest speaker',
  equipment_donation: 'Equipment donation',
  other: 'Other',
};

export const eventKindLabels: Record<EventKind, string> = {
  career_fair: 'Career fair',
  wbl_showcase: 'WBL showcase',
  guest_speaker: 'Guest speaker',
  facility_tour: 'Facility tour',
  educator_session: 'Educator session',
  chamber_member_session: 'Chamber member session',
  other: 'Other',
};

export const rsvpStatusLabels: Record<RsvpStatus, string> = {
  going: 'Going',
  maybe: 'Maybe',
  not_going: "Can't go",
  waitlisted: 'On the waitlist',
};
