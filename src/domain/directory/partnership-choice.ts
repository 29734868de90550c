import { asc } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { partnerships } from '../../db/schema/index.js';
import { UserFacingError } from '../errors.js';

export interface PartnershipSummary {
  id: string;
  name: string;
}

export async function listPartnerships(db: Database): Promise<PartnershipSummary[]> {
  return db
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .orderBy(asc(partnerships.name), asc(partnerships.id));
}

/**
 * Picks the partnership named by id or name (ignoring case). Without a choice, the only
 * partnership is the default. Throws UserFacingError listing the partnerships otherwise.
 */
export async function choosePartnership(
  db: Database,
  choice: string | undefined,
): Promise<PartnershipSummary> {
  const all = await listPartnerships(db);
  const wanted = choice?.trim().toLowerCase();

  if (wanted === undefined) {
    const [only] = all;

    if (only && all.length === 1) return only;
    if (all.length === 0) {
      throw new UserFacingError(
        'bridge_no_partnership',
        'The database has no partnership yet. Start Bridge once or link a Slack workspace to create one.',
      );
    }
  } else {
    const matches = all.filter(
      (partnership) => partnership.id === wanted || partnership.name.toLowerCase() === wanted,
    );
    const [match] = matches;

    if (match && matches.length === 1) return match;
  }

  const names = all.map((partnership) => `${partnership.name} (${partnership.id})`).join(', ');
  const problem =
    wanted === undefined
      ? 'This database has several partnerships'
      : `No single partnership matches "${choice}"`;

  throw new UserFacingError(
    'bridge_partnership_choice',
    `${problem}. Pass --partnership with one of: ${names}`,
  );
}
