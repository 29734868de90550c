import type { ContactChannel, OutreachStage, Season } from '../../db/schema/index.js';

export const outreachStageLabels: Record<OutreachStage, string> = {
  not_contacted: 'Not contacted',
  contacted: 'Contacted',
  interested: 'Interested',
  meeting_scheduled: 'Meeting scheduled',
  partnered: 'Partnered',
  declined: 'Declined',
  unresponsive: 'Unresponsive',
};

export const contactChannelLabels: Record<ContactChannel, string> = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  note: 'Note',
};

export const seasonLabels: Record<Season, string> = {
  fall: 'Fall',
  winter: 'Winter',
  spring: 'Spring',
  summer: 'Summer',
};
