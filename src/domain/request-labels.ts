import type { DonationStatus, WblRequestKind } from '../db/schema/index.js';

export const requestKindLabels: Record<WblRequestKind, string> = {
  guest_speaker: 'Guest speaker',
  facility_tour: 'Facility tour',
  mentor: 'Mentor',
  equipment: 'Equipment',
};

export const requestStatusLabels = {
  open: 'Open',
  sent: 'Sent to employers',
  accepted: 'Accepted',
  fulfilled: 'Fulfilled',
  cancelled: 'Cancelled',
} as const;

export const offerStatusLabels = {
  pending: 'Waiting for an answer',
  accepted: 'Accepted',
  declined: 'Declined',
} as const;

export const donationStatusLabels: Record<DonationStatus, string> = {
  offered: 'Offered',
  accepted: 'Accepted',
  scheduled: 'Scheduled',
  delivered: 'Delivered',
  declined: 'Declined',
};
