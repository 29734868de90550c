import { type CareerCluster, careerClusters } from '../career-clusters.js';
import { accept, type CellParser, reject } from './cell-parsers.js';
import { normalizeName } from './columns.js';

/** Cluster names of the older 16-cluster framework that map to exactly one 2024 cluster. */
export const legacyClusters: Readonly<Record<string, CareerCluster>> = {
  'Agriculture, Food & Natural Resources': 'Agriculture',
  'Architecture & Construction': 'Construction',
  'Arts, A/V Technology & Communications': 'Arts, Entertainment, & Design',
  'Business Management & Administration': 'Management & Entrepreneurship',
  'Education & Training': 'Education',
  Finance: 'Financial Services',
  'Government & Public Administration': 'Public Service & Safety',
  'Health Science': 'Healthcare & Human Services',
  'Hospitality & Tourism': 'Hospitality, Events, & Tourism',
  'Human Services': 'Healthcare & Human Services',
  'Information Technology': 'Digital Technology',
  'Law, Public Safety, Corrections & Security': 'Public Service & Safety',
  Manufacturing: 'Advanced Manufacturing',
  Marketing: 'Marketing & Sales',
  'Transportation, Distribution & Logistics': 'Supply Chain & Transportation',
};

/** Older names whose programs spread over several 2024 clusters, with the likely choices. */
const splitClusters: Readonly<Record<string, readonly CareerCluster[]>> = {
  'Science, Technology, Engineering & Mathematics': [
    'Advanced Manufacturing',
    'Digital Technology',
    'Energy & Natural Resources',
    'Construction',
  ],
};

// Compares names without case, punctuation or spacing, so "Health science" and "Finance " match.
const comparable = (name: string) => normalizeName(name.replace(/[^a-z0-9]+/gi, ' '));

const byComparableName = new Map<string, CareerCluster>([
  ...careerClusters.map((cluster) => [comparable(cluster), cluster] as const),
  ...Object.entries(legacyClusters).map(([name, cluster]) => [comparable(name), cluster] as const),
]);

/** Reads a 2024 career cluster name, or an older name that maps to one 2024 cluster. */
export const careerCluster: CellParser<CareerCluster> = (cell) => {
  const found = byComparableName.get(comparable(cell));

  if (found) return accept(found);

  const split = Object.entries(splitClusters).find(
    ([name]) => comparable(name) === comparable(cell),
  );

  if (split) {
    return reject(
      `"${cell}" was split across several 2024 career clusters; choose one of: ${split[1].join('; ')}`,
    );
  }

  return reject(`"${cell}" is not a career cluster; use one of: ${careerClusters.join('; ')}`);
};
