import { listOutreachPipeline } from '../domain/outreach/pipeline.js';
import { todayIn } from '../domain/time.js';
import type { Actor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import type { SlackMessage } from './messages/help.js';
import type { OutreachPage } from './messages/outreach.js';
import { OUTREACH_PER_MESSAGE, renderOutreachPipeline } from './messages/outreach.js';

/** Reads and renders one page of `/bridge outreach`, or of `/bridge outreach mine`. */
export async function outreachPipelineMessage(
  deps: SlackDependencies,
  actor: Actor,
  page: OutreachPage,
): Promise<SlackMessage> {
  const pipeline = await listOutreachPipeline(deps.db, {
    partnershipId: actor.partnership.id,
    today: todayIn(actor.partnership.timeZone, deps.now()),
    ownerPersonId: page.mine ? actor.person.id : undefined,
    // Reading one row more than a page shows whether a next page exists.
    limit: OUTREACH_PER_MESSAGE + 1,
    offset: page.offset,
  });

  return renderOutreachPipeline({ pipeline, page });
}
