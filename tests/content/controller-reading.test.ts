// The controller with the real highlighter and late-content watcher on small pages: settings,
// per-site rules, keyboard stops, late paragraphs, SPA navigation and re-rendered articles.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createController, type ControllerDeps } from '../../entrypoints/content/controller';
import { watchLateContent, type LateContentWatcher } from '../../entrypoints/content/late-content';
import { collectTextNodes, textMapFromNodes } from '../../lib/extract/text-map';
import { applyHighlights } from '../../lib/highlight/highlight';
import { parseSettings, withSiteRule, type Settings } from '../../lib/settings';
import type { Entity, PageAnalysis } from '../../lib/types';

const CODES: Record<string, string> = { Albania: 'AL', China: 'CN', France: 'FR' };

// A stand-in for recognition: country names, and "Ambassador <Name> <Name>" for officials of Albania.
function recognize(text: string): Entity[] {
  const out = new Map<string, Entity>();
  for (const m of text.matchAll(/\b(Albania|China|France)\b/g)) {
    const code = CODES[m[1]];
    const e = out.get(code) ?? { type: 'country', key: code, code, name: m[1], mentions: [], confidence: 0.9 };
    e.mentions.push({ start: m.index!, end: m.index! + m[1].length });
    out.set(code, e);
  }
  for (const m of text.matchAll(/Ambassador ([A-Z]\w+ [A-Z]\w+)/g)) {
    const key = m[1].toLowerCase().replace(' ', '-');
    const start = m.index! + 'Ambassador '.length;
    const e = out.get(key) ?? { type: 'official', key, name: m[1], mentions: [], confidence: 0.9, aliases: [], titles: ['Ambassador'], country: 'AL' };
    e.mentions.push({ start, end: start + m[1].length });
    out.set(key, e);
  }
  return [...out.values()];
}

function setup(html: string, settings: Settings = parseSettings(undefined)) {
  document.body.innerHTML = html;
  const original = document.body.innerHTML;
  const analyze = vi.fn((doc: Document, opts: { force?: boolean }): PageAnalysis => {
    const article = doc.querySelector('article');
    const isArticle = !!article;
    if (!isArticle && !opts.force) return { detection: { isArticle, score: 0, signals: [] }, meta: null, map: null, entities: [] };
    const map = textMapFromNodes(collectTextNodes(article ?? doc.body));
    return { detection: { isArticle, score: 1, signals: [] }, meta: null, map, entities: recognize(map.text) };
  });
  let watcher: LateContentWatcher | null = null;
  const report = vi.fn();
  const deps: ControllerDeps = {
    doc: document,
    settings,
    analyze,
    recognize,
    highlight: (map, marks, doc) => applyHighlights(map, marks, doc),
    report,
    now: () => 0,
    watch: (root, hooks) => (watcher = watchLateContent({ root, ...hooks, debounceMs: 10_000, maxWaitMs: 10_000 })),
  };
  const c = createController(deps);
  return { c, analyze, report, original, watcher: () => watcher! };
}

const ARTICLE = `<header>China news</header><article><div class="body">
<p id="p1">Ambassador Selim Belortaja of Albania met envoys from China.</p>
<p id="p2">Albania and China signed a deal.</p>
</div></article><footer>France</footer>`;

