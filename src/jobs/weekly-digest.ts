import { MAX_DELIVERY_ATTEMPTS } from '../domain/deliveries.js';
import { buildDigest } from '../domain/digest/build-digest.js';
import { storeFigures } from '../domain/digest/figures.js';
import type { DeliveryState } from '../domain/digest/recipients.js';
import { listDigestReaders, readDigestDeliveries } from '../domain/digest/recipients.js';
import type { DigestReader } from '../domain/digest/role-digest.js';
import { buildRoleDigest } from '../domain/digest/role-digest.js';
import type { PartnershipDigestSchedule } from '../domain/digest/schedules.js';
import { hasStoredFigures, listDigestSchedules } from '../domain/digest/schedules.js';
import { digestMoment, digestWeek } from '../domain/digest/week.js';
import { renderChannelDigest } from '../slack/messages/digest.js';
import { renderRoleDigest } from '../slack/messages/role-digest.js';
import { deliverMessages, deliverThread } from './digest-delivery.js';
import type { JobContext, ScheduledJob } from './scheduler.js';

/**
 * Sends each partnership's weekly digest once its moment of the week has come: the channel
 * digest, then each reader's role digest by direct message. Every message is claimed with a
 * key for the ISO week, so a run after the moment (Bridge was down, or a later tick) sends
 * what is still due and nothing twice.
 */
export const weeklyDigestJob: ScheduledJob = {
  name: 'weekly-digest',
  schedule: '*/5 * * * *',
  run: sendWeeklyDigests,
};

async function sendWeeklyDigests(context: JobContext, now: Date): Promise<void> {
  const logger = context.deps.logger.child({ job: 'weekly-digest' });
  const schedules = await listDigestSchedules(context.deps.db);

  for (const schedule of schedules) {
    try {
      await sendPartnershipDigests(context, schedule, now);
    } catch (error) {
      logger.error(
        { err: error, partnershipId: schedule.partnershipId },
        'Sending the weekly digest failed; the next run tries again',
      );
    }
  }
}

/** Returns whether a delivery that is not sent yet may be taken now. */
function mayRetry(state: DeliveryState | undefined, now: Date): boolean {
  if (!state) return true;
  if (state.status === 'sent') return false;

  return state.nextAttemptAt <= now && state.attempts < MAX_DELIVERY_ATTEMPTS;
}

async function sendPartnershipDigests(
  context: JobContext,
  schedule: PartnershipDigestSchedule,
  now: Date,
): Promise<void> {
  const { db } = context.deps;

  if (now < digestMoment(now, schedule)) return;

  const { period } = digestWeek(now, schedule);
  const { partnershipId, digestChannelId } = schedule;
  const [before, readers, figuresStored] = await Promise.all([
    readDigestDeliveries(db, { partnershipId, period }),
    listDigestReaders(db, partnershipId),
    hasStoredFigures(db, { partnershipId, period }),
  ]);
  const head = digestChannelId ? before.get(`channel_digest:${digestChannelId}`) : undefined;
  const channelDue =
    digestChannelId !== null && !figuresStored && (head?.status === 'sent' || mayRetry(head, now));
  const readersDue = readers.filter((reader) =>
    mayRetry(before.get(`role_digest:${reader.id}`), now),
  );

  if (!channelDue && readersDue.length === 0) return;

  const digest = await buildDigest(db, { partnershipId, now });
  const logger = context.deps.logger.child({ job: 'weekly-digest', partnershipId, period });

  if (channelDue && digestChannelId) {
    const complete = await deliverThread(db, {
      key: { partnershipId, kind: 'channel_digest', period, recipient: digestChannelId },
      messages: renderChannelDigest(digest),
      before,
      client: context.client,
      logger,
      now,
    });

    if (complete) {
      await storeFigures(db, { partnershipId, period, figures: digest.figures, now });
      logger.info({ channelId: digestChannelId }, 'Sent the weekly channel digest');
    }
  }

  for (const reader of readersDue) {
    // One reader's failure to build, such as a query error, leaves the others to be sent.
    try {
      await sendRoleDigest(context, { digest, reader, period, logger, now });
    } catch (error) {
      logger.error(
        { err: error, partnershipId: digest.partnershipId, personId: reader.id },
        'Building a role digest failed; the next tick tries again',
      );
    }
  }
}

async function sendRoleDigest(
  context: JobContext,
  input: {
    digest: Awaited<ReturnType<typeof buildDigest>>;
    reader: DigestReader;
    period: string;
    logger: JobContext['deps']['logger'];
    now: Date;
  },
): Promise<void> {
  const { reader } = input;
  const roleDigest = await buildRoleDigest(context.deps.db, input.digest, reader);

  if (!roleDigest) return;

  await deliverMessages(context.deps.db, {
    key: {
      partnershipId: input.digest.partnershipId,
      kind: 'role_digest',
      period: input.period,
      recipient: reader.id,
    },
    channel: reader.slackUserId,
    messages: renderRoleDigest(roleDigest),
    client: context.client,
    logger: input.logger,
    now: input.now,
  });
}
