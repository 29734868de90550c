import { matchTopics } from './topics.js';

/** Terms that a search query is matched by, read from the text a person typed. */
export interface SearchTerms {
  /** The query with control characters removed, whitespace collapsed and cut to 200 characters. */
  phrase: string;
  /** Distinct words of three or more letters or digits, which rank names by trigram similarity. */
  fuzzyWords: string[];
  /**
   * The fuzzy words a name is matched by, and whether it needs `all` of them or `any`. Words
   * that name a sector or cluster are left out when others remain, because rows of that sector
   * or cluster match anyway. A query of only such words matches names similar to any of them.
   */
  nameWords: { words: string[]; needed: 'all' | 'any' };
  /** Five-digit words, matched against organization ZIP codes. */
  zips: string[];
  /** SOC 2018 occupation codes such as 51-4121, matched against the SOC codes of industry needs. */
  socCodes: string[];
  /** Two-digit 2022 NAICS sector codes named by the query. */
  naicsSectors: string[];
  /** Career cluster names named by the query: 2024 names and the older names that map to them. */
  careerClusters: string[];
}

/** Maximum query length read; `/bridge find` rejects longer text before it gets here. */
export const MAX_QUERY_LENGTH = 200;

/** Words beyond this many add little to ranking and only lengthen the SQL. */
const MAX_FUZZY_WORDS = 8;

/** SOC codes read from one query; more add little to a search and only lengthen the SQL. */
const MAX_SOC_CODES = 20;

/** A SOC code, two digits, a hyphen and four digits, standing alone among digits. */
const socCodePattern = /(?<!\d)\d{2}-\d{4}(?!\d)/g;

/** Words so common in names that a trigram match on them does not narrow a search. */
const fillerWords = new Set(['and', 'the', 'for', 'with']);

/** Reads a query into the terms that searchDirectory matches. */
export function parseSearchTerms(query: string): SearchTerms {
  const phrase = Array.from(
    withWellFormedText(query)
      .replace(/[\p{Cc}\s]+/gu, ' ')
      .trim(),
  )
    .slice(0, MAX_QUERY_LENGTH)
    .join('')
    .trim();
  const socCodes = [...new Set(phrase.match(socCodePattern) ?? [])].slice(0, MAX_SOC_CODES);
  // A SOC code matches as a whole, so its digits are left out of the name words.
  const words = [
    ...new Set(
      phrase
        .replace(socCodePattern, ' ')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    ),
  ].filter(Boolean);
  const zips = words.filter((word) => /^\d{5}$/.test(word));
  const fuzzyWords = words
    .filter((word) => Array.from(word).length >= 3 && !fillerWords.has(word))
    .filter((word) => !zips.includes(word))
    .slice(0, MAX_FUZZY_WORDS);
  const { topicWords, ...topics } = matchTopics(words);
  const otherWords = fuzzyWords.filter((word) => !topicWords.includes(word));
  const nameWords =
    otherWords.length > 0
      ? { words: otherWords, needed: 'all' as const }
      : { words: fuzzyWords, needed: 'any' as const };

  return { phrase, fuzzyWords, nameWords, zips, socCodes, ...topics };
}

/** Replaces lone UTF-16 surrogates, which cannot be encoded as UTF-8 for the database. */
function withWellFormedText(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}
