import { describe, expect, it } from 'vitest';
import type { NearbyCampus } from '../../../../src/domain/insights/nearby.js';
import type { ShareCandidate } from '../../../../src/domain/insights/share.js';
import {
  proximityLimits,
  renderNearby,
  renderProximityChoices,
  renderShare,
} from '../../../../src/slack/messages/proximity.js';

const longName = (index: number) => `${'Campus & <Name> '.repeat(20)}${index}`;

function program(index: number) {
  const name = `${'Program *of* Study '.repeat(10)}${index}`;
  return { name, cipCode: null, nameKey: name.toLowerCase() };
}

function sectionTexts(blocks: Array<{ type: string; text?: unknown }>): string[] {
  return blocks
    .filter((block) => block.type === 'section')
    .map((block) => (block.text as { text: string }).text);
}

describe('proximity renderers', () => {
  it('caps nearby campuses and states the count', () => {
    const nearby: NearbyCampus[] = Array.from({ length: 30 }, (_, index) => ({
      id: `c${index}`,
      name: longName(index),
      miles: index,
      theyOffer: Array.from({ length: 12 }, (_, p) => program(p)),
      weOffer: Array.from({ length: 12 }, (_, p) => program(p)),
    }));
    const message = renderNearby({
      campusName: longName(99),
      kind: 'exact',
      typed: 'x',
      miles: 25,
      nearby,
      withoutCoordinates: 2,
    });
    const json = JSON.stringify(message.blocks);

    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(sectionTexts(message.blocks)).toHaveLength(1 + proximityLimits.nearbyCampuses);
    for (const text of sectionTexts(message.blocks)) expect(text.length).toBeLessThan(3000);
    expect(json).toContain('Showing the nearest 20 of 30.');
    expect(json).toContain('and 4 more');
    expect(json).toContain('2 campuses without coordinates left out.');
    for (const text of sectionTexts(message.blocks)) expect(text).not.toContain('<Name>');
  });

  it('suggests a larger distance when nothing is near', () => {
    const message = renderNearby({
      campusName: 'Port Alder High School',
      kind: 'similar',
      typed: 'port alder hgh',
      miles: 5,
      nearby: [],
      withoutCoordinates: 0,
    });
    const json = JSON.stringify(message.blocks);

    expect(message.text).toBe('0 campuses within 5.0 mi of Port Alder High School, nearest first.');
    expect(json).toContain('Closest match for “port alder hgh”.');
    expect(json).toContain('`/bridge nearby Port Alder High School 50`');
  });

  it('splits share candidates into sections and caps them', () => {
    const candidates: ShareCandidate[] = Array.from({ length: 100 }, (_, index) => ({
      id: `c${index}`,
      name: longName(index),
      nearestProvider: { id: 'p', name: longName(1000) },
      miles: index / 10,
    }));
    const message = renderShare({
      programName: 'Welding',
      kind: 'exact',
      typed: 'welding',
      miles: 25,
      providers: Array.from({ length: 15 }, (_, index) => ({ name: longName(index) })),
      candidates,
      withoutCoordinates: 0,
    });
    const texts = sectionTexts(message.blocks);
    const lines = texts.slice(1).flatMap((text) => text.split('\n'));

    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(lines).toHaveLength(proximityLimits.shareCandidates);
    for (const text of texts) expect(text.length).toBeLessThan(3000);
    expect(texts[0]).toContain('Run at 15 campuses:');
    expect(texts[0]).toContain('and 5 more.');
    expect(JSON.stringify(message.blocks)).toContain('Showing the nearest 40 of 100.');
  });

  it('lists choices with the distance kept', () => {
    const message = renderProximityChoices({
      command: 'share',
      typed: 'science',
      names: Array.from({ length: 12 }, (_, index) => `Science ${index}`),
      kind: 'words',
      miles: 30,
    });
    const json = JSON.stringify(message.blocks);

    expect(json).toContain('12 programs match “science”; type one of these:');
    expect(json).toContain('`/bridge share Science 0 30`');
    expect(json).toContain('2 more match.');
  });
});
