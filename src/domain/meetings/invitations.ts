import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { meetingInvitees, meetings } from '../../db/schema/index.js';
import { recordChange } from '../audit.js';
import { isUuid } from '../record-owners.js';

export type InvitationAnswer = 'accepted' | 'declined';

export type InvitationResult =
  | { outcome: 'recorded' | 'unchanged'; inviteeId: string }
  | { outcome: 'not_found' | 'not_invited' | 'ended' };

/**
 * Records a person's response to their own invitation, which they may change until the meeting
 * ends. Only the invited person can respond, because the row is found by their person id. The
 * invitation row stays locked from the read to the write, so the audit's before is exact.
 */
export async function answerInvitation(
  db: Database,
  input: {
    partnershipId: string;
    meetingId: string;
    personId: string;
    answer: InvitationAnswer;
    now: Date;
  },
): Promise<InvitationResult> {
  if (!isUuid(input.meetingId)) return { outcome: 'not_found' };

  return db.transaction(async (tx) => {
    const [meeting] = await tx
      .select({ endsAt: meetings.endsAt })
      .from(meetings)
      .where(
        and(eq(meetings.id, input.meetingId), eq(meetings.partnershipId, input.partnershipId)),
      );

    if (!meeting) return { outcome: 'not_found' as const };

    const [invitation] = await tx
      .select({
        id: meetingInvitees.id,
        response: meetingInvitees.response,
        respondedAt: meetingInvitees.respondedAt,
      })
      .from(meetingInvitees)
      .where(
        and(
          eq(meetingInvitees.meetingId, input.meetingId),
          eq(meetingInvitees.personId, input.personId),
        ),
      )
      .for('update');

    if (!invitation) return { outcome: 'not_invited' as const };
    if (meeting.endsAt <= input.now) return { outcome: 'ended' as const };
    if (invitation.response === input.answer) {
      return { outcome: 'unchanged' as const, inviteeId: invitation.id };
    }

    await tx
      .update(meetingInvitees)
      .set({ response: input.answer, respondedAt: input.now })
      .where(eq(meetingInvitees.id, invitation.id));
    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.personId,
      channel: 'slack',
      action: 'update',
      entityType: 'meeting_invitee',
      entityId: invitation.id,
      before: { response: invitation.response, respondedAt: invitation.respondedAt },
      after: { response: input.answer, respondedAt: input.now },
    });

    return { outcome: 'recorded' as const, inviteeId: invitation.id };
  });
}
