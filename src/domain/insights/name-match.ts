import type { MatchKind } from '../cards/match.js';

/** Outcome of matching a typed name against names already loaded into memory. */
export type NameMatch<T> =
  | { outcome: 'found'; match: T; kind: MatchKind }
  | { outcome: 'several'; matches: T[]; kind: MatchKind }
  | { outcome: 'none' };

/** Lowest trigram similarity of whole names that counts as a match, as pg_trgm's `%` default. */
const SIMILARITY_THRESHOLD = 0.3;

/** Lowest similarity of the typed text to a run of words in a name, as pg_trgm's `<%` default. */
const WORD_SIMILARITY_THRESHOLD = 0.6;

/** Similar names this close to the best score count as equally likely, as on the cards. */
const CLOSE_SCORE_MARGIN = 0.1;

/**
 * Finds what a typed name means among `items`, with the rules of the directory cards: the whole
 * name ignoring case first, then names that contain every typed word, then names similar by
 * trigrams. The trigram step runs in memory with pg_trgm's rules for splitting words, so it gives
 * the same results on Postgres and PGlite without another query.
 */
export function matchName<T>(items: T[], typed: string, nameOf: (item: T) => string): NameMatch<T> {
  const wanted = normalizeName(typed);
  const words = wanted.split(' ').filter(Boolean);

  if (words.length === 0) return { outcome: 'none' };

  const byName = (a: T, b: T) => nameOf(a).localeCompare(nameOf(b));
  const exact = items.filter((item) => normalizeName(nameOf(item)) === wanted);

  if (exact.length > 0) return decide(exact.sort(byName), 'exact');

  const withWords = items.filter((item) => {
    const name = normalizeName(nameOf(item));
    return words.every((word) => name.includes(word));
  });

  if (withWords.length > 0) return decide(withWords.sort(byName), 'words');

  const scored = items
    .flatMap((item) => scoreSimilar(item, wanted, normalizeName(nameOf(item))))
    .sort((a, b) => b.score - a.score || byName(a.item, b.item));
  const best = scored[0]?.score ?? 0;
  const close = scored.filter((entry) => entry.score >= best - CLOSE_SCORE_MARGIN);

  return decide(
    close.map((entry) => entry.item),
    'similar',
  );
}

/** Lowercases a name and collapses its white space, so names compare ignoring case and spacing. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function decide<T>(matches: T[], kind: MatchKind): NameMatch<T> {
  const [first] = matches;

  if (!first) return { outcome: 'none' };
  if (matches.length === 1) return { outcome: 'found', match: first, kind };

  return { outcome: 'several', matches, kind };
}

/**
 * Scores how alike a name is to the typed text, or drops it. A name matches when the whole names
 * share enough trigrams or the typed text is close to a run of as many words in the name. The
 * second test lets a typo in part of a long name still match.
 */
function scoreSimilar<T>(item: T, typed: string, name: string): Array<{ item: T; score: number }> {
  const whole = trigramSimilarity(typed, name);
  const typedCount = typed.split(' ').length;
  const nameWords = name.split(' ');
  let words = 0;

  for (let start = 0; start + typedCount <= nameWords.length; start += 1) {
    const run = nameWords.slice(start, start + typedCount).join(' ');
    words = Math.max(words, trigramSimilarity(typed, run));
  }

  if (whole < SIMILARITY_THRESHOLD && words < WORD_SIMILARITY_THRESHOLD) return [];

  return [{ item, score: Math.max(whole, words) }];
}

/** Shared trigrams over all trigrams of both texts, as pg_trgm's similarity() computes it. */
function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;

  for (const trigram of left) if (right.has(trigram)) shared += 1;

  const union = left.size + right.size - shared;

  return union === 0 ? 0 : shared / union;
}

/** Splits text into words of letters and digits, each padded with two spaces before and one after. */
function trigrams(text: string): Set<string> {
  const result = new Set<string>();

  for (const word of text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const padded = `  ${word} `;

    for (let i = 0; i + 3 <= padded.length; i += 1) result.add(padded.slice(i, i + 3));
  }

  return result;
}
