import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { PersonRole } from '../../db/schema/index.js';
import { meetingInvitees, meetings, organizations, people } from '../../db/schema/index.js';
import type { AccessDecision } from '../access.js';
import { roleLabels } from '../access.js';
import { recordChange } from '../audit.js';
import { ValidationError } from '../errors.js';
import type { MeetingInput } from './meeting-form.js';

export type { MeetingForm, MeetingInput } from './meeting-form.js';
export { meetingKindLabels, meetingLimits, parseMeetingForm } from './meeting-form.js';

/** Roles that call meetings: the convener, chamber staff and school district staff. */
const organizerRoles: readonly PersonRole[] = ['convener', 'chamber', 'district'];

/** Decides whether a person may create a meeting. */
export function mayCreateMeeting(role: PersonRole): AccessDecision {
  if (organizerRoles.includes(role)) return { allowed: true };

  return {
    allowed: false,
    reason: `Your role (${roleLabels[role]}) cannot create meetings; the convener, chamber staff and school district staff can. Ask the convener for a role with \`/bridge join\`.`,
  };
}

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Stores a meeting and its invitees: the people chosen one by one and every person of each
 * chosen organization. A retried request with the same `sourceKey` returns the first meeting.
 * Throws ValidationError when a chosen district, person or organization is not the
 * partnership's.
 */
export async function createMeeting(
  db: Database,
  input: {
    partnershipId: string;
    createdBy: string;
    sourceKey: string;
    meeting: MeetingInput;
    now: Date;
  },
): Promise<{ id: string; created: boolean }> {
  return db.transaction(async (tx) => {
    const { personIds, organizationIds, ...fields } = input.meeting;

    await checkDistrict(tx, input.partnershipId, fields.districtId);
    const invitees = await expandInvitees(tx, input.partnershipId, personIds, organizationIds);
    const [inserted] = await tx
      .insert(meetings)
      .values({
        ...fields,
        partnershipId: input.partnershipId,
        createdBy: input.createdBy,
        sourceKey: input.sourceKey,
        createdAt: input.now,
      })
      .onConflictDoNothing({ target: meetings.sourceKey })
      .returning();

    if (!inserted) return { id: await findBySourceKey(tx, input.sourceKey), created: false };

    await tx.insert(meetingInvitees).values(
      invitees.map((invitee) => ({
        meetingId: inserted.id,
        personId: invitee.personId,
        organizationId: invitee.organizationId,
        invitedAt: input.now,
      })),
    );

    // The calendar token is a secret, so the audit log leaves it out.
    const { calendarToken: _token, ...audited } = inserted;

    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.createdBy,
      channel: 'slack',
      action: 'create',
      entityType: 'meeting',
      entityId: inserted.id,
      before: null,
      after: { ...audited, inviteeCount: invitees.length, organizationIds },
    });

    return { id: inserted.id, created: true };
  });
}

async function findBySourceKey(tx: Transaction, sourceKey: string): Promise<string> {
  const [existing] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(eq(meetings.sourceKey, sourceKey));

  if (!existing) throw new Error(`Meeting with source key ${sourceKey} vanished`);

  return existing.id;
}

async function checkDistrict(
  tx: Transaction,
  partnershipId: string,
  districtId: string | null,
): Promise<void> {
  if (!districtId) return;

  const [district] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, districtId),
        eq(organizations.partnershipId, partnershipId),
        eq(organizations.kind, 'school_district'),
      ),
    );

  if (!district) {
    throw new ValidationError({ districtId: 'That school district was not found; choose again.' });
  }
}

/**
 * Returns one invitee per person: those chosen directly (without an organization) and the
 * people of each chosen organization (with it). A person chosen both ways counts as direct.
 */
async function expandInvitees(
  tx: Transaction,
  partnershipId: string,
  personIds: string[],
  organizationIds: string[],
): Promise<Array<{ personId: string; organizationId: string | null }>> {
  const direct =
    personIds.length === 0
      ? []
      : await tx
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.partnershipId, partnershipId), inArray(people.id, personIds)));

  if (direct.length !== personIds.length) {
    throw new ValidationError({ personIds: 'A chosen person was not found; choose again.' });
  }

  const chosenOrganizations =
    organizationIds.length === 0
      ? []
      : await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(
            and(
              eq(organizations.partnershipId, partnershipId),
              inArray(organizations.id, organizationIds),
            ),
          );

  if (chosenOrganizations.length !== organizationIds.length) {
    throw new ValidationError({
      organizationIds: 'A chosen organization was not found; choose again.',
    });
  }

  const members =
    organizationIds.length === 0
      ? []
      : await tx
          .select({ personId: people.id, organizationId: people.organizationId })
          .from(people)
          .where(
            and(
              eq(people.partnershipId, partnershipId),
              inArray(people.organizationId, organizationIds),
            ),
          );
  const invitees = new Map<string, string | null>();

  for (const member of members) invitees.set(member.personId, member.organizationId);
  for (const person of direct) invitees.set(person.id, null);

  if (invitees.size === 0) {
    throw new ValidationError({
      organizationIds:
        'The chosen organizations have no people yet; add contacts or choose people.',
    });
  }

  return [...invitees].map(([personId, organizationId]) => ({ personId, organizationId }));
}

/** Records where the organizer's copy of a meeting was sent, so responses can update it. */
export async function setMeetingMessage(
  db: Database,
  input: { meetingId: string; channelId: string; messageTs: string },
): Promise<void> {
  await db
    .update(meetings)
    .set({ channelId: input.channelId, messageTs: input.messageTs })
    .where(eq(meetings.id, input.meetingId));
}

/** Records where an invitation was sent, so the response can update it. */
export async function setInvitationMessage(
  db: Database,
  input: { inviteeId: string; channelId: string; messageTs: string },
): Promise<void> {
  await db
    .update(meetingInvitees)
    .set({ channelId: input.channelId, messageTs: input.messageTs })
    .where(eq(meetingInvitees.id, input.inviteeId));
}
