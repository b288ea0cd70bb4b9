// Saved highlights in the page, against an in-memory background: saving a selection or a mention
// sends a valid record and marks it at once; after the page changes, a refresh places what it can
// (exact, then fuzzy) and keeps the rest as orphans; refusals and a full library are told, not hidden.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap } from '../../lib/extract/text-map';
import { parseSavedBackgroundRequest } from '../../lib/saved/messages';
import type { SavedHighlight } from '../../lib/saved/model';
import type { Entity } from '../../lib/types';
import { createSavedHighlights } from '../../entrypoints/content/saved-highlights';
import { createToast } from '../../entrypoints/content/saved-ui';

const P1 = 'Secretary of State Mike Pompeo said the decision followed a long legal review by his department.';
const P2 = 'The European Union said it still considers all settlement activity illegal under international law.';
const P3 = 'Jordan warned that the move would have dangerous consequences for the prospects of peace talks.';

function render(paragraphs: string[]) {
  document.head.innerHTML = '<link rel="canonical" href="/world/story">';
  document.body.innerHTML = `<h1 id="headline">Settlements ruling draws criticism</h1><article id="story"></article>`;
  const story = document.getElementById('story')!;
  for (const t of paragraphs) {
    const p = document.createElement('p');
    p.textContent = t;
    story.append(p);
  }
}

function setup(opts: { full?: boolean } = {}) {
  const db: SavedHighlight[] = [];
  const sent: unknown[] = [];
  let entities: Entity[] = [];
  const page = {
    results: () => ({ status: 'done' as const, meta: { title: 'Settlements ruling', byline: 'A. Writer', siteName: 'Example News', publishedTime: '2019-11-19', lang: 'en', length: 0 } }),
    map: () => buildTextMap(document.getElementById('story')!),
    entities: () => entities,
    alongside: <T,>(fn: () => T) => fn(),
  };
  const send = async (raw: unknown) => {
    sent.push(raw);
    const msg = parseSavedBackgroundRequest(raw);
    if (!msg) return { ok: false, error: 'bad request' };
    if (msg.type === 'attache:list-highlights') return { ok: true, highlights: db };
    if (opts.full) return { ok: false, error: 'Your browser has no more room.', full: true };
    db.push(msg.highlight);
    return { ok: true, id: msg.highlight.id, quote: msg.highlight.target.selectors[0].exact };
  };
  const toast = createToast(document);
  const saved = createSavedHighlights({ doc: document, page, send, toast });
  return { db, sent, saved, toast, setEntities: (e: Entity[]) => (entities = e) };
}

function selectText(text: string) {
  const walker = document.createTreeWalker(document.body, 4);
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
  throw new Error(`no "${text}" in the page`);
}

const marks = () => {
  const out: Record<string, string> = {};
  for (const m of document.querySelectorAll('mark[data-attache-type="saved"]')) {
    const id = m.getAttribute('data-attache-id')!;
    out[id] = (out[id] ?? '') + m.textContent;
  }
  return out;
};

beforeEach(() => {
  document.getSelection()?.removeAllRanges();
  document.documentElement.querySelectorAll('attache-toast').forEach((t) => t.remove());
});

