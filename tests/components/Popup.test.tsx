import '../i18n/english';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps, type PopupState } from '../../components/Popup';
import type { PageResults } from '../../lib/messages';
import type { Entity } from '../../lib/types';
import { withPreactRoot } from '../helpers/preact-root';

const names: Record<string, string> = { CN: 'China', AL: 'Albania' };
const countryName = (c: string) => names[c] ?? c;

function country(code: string, name: string, n: number, confidence = 0.9): Entity {
  const mentions = Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 4 }));
  return { type: 'country', key: code, code, name, mentions, confidence };
}
function official(key: string, name: string, n: number, titles: string[], c: string | null, confidence = 0.9): Entity {
  const mentions = Array.from({ length: n }, (_, i) => ({ start: 500 + i * 10, end: 504 + i * 10 }));
  return { type: 'official', key, name, mentions, confidence, aliases: [], titles, country: c };
}

function page(patch: Partial<PageResults> = {}): PageResults {
  return {
    status: 'done',
    url: 'http://127.0.0.1/a.html',
    title: 'A',
    detection: { isArticle: true, score: 0.9, signals: [] },
    meta: null,
    entities: [],
    highlightsOn: true,
    forced: false,
    highlighted: 0,
    error: null,
    ms: 3,
    site: null,
    ...patch,
  };
}

let root: HTMLElement;
withPreactRoot((r) => (root = r));

function show(state: PopupState, extra: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    state,
    positions: {},
    announcement: '',
    busy: false,
    countryName,
    onToggle: vi.fn(),
    onAnalyze: vi.fn(),
    onShow: vi.fn(),
    onCopy: vi.fn(),
    ...extra,
  };
  act(() => render(<Popup {...props} />, root));
  return props;
}

const text = (sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent?.trim());

describe('Popup states', () => {
  it.each<[string, PopupState, RegExp]>([
    ['loading', { kind: 'loading' }, /Reading this page/],
    ['unavailable', { kind: 'unavailable', reason: 'Reload it.' }, /can’t work on this page.*Reload it\./],
    ['error', { kind: 'error', message: 'Bad answer.' }, /Something went wrong.*Bad answer\./],
    ['content error', { kind: 'ready', page: page({ status: 'error', error: 'boom' }) }, /could not analyse.*boom/],
    ['empty article', { kind: 'ready', page: page() }, /No officials or countries were found/],
  ])('%s says what happened', (_label, state, re) => {
    show(state);
    expect(root.textContent).toMatch(re);
  });

  it('offers "Analyze this page anyway" on a non-article and forces analysis', () => {
    const props = show({ kind: 'ready', page: page({ status: 'not-article' }) });
    expect(root.textContent).toMatch(/doesn’t look like a news article/);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Analyze this page anyway');
    expect(button).toBeTruthy();
    act(() => button!.click());
    expect(props.onAnalyze).toHaveBeenCalledWith(true);
    expect(root.querySelector('.entity')).toBeNull();
  });

  it('after a forced analysis that found no article text, says so without offering it again', () => {
    show({ kind: 'ready', page: page({ status: 'not-article', forced: true }) });
    expect(root.textContent).toMatch(/found no article text/);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Analyze this page anyway');
  });
});

