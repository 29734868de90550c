import type { Database } from '../../db/client.js';
import { listPartnerships } from '../../domain/directory/partnership-choice.js';
import type { CliOutput } from './output.js';

/** Prints one partnership per line as "id<TAB>name"; returns the exit code. */
export async function runPartnerships(db: Database, output: CliOutput): Promise<number> {
  const all = await listPartnerships(db);

  if (all.length === 0) output.out('No partnerships yet.');

  for (const partnership of all) output.out(`${partnership.id}\t${partnership.name}`);

  return 0;
}
