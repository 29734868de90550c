import type {
  OrganizationKind,
  OutreachStage,
  PlanPhase,
  StakeholderGroup,
  TaskStatus,
  WblRequestKind,
  WblType,
} from '../../db/schema/index.js';
import type { DigestWeek } from './week.js';

/** The first entries of a list and how many there are in all, so a reader sees what was left. */
export interface Listed<Entry> {
  entries: Entry[];
  total: number;
}

/** Most entries a digest reads for one list; the total still counts every row. */
export const DIGEST_LIST_MAX = 100;

export interface PersonRef {
  id: string;
  name: string;
  slackUserId: string | null;
}

export interface MovedTask {
  id: string;
  title: string;
  /** The status before the first change this week, or null when the task is new. */
  from: TaskStatus | null;
  to: TaskStatus;
}

export interface PhaseDigest {
  phase: PlanPhase;
  done: number;
  total: number;
  blocked: number;
  /** Tasks whose status changed this week. */
  moved: MovedTask[];
}

export interface NewThisWeek {
  organizations: Listed<{ id: string; name: string; kind: OrganizationKind }>;
  opportunities: Listed<{
    id: string;
    title: string;
    employerName: string;
    type: string;
    slots: number;
  }>;
  programs: Listed<{ id: string; name: string; campusName: string }>;
  committeeSeats: Listed<{ id: string; personName: string; group: StakeholderGroup }>;
}

export interface UpcomingEvent {
  id: string;
  title: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  going: number;
  maybe: number;
  waitlisted: number;
  booths: number;
}

export interface HeldMeeting {
  id: string;
  title: string;
  startsAt: Date;
  /** Null when nobody has recorded the outcome yet. */
  summary: string | null;
  decisions: string | null;
}

export interface DueActionItem {
  id: string;
  description: string;
  dueOn: string;
  overdue: boolean;
  owner: PersonRef;
}

export interface EmployerFollowUp {
  employerId: string;
  name: string;
  /** YYYY-MM-DD, or null for an employer that went unresponsive without a follow-up date. */
  nextFollowUpOn: string | null;
  owner: PersonRef | null;
}

export interface ApprovedStory {
  id: string;
  title: string;
  story: string;
}

/** Programs that offer and that lack one kind of work-based learning. */
export interface WblCoverage {
  offering: number;
  lacking: number;
}

/** The key figures a digest compares week over week; stored as jsonb in digest_figures. */
export interface DigestFigures {
  /** Employers whose outreach stage is contacted, interested, meeting scheduled or partnered. */
  employersEngaged: number;
  openOpportunities: number;
  openSlots: number;
  /** Events that start after the digest's moment. */
  upcomingEvents: number;
  programs: number;
  wbl: Record<WblType, WblCoverage>;
}

export interface OpenRequest {
  id: string;
  kind: WblRequestKind;
  status: 'open' | 'sent';
  programName: string;
  campusName: string;
  /** The district of the program's campus, or the campus itself when it has no district. */
  districtId: string;
  careerCluster: string;
  groupSize: number | null;
  neededBy: string | null;
}

/** Lacking programs per district and kind of work-based learning. */
export interface ProgramGap {
  districtId: string;
  wblType: WblType;
  lacking: number;
}

/** Items waiting for a convener's decision. */
export interface PendingDecisions {
  roleRequests: Listed<{
    id: string;
    personName: string;
    organizationName: string;
    role: string;
  }>;
  stories: Listed<{ id: string; title: string }>;
  blockedTasks: Listed<{ id: string; title: string; owner: PersonRef | null }>;
}

/**
 * A partnership's weekly digest as plain data, read from the database at `week.end`. Renderers
 * for each chat platform turn it into messages.
 */
export interface Digest {
  partnershipId: string;
  partnershipName: string;
  timeZone: string;
  week: DigestWeek;
  phases: PhaseDigest[];
  added: NewThisWeek;
  /** Events in the 14 days after the digest's moment. */
  upcomingEvents: Listed<UpcomingEvent>;
  meetings: Listed<HeldMeeting>;
  /** Open action items due in the next 7 days or overdue, overdue first. */
  actionItems: Listed<DueActionItem>;
  awaitingFollowUp: Listed<EmployerFollowUp>;
  wentUnresponsive: Listed<EmployerFollowUp>;
  story: ApprovedStory | null;
  figures: DigestFigures;
  /** Last week's figures, or null when no digest stored them. */
  previousFigures: DigestFigures | null;
  pipeline: Record<OutreachStage, number>;
  openRequests: Listed<OpenRequest>;
  programGaps: ProgramGap[];
  decisions: PendingDecisions;
}

/** Days ahead that a digest lists events for. */
export const UPCOMING_EVENT_DAYS = 14;

/** Days ahead that a digest lists action items as due. */
export const ACTION_ITEM_DAYS = 7;