describe('Popup entity lists', () => {
  const entities = [
    country('AL', 'Albania', 2),
    country('CN', 'China', 5),
    country('MT', 'Malta', 1),
    official('wu-hongbo', 'Wu Hongbo', 1, ['Special Representative'], 'CN'),
    official('selim-belortaja', 'Selim Belortaja', 3, ['Ambassador'], 'AL'),
    official('x-y', 'Maybe Person', 1, [], null, 0.2),
  ];

  it('lists officials with office and country, and countries, most mentioned first', () => {
    show({ kind: 'ready', page: page({ entities }) });
    expect(text('[data-section="officials"] .entity-name')).toEqual(['Selim Belortaja', 'Wu Hongbo']);
    expect(text('[data-section="officials"] .entity-office')).toEqual(['Ambassador', 'Special Representative']);
    expect(text('[data-section="officials"] .entity-country')).toEqual(['Albania', 'China']);
    expect(text('[data-section="countries"] .entity-name')).toEqual(['China', 'Albania', 'Malta']);
    expect(text('[data-section="countries"] .entity-count')).toEqual(['5 mentions', '2 mentions', '1 mention']);
  });

  it('shows low-confidence entities apart', () => {
    show({ kind: 'ready', page: page({ entities }) });
    expect(text('[data-section="unsure"] .entity-name')).toEqual(['Maybe Person']);
    expect(text('[data-section="unsure"] .entity-detail')).toEqual(['Office not stated, Country unknown']);
    expect(root.querySelector('[data-section="officials"]')?.textContent).not.toContain('Maybe Person');
  });

  it('a click asks to show that entity, and the position is displayed', () => {
    const props = show({ kind: 'ready', page: page({ entities }) }, { positions: { 'country:CN': { index: 1, total: 5 } } });
    const china = root.querySelector<HTMLButtonElement>('button[data-entity-key="CN"]')!;
    expect(china.querySelector('.entity-count')?.textContent).toBe('2/5 mentions');
    act(() => china.click());
    expect(props.onShow).toHaveBeenCalledWith(entities[1]);
  });

  it('renders page-derived text as text, never as markup', () => {
    const evil = country('ZZ', '<img src=x onerror=alert(1)>', 1);
    show({ kind: 'ready', page: page({ entities: [evil] }) });
    expect(root.querySelector('img')).toBeNull();
    expect(text('.entity-name')).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('the highlight switch reflects the page and reports changes', () => {
    const props = show({ kind: 'ready', page: page({ entities, highlightsOn: true }) });
    const sw = root.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(sw.checked).toBe(true);
    expect(sw.closest('label')?.textContent).toMatch(/Highlights on this page/);
    act(() => sw.click());
    expect(props.onToggle).toHaveBeenCalledWith(false);
  });

  it('every control is a labelled native button or input', () => {
    show({ kind: 'ready', page: page({ entities }) });
    for (const b of root.querySelectorAll('button')) expect(b.textContent?.trim()).not.toBe('');
    for (const s of root.querySelectorAll('section')) {
      const label = s.getAttribute('aria-labelledby');
      expect(label && root.querySelector(`#${label}`)).toBeTruthy();
    }
  });

  it('the filter narrows every list by name, office or country, ignoring case and accents', () => {
    show({ kind: 'ready', page: page({ entities: [...entities, country('CI', 'Côte d’Ivoire', 1)] }) });
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    const type = (v: string) =>
      act(() => {
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    type('ambassador');
    expect(text('.entity-name')).toEqual(['Selim Belortaja']);
    type('cote');
    expect(text('.entity-name')).toEqual(['Côte d’Ivoire']);
    type('albania');
    expect(text('.entity-name')).toEqual(['Selim Belortaja', 'Albania']);
    type('zzz');
    expect(text('.entity-name')).toEqual([]);
    expect(root.textContent).toMatch(/Nothing matches “zzz”/);
  });

  it('copy buttons pass the format and the listed entities', () => {
    const props = show({ kind: 'ready', page: page({ entities }) });
    const md = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy as Markdown')!;
    const csv = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy as CSV')!;
    act(() => md.click());
    act(() => csv.click());
    expect(props.onCopy).toHaveBeenNthCalledWith(1, 'markdown', entities);
    expect(props.onCopy).toHaveBeenNthCalledWith(2, 'csv', entities);
  });
});

describe('Popup site rule and options', () => {
  const buttons = () => Object.fromEntries([...root.querySelectorAll<HTMLButtonElement>('button.site-rule')].map((b) => [b.textContent, b]));

  it('shows the site with "Never" and "Always" as toggle buttons reflecting the rule', () => {
    const onSiteRule = vi.fn();
    show({ kind: 'ready', page: page({ url: 'https://www.example.com/news/a.html', site: 'always' }) }, { onSiteRule });
    expect(root.querySelector('.site-name')?.textContent).toBe('example.com');
    const b = buttons();
    expect(b['Never on this site'].getAttribute('aria-pressed')).toBe('false');
    expect(b['Always on this site'].getAttribute('aria-pressed')).toBe('true');
    act(() => b['Never on this site'].click());
    expect(onSiteRule).toHaveBeenLastCalledWith('never');
    act(() => b['Always on this site'].click());
    expect(onSiteRule).toHaveBeenLastCalledWith(null);
  });

  it('on a disabled site says why and offers to turn Attaché back on', () => {
    const onSiteRule = vi.fn();
    show({ kind: 'ready', page: page({ status: 'disabled', site: 'never', detection: null }) }, { onSiteRule });
    expect(root.textContent).toMatch(/off on this site/);
    expect(root.querySelector('.entity')).toBeNull();
    const on = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Turn on for this site')!;
    act(() => on.click());
    expect(onSiteRule).toHaveBeenCalledWith(null);
  });

  it('has no site controls where Attaché cannot run, nor for non-web URLs', () => {
    show({ kind: 'unavailable', reason: 'x' }, { onSiteRule: vi.fn() });
    expect(root.querySelector('.site-controls')).toBeNull();
    show({ kind: 'ready', page: page({ url: 'file:///a.html' }) }, { onSiteRule: vi.fn() });
    expect(root.querySelector('.site-controls')).toBeNull();
  });

  it('the legend uses the reader\'s colours', () => {
    const settings = { types: { official: true, country: true }, colors: { official: '#009e73', country: '#cc79a7' }, sites: {} };
    show({ kind: 'ready', page: page({ entities: [country('AL', 'Albania', 1)] }) }, { settings });
    const sw = root.querySelector<HTMLElement>('.legend .swatch-official')!;
    expect(sw.style.borderBottomColor).toMatch(/#009e73|rgb\(0, 158, 115\)/);
  });

  it('an Options button opens the options page', () => {
    const onOpenOptions = vi.fn();
    show({ kind: 'loading' }, { onOpenOptions });
    const b = [...root.querySelectorAll('button')].find((x) => x.textContent === 'Options')!;
    act(() => b.click());
    expect(onOpenOptions).toHaveBeenCalled();
  });
});
