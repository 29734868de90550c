import { describe, expect, it } from 'vitest';
import { escapeLikePattern } from '../../../src/domain/organization-search.js';
import { parseSearchTerms } from '../../../src/domain/search/query-terms.js';
import { editDistanceWithin, matchTopics } from '../../../src/domain/search/topics.js';

describe('matchTopics', () => {
  it('maps manufacturing to NAICS 31 to 33', () => {
    const topics = matchTopics(['manufacturing']);

    expect(topics.naicsSectors).toEqual(['31', '32', '33']);
    expect(topics.careerClusters).toContain('Advanced Manufacturing');
    expect(topics.careerClusters).toContain('Manufacturing');
    expect(topics.topicWords).toEqual(['manufacturing']);
  });

  it('maps misspelled health science', () => {
    const topics = matchTopics(['helth', 'sciense']);

    expect(topics.naicsSectors).toEqual(['62']);
    expect(topics.careerClusters).toEqual([
      'Health Science',
      'Healthcare & Human Services',
      'Human Services',
    ]);
    expect(topics.topicWords.sort()).toEqual(['helth', 'sciense']);
  });

  it.each([
    [['health', 'care'], '62'],
    [['healthcare'], '62'],
    [['construction'], '23'],
    [['retail'], '44'],
    [['trucking'], '48'],
    [['manuf'], '31'],
  ])('maps %j to sector %s', (words, sector) => {
    expect(matchTopics(words).naicsSectors).toContain(sector);
  });

  it.each([[['port', 'alder', 'isd']], [['coastline', 'welding']], [['trades']], [['dana']]])(
    'finds no topic in %j',
    (words) => {
      const topics = matchTopics(words);

      expect(topics.naicsSectors).toEqual([]);
      expect(topics.careerClusters).toEqual([]);
    },
  );
});

describe('editDistanceWithin', () => {
  it.each([
    ['helth', 'health', 1, true],
    ['hlealth', 'health', 1, true],
    ['sceince', 'science', 1, true],
    ['manufactring', 'manufacturing', 2, true],
    ['wealth', 'health', 0, false],
    ['port', 'transportation', 2, false],
  ])('compares %s and %s within %i', (a, b, budget, expected) => {
    expect(editDistanceWithin(a, b, budget)).toBe(expected);
  });
});

describe('parseSearchTerms', () => {
  it('reads words, ZIP codes and topics', () => {
    const terms = parseSearchTerms('  Welding   manufacturing 78401 of ');

    expect(terms.phrase).toBe('Welding manufacturing 78401 of');
    expect(terms.fuzzyWords).toEqual(['welding', 'manufacturing']);
    expect(terms.zips).toEqual(['78401']);
    expect(terms.nameWords).toEqual({ words: ['welding'], needed: 'all' });
    expect(terms.naicsSectors).toEqual(['31', '32', '33']);
  });

  it('matches any word when all name topics', () => {
    expect(parseSearchTerms('health care').nameWords).toEqual({
      words: ['health', 'care'],
      needed: 'any',
    });
  });

  it('cuts to 200 characters', () => {
    expect(Array.from(parseSearchTerms('🔥'.repeat(300)).phrase)).toHaveLength(200);
  });

  it('removes control characters and lone surrogates', () => {
    const terms = parseSearchTerms('\u0000wel\u0007ding \ud800');

    expect(terms.phrase).toBe('wel ding \ufffd');
    expect(terms.fuzzyWords).toEqual(['wel', 'ding']);
  });

  it('reads SOC codes apart from words', () => {
    const terms = parseSearchTerms('Advanced Manufacturing 51-4121 29-1141 51-4121');

    expect(terms.socCodes).toEqual(['51-4121', '29-1141']);
    expect(terms.fuzzyWords).toEqual(['advanced', 'manufacturing']);
    expect(terms.nameWords).toEqual({ words: ['advanced'], needed: 'all' });
    expect(terms.careerClusters).toContain('Advanced Manufacturing');
  });

  it.each([['151-4121'], ['51-41210'], ['51–4121'], ['5-4121']])(
    'reads no SOC code in %s',
    (query) => {
      expect(parseSearchTerms(query).socCodes).toEqual([]);
    },
  );

  it('keeps no words from punctuation', () => {
    const terms = parseSearchTerms("%_'\\");

    expect(terms.fuzzyWords).toEqual([]);
    expect(terms.nameWords.words).toEqual([]);
  });
});

describe('escapeLikePattern', () => {
  it('escapes wildcards and backslashes', () => {
    expect(escapeLikePattern('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});
