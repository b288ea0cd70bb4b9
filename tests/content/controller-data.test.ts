// The controller fetches word lists only for a page it will read (issues 7, 8): detection first, then
// loadData for an article, a forced analysis or an "always" site, never for other pages or a
// "never" site; the pipeline gets that detection instead of making its own; a loader that fails
// leaves no exception, and "Analyze this page anyway" answers once the data is there.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createController, type ControllerDeps } from '../../entrypoints/content/controller';
import { parseSettings, withSiteRule } from '../../lib/settings';
import type { Detection, PageAnalysis, TextMap } from '../../lib/types';

function setup(isArticle: boolean, load: () => Promise<unknown> = async () => {}) {
  document.body.innerHTML = '<p id="a">Albania and China met.</p>';
  const events: string[] = [];
  const detection: Detection = { isArticle, score: isArticle ? 1 : 0, signals: [] };
  let clock = 0;
  const detect = vi.fn(() => {
    events.push('detect');
    clock += 2;
    return detection;
  });
  const loadData = vi.fn(() => {
    events.push('load');
    return load();
  });
  const analyze = vi.fn((_doc: Document, opts: { force?: boolean; detection?: Detection }): PageAnalysis & { timings: Record<string, number> } => {
    events.push(opts.detection ? 'analyze(detected)' : 'analyze');
    const d = opts.detection ?? detection;
    if (!d.isArticle && !opts.force) return { detection: d, meta: null, map: null, entities: [], timings: {} };
    const node = document.getElementById('a')!.firstChild as Text;
    const map: TextMap = { text: node.data, segments: [{ start: 0, end: node.data.length, node }] };
    return { detection: d, meta: null, map, entities: [{ type: 'country', key: 'AL', code: 'AL', name: 'Albania', mentions: [{ start: 0, end: 7 }], confidence: 0.9 }], timings: { extract: 5 } };
  });
  const deps: ControllerDeps = {
    doc: document,
    analyze,
    detect,
    loadData,
    highlight: () => ({ remove() {} }),
    report: () => {},
    now: () => clock,
  };
  return { deps, events, loadData, detect, analyze };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('controller.start and the word lists', () => {
  it('on an article: detects, loads, then analyses with that detection (detected once)', async () => {
    const { deps, events } = setup(true);
    const c = createController(deps);
    await c.start(false);
    expect(events).toEqual(['detect', 'load', 'analyze(detected)']);
    const r = c.results();
    expect(r.status).toBe('done');
    expect(r.timings).toMatchObject({ detect: 2, extract: 5 });
    expect(r.ms).toBe(2); // the detection counts, the wait for data does not
  });

  it('on a page that is not an article: detects and stops, loading nothing', async () => {
    const { deps, events, loadData } = setup(false);
    const c = createController(deps);
    await c.start(false);
    expect(events).toEqual(['detect', 'analyze(detected)']);
    expect(loadData).not.toHaveBeenCalled();
    expect(c.results().status).toBe('not-article');
  });

  it('"Analyze this page anyway" loads the data first and answers when done', async () => {
    const { deps, events } = setup(false);
    const c = createController(deps);
    await c.start(false);
    const answer = c.handle({ type: 'attache:analyze', force: true });
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toMatchObject({ status: 'done', forced: true, entities: [{ key: 'AL' }] });
    expect(events).toEqual(['detect', 'analyze(detected)', 'detect', 'load', 'analyze(detected)']);
  });

  it('an "always" site loads for a non-article; a "never" site neither detects nor loads', async () => {
    const always = setup(false);
    await createController({ ...always.deps, settings: withSiteRule(parseSettings(undefined), document.location.href, 'always') }).start(false);
    expect(always.events).toEqual(['detect', 'load', 'analyze(detected)']);

    const never = setup(true);
    const c = createController({ ...never.deps, settings: withSiteRule(parseSettings(undefined), document.location.href, 'never') });
    await c.start(false);
    expect(never.detect).not.toHaveBeenCalled();
    expect(never.loadData).not.toHaveBeenCalled();
    expect(c.results().status).toBe('disabled');
  });

  it('a loader that fails throws nothing into the page; the analysis still runs (the pipeline reports what is missing)', async () => {
    const { deps, events } = setup(true, () => Promise.reject(new Error('background asleep')));
    const c = createController(deps);
    await expect(c.start(false)).resolves.toBeUndefined();
    expect(events).toEqual(['detect', 'load', 'analyze(detected)']);
    expect(c.results().status).toBe('done');
  });

  it('a navigation (history API) goes through the same path', async () => {
    const { deps, events } = setup(true);
    const c = createController(deps);
    await c.navigated();
    expect(events).toEqual(['detect', 'load', 'analyze(detected)']);
  });
});
