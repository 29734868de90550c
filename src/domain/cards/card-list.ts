import type { SQL } from 'drizzle-orm';
import { and, eq, gte, isNull, or } from 'drizzle-orm';
import { opportunities } from '../../db/schema/index.js';

/** The first rows of a list on a card and how many rows there are in all. */
export interface CardList<T> {
  rows: T[];
  total: number;
}

/**
 * Selects open opportunities by the rule listOpenOpportunities uses: status open and no end
 * date before `today` (YYYY-MM-DD in the partnership's time zone).
 */
export function isOpenOn(today: string): SQL | undefined {
  return and(
    eq(opportunities.status, 'open'),
    or(isNull(opportunities.endsOn), gte(opportunities.endsOn, today)),
  );
}
