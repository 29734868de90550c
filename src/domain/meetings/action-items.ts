import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { PersonRole } from '../../db/schema/index.js';
import { actionItems, meetings } from '../../db/schema/index.js';
import { recordChange } from '../audit.js';
import { isUuid } from '../record-owners.js';

export interface OpenActionItem {
  id: string;
  description: string;
  dueOn: string | null;
  meetingTitle: string | null;
}

/** Lists a person's open action items, those due first (undated last), with how many there are. */
export async function listOpenActionItems(
  db: Database,
  query: { partnershipId: string; personId: string; limit: number },
): Promise<{ items: OpenActionItem[]; total: number }> {
  const where = and(
    eq(actionItems.partnershipId, query.partnershipId),
    eq(actionItems.ownerPersonId, query.personId),
    eq(actionItems.status, 'open'),
  );
  const items = await db
    .select({
      id: actionItems.id,
      description: actionItems.description,
      dueOn: actionItems.dueOn,
      meetingTitle: meetings.title,
    })
    .from(actionItems)
    .leftJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(where)
    .orderBy(sql`${actionItems.dueOn} asc nulls last`, asc(actionItems.createdAt))
    .limit(query.limit);
  const [total] = await db.select({ value: count() }).from(actionItems).where(where);

  return { items, total: total?.value ?? items.length };
}

export type ActionItemDoneResult =
  | { outcome: 'done' | 'already_done'; description: string; ownerPersonId: string }
  | { outcome: 'not_found' }
  | { outcome: 'forbidden'; reason: string };

/** Marks an action item done; only its owner or the convener may, and the change is audited. */
export async function markActionItemDone(
  db: Database,
  input: {
    partnershipId: string;
    actionItemId: string;
    actor: { personId: string; role: PersonRole };
    now: Date;
  },
): Promise<ActionItemDoneResult> {
  if (!isUuid(input.actionItemId)) return { outcome: 'not_found' };

  return db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(actionItems)
      .where(
        and(
          eq(actionItems.id, input.actionItemId),
          eq(actionItems.partnershipId, input.partnershipId),
        ),
      )
      .for('update');

    if (!item) return { outcome: 'not_found' as const };

    const { description, ownerPersonId } = item;

    if (ownerPersonId !== input.actor.personId && input.actor.role !== 'convener') {
      return {
        outcome: 'forbidden' as const,
        reason: 'Only the owner of this action item or the convener can mark it done.',
      };
    }

    if (item.status === 'done')
      return { outcome: 'already_done' as const, description, ownerPersonId };

    await tx
      .update(actionItems)
      .set({ status: 'done', doneAt: input.now })
      .where(eq(actionItems.id, item.id));
    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.actor.personId,
      channel: 'slack',
      action: 'update',
      entityType: 'action_item',
      entityId: item.id,
      before: { status: item.status, doneAt: item.doneAt },
      after: { status: 'done', doneAt: input.now },
    });

    return { outcome: 'done' as const, description, ownerPersonId };
  });
}
