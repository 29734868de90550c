import type { PlanPhase } from '../db/schema/index.js';

/** A phase of the partnership framework with the tasks its implementation plan lists. */
export interface PlanTemplatePhase {
  phase: PlanPhase;
  /** The phase's name as the framework gives it, such as "Alignment of needs". */
  name: string;
  tasks: readonly string[];
}

/**
 * The six phases of the education–industry partnership framework and the tasks each lists, in
 * the framework's order. Every new partnership starts its plan from these.
 */
export const planTemplate: readonly PlanTemplatePhase[] = [
  {
    phase: 'establishment',
    name: 'Establishment',
    tasks: [
      'Seat a steering committee with members from the chamber, the school districts and the workforce board',
      "Hold the introduction meeting to agree on the partnership's goals, expectations and each partner's role",
      'Reach out to employers and record their interest and capacity for work-based learning',
      'Collect data on secondary CTE programs, the work-based learning they offer and where it is missing',
      'Study how close campuses are to each other to judge whether programs and students can be shared',
    ],
  },
  {
    phase: 'alignment_of_needs',
    name: 'Alignment of needs',
    tasks: [
      'Meet the employers with interest and capacity to learn their needs and what they can contribute',
      'Give the school districts current employer contacts and keep them up to date',
      'Send the school district the contact details of employers who do not answer meeting invitations',
      'Track employer interest, meeting outcomes and partnerships in the shared database',
      'Host a work-based learning presentation for chamber members and CTE staff, then networking at CTE program booths',
    ],
  },
  {
    phase: 'program_development',
    name: 'Program development',
    tasks: [
      'Find where curricula should align with industry and develop programs for it',
      'Launch pilot internships, apprenticeships and mentorships',
      'Plan career events, guest speakers and facility tours for students',
      'Arrange equipment donations to CTE classrooms',
    ],
  },
  {
    phase: 'rollout_and_scaling',
    name: 'Rollout and scaling',
    tasks: [
      'Bring in more industry partners, and more kinds of them',
      "Promote the partnership's successes to attract more stakeholders",
    ],
  },
  {
    phase: 'continuous_improvement',
    name: 'Continuous improvement',
    tasks: [
      "Set up a regular review of the initiatives' impact",
      'Adapt and refine programs based on feedback and data',
      'Keep partners engaged and supported so that the collaboration lasts and grows',
    ],
  },
  {
    phase: 'communication_strategy',
    name: 'Communication strategy',
    tasks: [
      'Write a communication plan that keeps every stakeholder informed and engaged',
      'Share updates and success stories through newsletters, social media and community events',
      'Set up an online space for shared resources, collaboration and information',
    ],
  },
];

/** Returns the phase's number in the framework, 1 to 6. */
export function phaseNumber(phase: PlanPhase): number {
  return planTemplate.findIndex((entry) => entry.phase === phase) + 1;
}

/** Returns the phase's name, such as "Program development". */
export function phaseName(phase: PlanPhase): string {
  return planTemplate.find((entry) => entry.phase === phase)?.name ?? phase;
}

/** Returns the phase with this number (1 to 6), or undefined. */
export function phaseOfNumber(position: number): PlanPhase | undefined {
  return planTemplate[position - 1]?.phase;
}
