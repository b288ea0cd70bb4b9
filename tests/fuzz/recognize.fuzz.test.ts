// Property tests for the recognition engine: whatever the text, recognize() returns, and its mentions
// are spans of that text, sorted, non-empty and never overlapping (highlighting wraps each one).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/entities/recognize';
import { anyText, newsText, runs } from './settings';

function checkMentions(text: string) {
  const entities = recognize(text);
  const all: Array<{ start: number; end: number }> = [];
  for (const e of entities) {
    expect(['official', 'country']).toContain(e.type);
    expect(e.key.length).toBeGreaterThan(0);
    expect(e.mentions.length).toBeGreaterThan(0);
    expect(e.confidence).toBeGreaterThanOrEqual(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    for (let i = 0; i < e.mentions.length; i++) {
      const m = e.mentions[i];
      expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
      expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
      expect(text.slice(m.start, m.end).trim()).not.toBe('');
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(e.mentions[i - 1].end);
      all.push(m);
    }
  }
  all.sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
  // The same text gives the same answer (no state kept between calls).
  expect(recognize(text)).toEqual(entities);
}

describe('recognize (fast-check)', () => {
  it('news-like text: never throws; mentions in bounds, sorted, non-empty, disjoint', () => {
    fc.assert(fc.property(newsText, (t) => checkMentions(t)), runs(400));
  });

  it('arbitrary Unicode (lone surrogates, combining marks, RTL): the same', () => {
    fc.assert(fc.property(anyText, (t) => checkMentions(t)), runs(300));
  });

  it('a language hint never breaks it', () => {
    fc.assert(
      fc.property(newsText, fc.oneof(fc.constantFrom('en', 'fr', 'de', 'es', 'zh', 'ar', 'xx', ''), fc.string({ maxLength: 12 })), (t, lang) => {
        const entities = recognize(t, { lang });
        for (const e of entities) for (const m of e.mentions) expect(0 <= m.start && m.start < m.end && m.end <= t.length).toBe(true);
      }),
      runs(150),
    );
  });
});
