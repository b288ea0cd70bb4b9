// Saved highlights next to the page controller, with the real highlighter and late-content watcher:
// placing them must not look like a re-rendered article (which would re-run the analysis) nor like
// new text; a re-run places them again; turning entity highlights off and on leaves them alone.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createController } from '../../entrypoints/content/controller';
import { watchLateContent, type LateContentWatcher } from '../../entrypoints/content/late-content';
import { createSavedHighlights } from '../../entrypoints/content/saved-highlights';
import { createToast } from '../../entrypoints/content/saved-ui';
import { collectTextNodes, textMapFromNodes } from '../../lib/extract/text-map';
import { applyHighlights } from '../../lib/highlight/highlight';
import { parseSavedBackgroundRequest } from '../../lib/saved/messages';
import type { SavedHighlight } from '../../lib/saved/model';
import type { Entity, PageAnalysis } from '../../lib/types';

function recognize(text: string): Entity[] {
  const mentions = [...text.matchAll(/\bAlbania\b/g)].map((m) => ({ start: m.index!, end: m.index! + 7 }));
  return mentions.length ? [{ type: 'country', key: 'AL', code: 'AL', name: 'Albania', mentions, confidence: 0.9 }] : [];
}

const ARTICLE = `<article><p id="p1">Envoys from Albania met in Tirana on Monday to sign a trade accord.</p>
<p id="p2">Albania said the accord would take effect next year.</p></article>`;

function setup() {
  document.body.innerHTML = ARTICLE;
  const analyze = vi.fn((doc: Document): PageAnalysis => {
    const map = textMapFromNodes(collectTextNodes(doc.querySelector('article')!));
    return { detection: { isArticle: true, score: 1, signals: [] }, meta: null, map, entities: recognize(map.text) };
  });
  let watcher: LateContentWatcher | null = null;
  let saved: ReturnType<typeof createSavedHighlights> | null = null;
  const db: SavedHighlight[] = [];
  const c = createController({
    doc: document,
    analyze,
    recognize,
    highlight: (map, marks, doc) => applyHighlights(map, marks, doc),
    report: () => {},
    now: () => 0,
    watch: (root, hooks) => (watcher = watchLateContent({ root, ...hooks, debounceMs: 10_000, maxWaitMs: 10_000 })),
    onRun: () => void saved?.refresh(),
  });
  const send = async (raw: unknown) => {
    const msg = parseSavedBackgroundRequest(raw);
    if (msg?.type === 'attache:list-highlights') return { ok: true, highlights: db };
    if (msg?.type === 'attache:save-highlight') {
      db.push(msg.highlight);
      return { ok: true, id: msg.highlight.id, quote: msg.highlight.target.selectors[0].exact };
    }
    return { ok: false, error: 'bad' };
  };
  saved = createSavedHighlights({ doc: document, page: c, send, toast: createToast(document) });
  return { c, analyze, saved, db, watcher: () => watcher! };
}

function select(text: string) {
  const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes(text))!;
  const walker = document.createTreeWalker(p, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(r);
    return;
  }
  throw new Error(text);
}

const savedText = () => [...document.querySelectorAll('mark[data-attache-type="saved"]')].map((m) => m.textContent).join('|');
const entityMarks = () => document.querySelectorAll('mark[data-attache-type="country"]').length;
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('saved highlights with the controller', () => {
  it('saving is invisible to the late-content watcher: no re-analysis, no new entities', async () => {
    const { c, analyze, saved, watcher } = setup();
    c.run(false);
    await tick();
    expect(analyze).toHaveBeenCalledTimes(1);
    select('met in Tirana on Monday');
    expect((await saved.saveSelection()).ok).toBe(true);
    (watcher() as unknown as { flush(): void }).flush();
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(c.results().entities[0].mentions).toHaveLength(2);
    expect(savedText()).toBe('met in Tirana on Monday');
  });

  it('positive control: the same split made outside alongside() is taken for a re-rendered article', async () => {
    const { c, analyze, watcher } = setup();
    c.run(false);
    const map = c.map()!;
    const i = map.text.indexOf('Tirana');
    applyHighlights(map, [{ start: i, end: i + 6, type: 'saved', key: 'x' }], document);
    (watcher() as unknown as { flush(): void }).flush();
    expect(analyze.mock.calls.length).toBeGreaterThan(1);
  });

  it('a re-run places saved highlights again; entity highlights off and on leave them alone', async () => {
    const { c, saved } = setup();
    c.run(false);
    await tick();
    select('sign a trade accord');
    await saved.saveSelection();
    c.run(false);
    await vi.waitFor(() => expect(savedText()).toBe('sign a trade accord'));
    expect(document.querySelectorAll('mark[data-attache-type="saved"]').length).toBe(1);
    c.setHighlights(false);
    expect(entityMarks()).toBe(0);
    expect(savedText()).toBe('sign a trade accord');
    c.setHighlights(true);
    expect(entityMarks()).toBe(2);
    expect(savedText()).toBe('sign a trade accord');
    expect(saved.onPage().placed).toHaveLength(1);
  });
});
