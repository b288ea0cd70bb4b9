import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCorpusPage, loadHtml } from '../helpers/load-page';
import { extractArticle } from '../../lib/extract/extract';
import { buildTextMap } from '../../lib/extract/text-map';
import { refreshTextMap } from '../../lib/extract/node-pieces';
import { applyHighlights, removeHighlights, type HighlightSpec } from '../../lib/highlight/highlight';
import type { TextMap } from '../../lib/types';

const FIXTURE = 'fixtures/ichongqing-envoys.html';

function occurrences(text: string, word: string, type: string, key: string): HighlightSpec[] {
  const out: HighlightSpec[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push({ start: i, end: i + word.length, type, key });
  return out;
}

function expectMapValid(map: TextMap): void {
  for (const s of map.segments) {
    expect(s.node.isConnected).toBe(true);
    expect(map.text.slice(s.start, s.end)).toBe(s.node.data);
  }
}

function fixture() {
  const doc = loadCorpusPage(FIXTURE);
  const ex = extractArticle(doc)!;
  return { doc, map: ex.map, root: ex.root!, before: doc.body.innerHTML };
}

describe('applyHighlights', () => {
  it('wraps each mention in a mark whose text is exactly the mention', () => {
    const { doc, map } = fixture();
    const specs = [...occurrences(map.text, 'Guinea-Bissau', 'country', 'GW'), ...occurrences(map.text, 'Yuan Jiajun', 'official', 'yuan-jiajun')];
    const h = applyHighlights(map, specs, doc);
    const marks = [...doc.querySelectorAll('mark[data-attache-type]')];
    expect(marks.map((m) => m.textContent)).toEqual(expect.arrayContaining(['Guinea-Bissau', 'Yuan Jiajun']));
    expect(marks.length).toBe(specs.length);
    for (const m of marks) {
      expect(m.classList.contains('attache-hl')).toBe(true);
      expect(['GW', 'yuan-jiajun']).toContain(m.getAttribute('data-attache-key'));
    }
    h.elements.forEach((els, k) => expect(els.map((e) => e.textContent).join('')).toBe(map.text.slice(specs[k].start, specs[k].end)));
    expect(h.map.text).toBe(map.text);
    expectMapValid(h.map);
  });

  it('splits a span that crosses text nodes into wrappers sharing the key', () => {
    const doc = loadHtml('<body><p id="p"><b>Wang</b> Yi said</p></body>');
    const map = buildTextMap(doc.getElementById('p')!);
    const h = applyHighlights(map, [{ start: 0, end: 7, type: 'official', key: 'wang-yi' }], doc);
    expect(h.elements[0].map((e) => e.textContent)).toEqual(['Wang', ' Yi']);
    expect(h.elements[0].every((e) => e.getAttribute('data-attache-key') === 'wang-yi')).toBe(true);
    expect(doc.getElementById('p')!.textContent).toBe('Wang Yi said');
  });

  it('ignores offsets that fall only on separators', () => {
    const doc = loadHtml('<body><div id="r"><p>Chad</p><p>Mali</p></div></body>');
    const map = buildTextMap(doc.getElementById('r')!);
    const h = applyHighlights(map, [{ start: 4, end: 6, type: 'saved', key: 's' }], doc);
    expect(h.elements[0]).toEqual([]);
    expect(doc.querySelectorAll('mark').length).toBe(0);
  });

  it('leaves the page alone for empty or inverted spans', () => {
    const doc = loadHtml('<body><p id="p">Albania and Mali</p></body>');
    const map = buildTextMap(doc.getElementById('p')!);
    const node = map.segments[0].node;
    const h = applyHighlights(map, [{ start: 3, end: 3, type: 'country', key: 'AL' }, { start: 9, end: 4, type: 'country', key: 'ML' }], doc);
    expect(h.elements).toEqual([[], []]);
    expect(doc.getElementById('p')!.firstChild).toBe(node);
    expect(doc.getElementById('p')!.childNodes.length).toBe(1);
  });

  it('keeps the page text map working: extraction and buildTextMap see through highlights', () => {
    const { doc, map, root } = fixture();
    const rootText = buildTextMap(root).text;
    applyHighlights(map, occurrences(map.text, 'Chongqing', 'country', 'CN'), doc);
    expect(buildTextMap(root).text).toBe(rootText);
    expect(extractArticle(doc)!.map.text).toBe(map.text);
  });
});

describe('removeHighlights', () => {
  it('restores body.innerHTML byte for byte and the original text nodes', () => {
    const { doc, map, before } = fixture();
    const specs = [...occurrences(map.text, 'Albania', 'country', 'AL'), ...occurrences(map.text, 'Guinea', 'country', 'GN')];
    const h = applyHighlights(map, specs, doc);
    expect(doc.body.innerHTML).not.toBe(before);
    h.remove();
    expect(doc.body.innerHTML).toBe(before);
    expectMapValid(map);
    expect(doc.querySelectorAll('mark').length).toBe(0);
  });

  it('removes one type and keeps overlapping highlights of another', () => {
    const doc = loadHtml('<body><p id="p">Mr Wang Yi said so</p></body>');
    const before = doc.body.innerHTML;
    const map = buildTextMap(doc.getElementById('p')!);
    const entity = applyHighlights(map, [{ start: 3, end: 10, type: 'official', key: 'wang-yi' }], doc);
    const saved = applyHighlights(entity.map, [{ start: 8, end: 15, type: 'saved', key: 'h1', id: 'h1' }], doc);
    expect(saved.elements[0].map((e) => e.textContent)).toEqual(['Yi', ' said']);
    expect(saved.elements[0][0].getAttribute('data-attache-id')).toBe('h1');
    removeHighlights(doc.body, { type: 'official' });
    expect(doc.querySelectorAll('mark[data-attache-type="official"]').length).toBe(0);
    expect([...doc.querySelectorAll('mark[data-attache-type="saved"]')].map((m) => m.textContent).join('')).toBe('Yi said');
    expectMapValid(refreshTextMap(map));
    removeHighlights(doc.body, { type: 'saved' });
    expect(doc.body.innerHTML).toBe(before);
    expect((doc.getElementById('p')!.firstChild as Text)).toBe(map.segments[0].node);
  });

  it('nests overlapping spans of one call so each can be removed alone', () => {
    const doc = loadHtml('<body><p id="p">Albania and Mali</p></body>');
    const before = doc.body.innerHTML;
    const map = buildTextMap(doc.getElementById('p')!);
    applyHighlights(map, [
      { start: 0, end: 7, type: 'country', key: 'AL' },
      { start: 0, end: 16, type: 'saved', key: 's' },
    ], doc);
    removeHighlights(doc.body, { type: 'saved' });
    expect([...doc.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Albania']);
    removeHighlights(doc.body, { key: 'AL' });
    expect(doc.body.innerHTML).toBe(before);
  });

  it('random layers of random spans on the reference page always undo exactly', () => {
    const { doc, map, before } = fixture();
    const n = map.text.length;
    const span = fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 300 })).map(([s, l]) => ({ start: s, end: Math.min(n, s + l) }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 10 }), fc.boolean(), (entitySpans, savedSpans, entitiesFirst) => {
        const e = applyHighlights(map, entitySpans.map((s, i) => ({ ...s, type: 'country', key: `k${i}` })), doc);
        const s = applyHighlights(e.map, savedSpans.map((x, i) => ({ ...x, type: 'saved', key: `s${i}` })), doc);
        for (const [k, spec] of entitySpans.entries()) {
          const text = e.elements[k].map((el) => el.textContent).join('');
          expect(text.replace(/\s+/g, '')).toBe(map.text.slice(spec.start, spec.end).replace(/\s+/g, ''));
        }
        expect(s.map.text).toBe(map.text);
        expectMapValid(s.map);
        if (entitiesFirst) {
          e.remove();
          expectMapValid(refreshTextMap(s.map));
          s.remove();
        } else {
          s.remove();
          expectMapValid(refreshTextMap(e.map));
          e.remove();
        }
        expect(doc.body.innerHTML).toBe(before);
        expectMapValid(map);
      }),
      { numRuns: 60 },
    );
  });
});
