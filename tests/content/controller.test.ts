import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createController, mapIsLive, MAX_MARKS, type ControllerDeps, type MarkSpec } from '../../entrypoints/content/controller';
import type { Entity, PageAnalysis, TextMap } from '../../lib/types';

// A fake page: one paragraph, its text map, and a highlighter that wraps single-node spans.
function setup(html = '<p id="a">Albania and China met. Albania again.</p>') {
  document.body.innerHTML = html;
  const p = document.getElementById('a')!;
  const mapOf = (): TextMap => {
    const node = p.firstChild as Text;
    return { text: node.data, segments: [{ start: 0, end: node.data.length, node }] };
  };
  const find = (text: string, word: string) =>
    [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({ start: m.index!, end: m.index! + word.length }));
  const entities = (text: string): Entity[] => [
    { type: 'country', key: 'AL', code: 'AL', name: 'Albania', mentions: find(text, 'Albania'), confidence: 0.9 },
    { type: 'country', key: 'CN', code: 'CN', name: 'China', mentions: find(text, 'China'), confidence: 0.9 },
  ];
  const analyze = vi.fn((_doc: Document, opts: { force?: boolean }): PageAnalysis => {
    const article = !!document.querySelector('p#a') && !document.body.dataset.listing;
    if (!article && !opts.force) return { detection: { isArticle: false, score: 0, signals: [] }, meta: null, map: null, entities: [] };
    const map = mapOf();
    return { detection: { isArticle: article, score: 1, signals: [] }, meta: null, map, entities: entities(map.text) };
  });
  const highlight = vi.fn((map: TextMap, marks: MarkSpec[], doc: Document) => {
    const els: HTMLElement[] = [];
    for (const m of [...marks].sort((a, b) => b.start - a.start)) {
      const seg = map.segments[0];
      const mid = seg.node.splitText(m.start);
      mid.splitText(m.end - m.start);
      const el = doc.createElement('mark');
      el.className = 'attache-hl';
      el.setAttribute('data-attache-type', m.type);
      el.setAttribute('data-attache-key', m.key);
      if (m.id) el.setAttribute('data-attache-id', m.id);
      mid.replaceWith(el);
      el.append(mid);
      els.push(el);
    }
    return {
      remove() {
        for (const el of els) {
          const parent = el.parentNode!;
          el.replaceWith(...el.childNodes);
          parent.normalize();
        }
      },
    };
  });
  const report = vi.fn();
  const deps: ControllerDeps = { doc: document, analyze, highlight, report, now: () => 0 };
  return { deps, analyze, highlight, report, original: document.body.innerHTML };
}

const marks = () => [...document.querySelectorAll('mark.attache-hl')].map((m) => `${m.getAttribute('data-attache-key')}:${m.textContent}`);

beforeEach(() => {
  document.body.innerHTML = '';
  delete document.body.dataset.listing;
});

describe('content controller', () => {
  it('highlights every mention on an article and reports the entity count', () => {
    const { deps, report } = setup();
    const c = createController(deps);
    c.run(false);
    expect(marks()).toEqual(['AL:Albania', 'CN:China', 'AL:Albania']);
    expect(report).toHaveBeenCalledWith(2, true);
    const r = c.results();
    expect(r.status).toBe('done');
    expect(r.highlighted).toBe(3);
    expect(r.entities.map((e) => e.key)).toEqual(['AL', 'CN']);
  });

  it('stops after detection on a non-article, and "analyze anyway" forces it', () => {
    const { deps, report } = setup();
    document.body.dataset.listing = '1';
    const c = createController(deps);
    c.run(false);
    expect(c.results().status).toBe('not-article');
    expect(marks()).toEqual([]);
    expect(report).toHaveBeenLastCalledWith(0, false);
    const r = c.handle({ type: 'attache:analyze', force: true });
    expect(r).toMatchObject({ status: 'done', highlighted: 3 });
    expect(report).toHaveBeenLastCalledWith(2, true);
  });

  it('toggling off restores the body exactly; toggling on re-highlights even after nodes merged', () => {
    const { deps, original } = setup();
    const c = createController(deps);
    c.run(false);
    expect(document.body.innerHTML).not.toBe(original);
    c.handle({ type: 'attache:set-highlights', on: false });
    expect(document.body.innerHTML).toBe(original);
    expect(c.results()).toMatchObject({ highlightsOn: false, highlighted: 0 });
    c.handle({ type: 'attache:set-highlights', on: true });
    expect(marks()).toEqual(['AL:Albania', 'CN:China', 'AL:Albania']);
  });

  it('scroll-to cycles through the mentions in order and flashes each', () => {
    const { deps } = setup();
    const c = createController(deps);
    c.run(false);
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const all = [...document.querySelectorAll('mark[data-attache-key="AL"]')];
    expect(c.scrollTo('country', 'AL')).toEqual({ found: true, index: 0, total: 2 });
    expect(c.scrollTo('country', 'AL')).toEqual({ found: true, index: 1, total: 2 });
    expect(c.scrollTo('country', 'AL')).toEqual({ found: true, index: 0, total: 2 });
    expect(scrolled).toEqual([all[0], all[1], all[0]]);
    expect(all[0].classList.contains('attache-flash')).toBe(true);
    expect(c.scrollTo('country', 'ZZ')).toEqual({ found: false, index: 0, total: 0 });
  });

  it('with highlights off, scroll-to still scrolls to the text without changing the page', () => {
    const { deps, original } = setup();
    const c = createController(deps);
    c.run(false);
    c.setHighlights(false);
    Element.prototype.scrollIntoView = vi.fn();
    expect(c.scrollTo('country', 'CN')).toMatchObject({ found: true, total: 1 });
    expect(document.body.innerHTML).toBe(original);
  });

  it('an error anywhere becomes status "error" and leaves the page as it was', () => {
    const { deps, original } = setup();
    deps.highlight = () => {
      throw new Error('page fought back');
    };
    const c = createController(deps);
    expect(() => c.run(false)).not.toThrow();
    expect(c.results()).toMatchObject({ status: 'error', error: 'page fought back' });
    expect(document.body.innerHTML).toBe(original);
  });

  it('a failing report to the background does not break the page', () => {
    const { deps } = setup();
    deps.report = () => {
      throw new Error('extension context invalidated');
    };
    const c = createController(deps);
    expect(() => c.run(false)).not.toThrow();
    expect(c.results().status).toBe('done');
  });

  it(`highlights at most MAX_MARKS mentions`, () => {
    const words = Array.from({ length: MAX_MARKS + 5 }, () => 'China').join(' ');
    const { deps } = setup(`<p id="a">${words}</p>`);
    const c = createController(deps);
    c.run(false);
    expect(c.results().highlighted).toBe(MAX_MARKS);
    expect(document.querySelectorAll('mark.attache-hl').length).toBe(MAX_MARKS);
  });
});

describe('mapIsLive', () => {
  it('is false once a node is detached or its text changed', () => {
    document.body.innerHTML = '<p>abc</p>';
    const node = document.querySelector('p')!.firstChild as Text;
    const map: TextMap = { text: 'abc', segments: [{ start: 0, end: 3, node }] };
    expect(mapIsLive(map)).toBe(true);
    node.data = 'abd';
    expect(mapIsLive(map)).toBe(false);
    node.data = 'abc';
    node.remove();
    expect(mapIsLive(map)).toBe(false);
  });
});