const marks = (root: ParentNode = document) =>
  [...root.querySelectorAll('mark.attache-hl')].map((m) => `${m.getAttribute('data-attache-id')}=${m.textContent}`);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('settings in the content controller', () => {
  it('highlights only the enabled types, and applies a change at once', () => {
    const { c } = setup(ARTICLE, parseSettings({ types: { country: false } }));
    c.run(false);
    expect(marks()).toEqual(['official:selim-belortaja:0=Selim Belortaja']);
    expect(c.results().entities).toHaveLength(3); // the popup still lists every type
    c.setSettings(parseSettings(undefined));
    expect(marks()).toHaveLength(5);
    c.setSettings(parseSettings({ types: { official: false, country: false } }));
    expect(marks()).toEqual([]);
  });

  it('sets a chosen colour on the marks and leaves default-coloured marks without a style', () => {
    const { c } = setup(ARTICLE, parseSettings({ colors: { country: '#009e73' } }));
    c.run(false);
    const country = document.querySelector<HTMLElement>('mark[data-attache-type="country"]')!;
    const official = document.querySelector<HTMLElement>('mark[data-attache-type="official"]')!;
    expect(country.style.getPropertyValue('--attache-line')).toBe('#009e73');
    expect(official.hasAttribute('style')).toBe(false);
  });

  it('makes the first mention of each entity, and only that, a tab stop', () => {
    const { c } = setup(ARTICLE);
    c.run(false);
    const stops = [...document.querySelectorAll<HTMLElement>('mark[tabindex="0"]')].map((m) => m.getAttribute('data-attache-id'));
    expect(stops.sort()).toEqual(['country:AL:0', 'country:CN:0', 'official:selim-belortaja:0']);
  });

  it('"Never on this site" stops before any analysis; clearing it runs again', () => {
    const url = document.location.href;
    const never = withSiteRule(parseSettings(undefined), url, 'never');
    const { c, analyze, report } = setup(ARTICLE, never);
    c.run(false);
    expect(analyze).not.toHaveBeenCalled();
    expect(c.results()).toMatchObject({ status: 'disabled', site: 'never', entities: [], detection: null });
    expect(report).toHaveBeenLastCalledWith(0, false);
    c.setSettings(parseSettings(undefined));
    expect(c.results().status).toBe('done');
    expect(report).toHaveBeenLastCalledWith(3, true);
    c.setSettings(never);
    expect(c.results().status).toBe('disabled');
    expect(marks()).toEqual([]);
  });

  it('"Always on this site" analyses a page that detection passed over', () => {
    const { c } = setup('<div><p id="p1">Albania and China.</p></div>');
    c.run(false);
    expect(c.results().status).toBe('not-article');
    c.setSettings(withSiteRule(parseSettings(undefined), document.location.href, 'always'));
    expect(c.results()).toMatchObject({ status: 'done', forced: true, site: 'always' });
    expect(marks()).toHaveLength(2);
  });

  it('the shortcut message toggles highlights, restoring the body exactly', () => {
    const { c, original } = setup(ARTICLE);
    c.run(false);
    expect(c.handle({ type: 'attache:toggle-highlights' })).toMatchObject({ highlightsOn: false, highlighted: 0 });
    expect(document.body.innerHTML).toBe(original);
    expect(c.handle({ type: 'attache:toggle-highlights' })).toMatchObject({ highlightsOn: true, highlighted: 5 });
  });
});

describe('pages that change after load', () => {
  it('highlights a paragraph added later, only there, once', () => {
    const { c, watcher, report } = setup(ARTICLE);
    c.run(false);
    const before = marks();
    const p = document.createElement('p');
    p.textContent = 'Later, France and Albania spoke.';
    document.querySelector('.body')!.append(p);
    watcher().flush();
    expect(marks()).toEqual([...before, 'country:FR:0=France', 'country:AL:2=Albania']);
    const al = c.results().entities.find((e) => e.key === 'AL')!;
    expect(al.mentions).toHaveLength(3);
    expect(report).toHaveBeenLastCalledWith(4, true);
    // The same text handed over again is not analysed or wrapped again.
    c.addLate([p.firstChild as Text, ...collectTextNodes(p)]);
    watcher().flush();
    expect(marks()).toHaveLength(before.length + 2);
    expect(document.querySelectorAll('mark mark')).toHaveLength(0);
  });

  it('ignores additions outside the article root and its own highlighting', () => {
    const { c, watcher, analyze } = setup(ARTICLE);
    c.run(false);
    document.querySelector('footer')!.append(' and China');
    c.setHighlights(false);
    c.setHighlights(true);
    watcher().flush();
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(marks().filter((m) => m.startsWith('country:CN'))).toHaveLength(2);
  });

  it('toggling off after late text restores the page with the new paragraph as it was added', () => {
    const { c, watcher, original } = setup(ARTICLE);
    c.run(false);
    const p = document.createElement('p');
    p.textContent = 'France said so.';
    document.querySelector('.body')!.append(p);
    watcher().flush();
    expect(marks(p)).toEqual(['country:FR:0=France']);
    c.setHighlights(false);
    expect(document.body.innerHTML).toBe(original.replace('</div></article>', '<p>France said so.</p></div></article>'));
  });

  it('an article re-rendered by the page is analysed again', () => {
    const { c, watcher, analyze } = setup(ARTICLE);
    c.run(false);
    const body = document.querySelector('.body')!;
    body.innerHTML = '<p>France and China.</p>';
    watcher().flush();
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(c.results().entities.map((e) => e.key).sort()).toEqual(['CN', 'FR']);
    expect(marks()).toEqual(['country:FR:0=France', 'country:CN:0=China']);
  });

  it('a history navigation replaces the results with the new article\'s', () => {
    const { c } = setup(ARTICLE);
    c.run(false);
    document.querySelector('article')!.innerHTML = '<p>France only.</p>';
    c.navigated();
    expect(c.results().entities.map((e) => e.key)).toEqual(['FR']);
    expect(marks()).toEqual(['country:FR:0=France']);
  });
});