describe('saved highlights in the page', () => {
  it('saves a selection with its page facts, entities and canonical key, and marks it at once', async () => {
    render([P1, P2, P3]);
    const { db, saved, toast, setEntities } = setup();
    const start = P1.indexOf('Mike Pompeo');
    setEntities([{ type: 'official', key: 'mike-pompeo', name: 'Mike Pompeo', mentions: [{ start, end: start + 11 }], confidence: 1, aliases: [], titles: ['Secretary of State'], country: 'US' }]);
    selectText('State Mike Pompeo said the decision');
    const out = await saved.saveSelection();
    expect(out).toMatchObject({ ok: true, quote: 'State Mike Pompeo said the decision' });
    expect(db).toHaveLength(1);
    const h = db[0];
    expect(h.kind).toBe('selection');
    expect(h.entities).toEqual([{ type: 'official', key: 'mike-pompeo', name: 'Mike Pompeo' }]);
    expect(h.page).toMatchObject({ title: 'Settlements ruling', siteName: 'Example News', byline: 'A. Writer' });
    expect(h.target.canonicalUrl).toBe(new URL('/world/story', location.href).href);
    expect(h.target.selectors[0]).toMatchObject({ prefix: 'Secretary of ', suffix: expect.stringMatching(/^ followed a long/) });
    expect(marks()).toEqual({ [h.id]: 'State Mike Pompeo said the decision' });
    expect(toast.text()).toContain('Saved');
    expect(document.getSelection()!.rangeCount).toBe(0);
  });

  it('after the page changes: exact where unchanged, fuzzy where a word changed, orphan where the text is gone', async () => {
    render([P1, P2, P3]);
    const { db, saved } = setup();
    for (const q of ['a long legal review by his department', 'still considers all settlement activity illegal', 'dangerous consequences for the prospects']) {
      selectText(q);
      expect((await saved.saveSelection()).ok).toBe(true);
    }
    const [a, b, c] = db.map((h) => h.id);
    render(['A new first paragraph that shifts every position in the text.', P1, P2.replace('settlement', 'settler')]);
    await saved.refresh();
    expect(marks()).toEqual({ [a]: 'a long legal review by his department', [b]: 'still considers all settler activity illegal' });
    const onPage = saved.onPage();
    expect(onPage.placed.map((x) => x.id).sort()).toEqual([a, b].sort());
    expect(onPage.orphans).toEqual([expect.objectContaining({ id: c, quote: 'dangerous consequences for the prospects' })]);
  });

  it('text outside the article (the headline) is saved and placed again through the body', async () => {
    render([P1]);
    const { db, saved } = setup();
    selectText('Settlements ruling draws');
    expect((await saved.saveSelection()).ok).toBe(true);
    expect(db[0].entities).toEqual([]);
    render([P1]);
    await saved.refresh();
    expect(Object.values(marks())).toEqual(['Settlements ruling draws']);
  });

  it('saves an entity mention from its highlight', async () => {
    render([P1, P2]);
    const { db, saved, setEntities } = setup();
    const start = P1.indexOf('Mike Pompeo');
    setEntities([{ type: 'official', key: 'mike-pompeo', name: 'Mike Pompeo', mentions: [{ start, end: start + 11 }], confidence: 1, aliases: [], titles: [], country: 'US' }]);
    const mark = document.createElement('mark');
    mark.setAttribute('data-attache-id', 'official:mike-pompeo:0');
    expect(await saved.saveMention(mark)).toMatchObject({ ok: true, quote: 'Mike Pompeo' });
    expect(db[0]).toMatchObject({ kind: 'entity', entities: [{ key: 'mike-pompeo' }] });
    mark.setAttribute('data-attache-id', 'official:mike-pompeo:5');
    expect(await saved.saveMention(mark)).toMatchObject({ ok: false });
    expect(db).toHaveLength(1);
  });

  it('refuses an empty selection without asking the background, and tells the reader', async () => {
    render([P1]);
    const { sent, saved, toast } = setup();
    const out = await saved.saveSelection();
    expect(out.ok).toBe(false);
    expect(sent).toEqual([]);
    expect(toast.text()).toMatch(/Select some text/);
  });

  it('a full library: the reader sees the message and nothing is marked', async () => {
    render([P1]);
    const { saved, toast } = setup({ full: true });
    selectText('a long legal review');
    expect(await saved.saveSelection()).toMatchObject({ ok: false, full: true });
    expect(toast.text()).toContain('no more room');
    expect(marks()).toEqual({});
  });

  it('show() scrolls to a placed highlight and flashes it; an unknown id is not found', async () => {
    render([P1]);
    const { db, saved } = setup();
    selectText('legal review');
    await saved.saveSelection();
    expect(saved.show(db[0].id)).toBe(true);
    expect(document.querySelector('mark[data-attache-type="saved"]')!.classList.contains('attache-flash')).toBe(true);
    expect(saved.show('00000000-0000-4000-8000-000000000009')).toBe(false);
  });
});
