import Readability from '@mozilla/readability/Readability.js';
import { describe, expect, it, vi } from 'vitest';
import { cloneWithMap } from '../../lib/extract/clone-map';
import { keepsPageAsExpected } from '../../lib/extract/readability-page-cache';
import { parseWithReadability } from '../../lib/extract/readability-run';
import { loadHtml } from '../helpers/load-page';

const para = (i: number) => `<p>Paragraph ${i}: the Maltese Ambassador met the mayor of the city to talk about trade, ports and culture.</p>`;
const body = [1, 2, 3, 4, 5, 6].map(para).join('\n');
// The story sits in an unlikely candidate ("sidebar"): the first pass finds too little and starts over.
// A <br> run, a <font> and a noscript image test that parse()'s early steps are replayed on the copy.
const RETRY = `<!doctype html><html><head><title>Talks</title><script>var x = 1;</script></head><body>
<nav><a href="/">Home</a></nav><div class="story sidebar">${body}<p>Line one<br><br>line two of a <font>short</font> note</p>
<img data-src="a.jpg"><noscript><img src="a.jpg" alt="port"></noscript><script>track()</script></div></body></html>`;
const PLAIN = `<!doctype html><html><head><title>Talks</title></head><body><article>${body}</article></body></html>`;

const innerHtmlGetter = () => {
  for (let p: object | null = Object.getPrototypeOf(loadHtml('<p></p>').body); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, 'innerHTML');
    if (d) return { proto: p, d };
  }
  throw new Error('no innerHTML');
};

describe('keeping the page by a fresh copy', () => {
  it('recognises the Readability it was written for, and nothing else', () => {
    const proto = Readability.prototype as unknown as { parse: unknown; _grabArticle: unknown };
    expect(keepsPageAsExpected(proto)).toBe(true);
    const src = String(proto._grabArticle);
    expect(keepsPageAsExpected({ parse: proto.parse, _grabArticle: src.replace(/\.innerHTML\s*=\s*/, '.textContent = ') })).toBe(false);
    expect(keepsPageAsExpected({ parse: String(proto.parse).replace('this._prepDocument()', 'this._prepDocument(); this._newStep()'), _grabArticle: src })).toBe(false);
    expect(keepsPageAsExpected({ parse: proto.parse, _grabArticle: 'function () {}' })).toBe(false);
  });

  it('gives the text stock Readability gives after starting over', () => {
    const reader = new Readability(loadHtml(RETRY));
    const stock = reader.parse()!;
    expect((reader as unknown as { _attempts: unknown[] })._attempts.length).toBeGreaterThan(0);
    const { clone, copyBody } = cloneWithMap(loadHtml(RETRY));
    const ours = parseWithReadability(clone, { copyBody })!;
    expect(ours.textContent).toBe(stock.textContent);
    expect(ours.title).toBe(stock.title);
  });

  it('pairs the text of a later pass with the live page', () => {
    const doc = loadHtml(RETRY);
    const { clone, copyBody, toLive } = cloneWithMap(doc);
    const content = parseWithReadability(clone, { copyBody })!.content as unknown as Element;
    const walker = content.ownerDocument.createTreeWalker(content, 4);
    let paired = 0;
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const live = toLive.get(t);
      if (t.data.includes('Paragraph')) expect(live?.data).toBe(t.data);
      if (live) paired++;
    }
    expect(paired).toBeGreaterThanOrEqual(6);
    expect(live(doc)).toBe(true);
  });

  it('never serialises the page, and leaves no trace on the nodes it returns', () => {
    const { proto, d } = innerHtmlGetter();
    const spy = vi.fn(d.get);
    Object.defineProperty(proto, 'innerHTML', { ...d, get: spy });
    try {
      for (const html of [PLAIN, RETRY]) {
        spy.mockClear();
        const { clone, copyBody } = cloneWithMap(loadHtml(html));
        const content = parseWithReadability(clone, { copyBody })!.content as unknown as Element;
        // Only the noscript image is read as HTML, by parse()'s first step and again by its replay.
        const read = (spy.mock.contexts as Element[]).map((el) => el.localName);
        expect(read).toEqual(html === RETRY ? ['noscript', 'noscript'] : []);
        expect(Object.getOwnPropertyDescriptor(content, 'innerHTML')).toBeUndefined();
        expect(Object.getOwnPropertyDescriptor(clone.body!, 'innerHTML')).toBeUndefined();
        expect(content.innerHTML).toContain('Paragraph 6');
      }
      spy.mockClear();
      parseWithReadability(cloneWithMap(loadHtml(PLAIN)).clone);
      expect(spy).toHaveBeenCalled();
    } finally {
      Object.defineProperty(proto, 'innerHTML', d);
    }
  });
});

function live(doc: Document): boolean {
  return doc.body.textContent!.includes('Paragraph 6') && doc.querySelectorAll('p').length === 7;
}
