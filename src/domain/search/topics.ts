import { type CareerCluster, careerClusters } from '../career-clusters.js';
import { legacyClusters } from '../directory/career-cluster-names.js';
import { naicsSectors } from '../directory/naics.js';

/** A sector or career cluster that a query can name, with the words that name it. */
interface Topic {
  words: string[];
  naicsSectors: string[];
  careerClusters: readonly CareerCluster[];
}

/** Words of sector and cluster names that name nothing on their own. */
const genericWords = new Set([
  'a',
  'v',
  'and',
  'of',
  'the',
  'other',
  'except',
  'services',
  'service',
  'support',
  'advanced',
  'resources',
  'trade',
]);

const healthSectors = ['62'];
const manufacturingSectors = ['31', '32', '33'];
const transportationSectors = ['48', '49'];

/**
 * Everyday words for a sector or cluster that its official name lacks, such as "medical" for
 * Health Care and Social Assistance.
 */
const aliases: Array<{ words: string[]; naicsSectors: string[]; careerClusters: CareerCluster[] }> =
  [
    {
      words: ['medical', 'hospital', 'nursing', 'clinic'],
      naicsSectors: healthSectors,
      careerClusters: ['Healthcare & Human Services'],
    },
    { words: ['bank', 'banking'], naicsSectors: ['52'], careerClusters: ['Financial Services'] },
    {
      words: ['hotel', 'restaurant', 'culinary'],
      naicsSectors: ['72'],
      careerClusters: ['Hospitality, Events, & Tourism'],
    },
    {
      words: ['trucking', 'freight'],
      naicsSectors: transportationSectors,
      careerClusters: ['Supply Chain & Transportation'],
    },
    { words: ['software', 'computer'], naicsSectors: [], careerClusters: ['Digital Technology'] },
    { words: ['farming', 'ranching'], naicsSectors: ['11'], careerClusters: ['Agriculture'] },
    { words: ['teaching'], naicsSectors: ['61'], careerClusters: ['Education'] },
    { words: ['factory'], naicsSectors: manufacturingSectors, careerClusters: [] },
  ];

/** Splits a sector or cluster name into its naming words, plus adjacent pairs run together. */
function namingWords(name: string): string[] {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !genericWords.has(word));
  const joined = words.slice(1).map((word, index) => `${words[index]}${word}`);

  return [...words, ...joined];
}

function buildTopics(): Topic[] {
  const sectorsByName = new Map<string, string[]>();

  for (const [code, name] of Object.entries(naicsSectors)) {
    sectorsByName.set(name, [...(sectorsByName.get(name) ?? []), code]);
  }

  return [
    ...[...sectorsByName].map(([name, codes]) => ({
      words: namingWords(name),
      naicsSectors: codes,
      careerClusters: [],
    })),
    ...careerClusters.map((cluster) => ({
      words: namingWords(cluster),
      naicsSectors: [],
      careerClusters: [cluster],
    })),
    ...Object.entries(legacyClusters).map(([name, cluster]) => ({
      words: namingWords(name),
      naicsSectors: [],
      careerClusters: [cluster],
    })),
    ...aliases,
  ];
}

const topics = buildTopics();

/** Each 2024 cluster with the older names that map to it, since stored rows may use either. */
const storedClusterNames = new Map<CareerCluster, string[]>(
  careerClusters.map((cluster) => [
    cluster,
    [
      cluster,
      ...Object.entries(legacyClusters)
        .filter(([, mapped]) => mapped === cluster)
        .map(([name]) => name),
    ],
  ]),
);

/** The sectors and clusters a query names, and the query words that name them. */
export interface TopicMatch {
  naicsSectors: string[];
  careerClusters: string[];
  topicWords: string[];
}

/**
 * Finds the NAICS sectors and career clusters that lowercase query words name, allowing a typo
 * or two ("helth sciense") and a leading part of four or more letters ("manuf").
 */
export function matchTopics(queryWords: string[]): TopicMatch {
  const sectors = new Set<string>();
  const clusters = new Set<string>();
  const topicWords = new Set<string>();
  const words = queryWords.filter((word) => word.length >= 3);

  for (const topic of topics) {
    const naming = words.filter((word) =>
      topic.words.some((topicWord) => wordsMatch(word, topicWord)),
    );

    if (naming.length === 0) continue;

    for (const word of naming) topicWords.add(word);
    for (const code of topic.naicsSectors) sectors.add(code);
    for (const cluster of topic.careerClusters) {
      for (const name of storedClusterNames.get(cluster) ?? [cluster]) clusters.add(name);
    }
  }

  return {
    naicsSectors: [...sectors].sort(),
    careerClusters: [...clusters].sort(),
    topicWords: [...topicWords],
  };
}

/** Compares a typed word with a naming word: equal, a leading part, or within the typo budget. */
function wordsMatch(typed: string, naming: string): boolean {
  if (typed === naming) return true;
  if (typed.length < 4) return false;
  if (naming.startsWith(typed)) return true;

  return editDistanceWithin(typed, naming, typoBudget(naming));
}

/** Typos allowed in a word: none below five letters, one up to seven, two from eight. */
function typoBudget(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;

  return 0;
}

/**
 * Returns whether the optimal string alignment distance (insertions, deletions, substitutions
 * and swaps of neighbours) between two words is at most `budget`.
 */
export function editDistanceWithin(a: string, b: string, budget: number): boolean {
  if (Math.abs(a.length - b.length) > budget) return false;

  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);

  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;

    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + substitution,
      );

      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (beforePrevious[j - 2] ?? 0) + 1);
      }

      current.push(distance);
      rowMinimum = Math.min(rowMinimum, distance);
    }

    if (rowMinimum > budget) return false;

    beforePrevious = previous;
    previous = current;
  }

  return (previous[b.length] ?? Number.POSITIVE_INFINITY) <= budget;
}
