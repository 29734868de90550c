import { careerCluster } from '../../domain/directory/career-cluster-names.js';
import { escapeMrkdwn } from '../text.js';

export type GapsCommand =
  | { kind: 'gaps'; districtName?: string }
  | { kind: 'demand'; careerCluster?: string }
  | { kind: 'invalid'; problem: string };

/** The maximum length of a district or cluster name in these commands. */
const MAX_NAME = 200;

/** Reads `/bridge gaps [district]` from the typed words after `gaps`. */
export function parseGapsCommand(words: string[]): GapsCommand {
  const name = words.join(' ');

  if (name === '') return { kind: 'gaps' };

  if (name.length > MAX_NAME) {
    return {
      kind: 'invalid',
      problem: `That district name is ${name.length} characters long; type at most ${MAX_NAME}.`,
    };
  }

  return { kind: 'gaps', districtName: name };
}

/**
 * Reads `/bridge demand [cluster]` from the typed words after `demand`. The cluster may be a 2024
 * name or an older name that maps to one 2024 cluster.
 */
export function parseDemandCommand(words: string[]): GapsCommand {
  // Slack sends `&` in command text as an HTML entity, and cluster names contain it.
  const name = words.join(' ').replace(/&amp;/g, '&');

  if (name === '') return { kind: 'demand' };

  if (name.length > MAX_NAME) {
    return {
      kind: 'invalid',
      problem: `That career cluster is ${name.length} characters long; type at most ${MAX_NAME}.`,
    };
  }

  const parsed = careerCluster(name);

  return parsed.ok
    ? { kind: 'demand', careerCluster: parsed.value }
    : { kind: 'invalid', problem: `${escapeMrkdwn(parsed.message)}.` };
}
