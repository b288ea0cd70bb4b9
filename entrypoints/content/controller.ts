// What the content script does on one page, separated from `browser.*` so it can be tested in
// happy-dom: run the pipeline (unless the reader said "Never on this site"), highlight every
// mention of the enabled types, keep the results, pick up text the page adds later, and answer the
// popup's requests. Nothing here may throw into the page; every failure becomes `status: 'error'`.
import type { ContentRequest, PageResults, ScrollResult } from '@/lib/messages';
import { DEFAULT_SETTINGS, markColors, settingsChanges, siteRule, type Settings } from '@/lib/settings';
import { textMapFromNodes } from '@/lib/extract/text-map';
import { formatCount, PAGE_LIMITS } from '@/lib/budget';
import type { Detection, Entity, EntityType, PageAnalysis, SkippedWork, TextMap } from '@/lib/types';
import { appendTextMap, articleRoot, mergeLateEntities } from './late-entities';

export interface MarkSpec {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  id?: string;
}

export interface HighlightResult {
  remove(): void;
  /** The map after splitting text nodes (lib/highlight returns it); lets late content skip them. */
  map?: TextMap;
  /** The wrapper elements of each spec, in the order given. */
  elements?: HTMLElement[][];
}

/** Watches the article root for text added later (./late-content). */
export interface Watcher {
  quietly<T>(fn: () => T): T;
  disconnect(): void;
}
export interface WatchHooks {
  isKnown(node: Text): boolean;
  onAdded(nodes: Text[]): void;
  onRemoved(): void;
}

export interface ControllerDeps {
  doc: Document;
  /** `timings` (ms per stage) when the pipeline was given a clock; reported for `npm run bench`. */
  analyze(doc: Document, opts: { force?: boolean; url?: string; detection?: Detection }): PageAnalysis & { timings?: Record<string, number> };
  /**
   * Detection alone, and the loading of the word lists recognition needs (from the background):
   * given both, start() detects first and loads only for a page that will be analysed, so a page
   * that is not an article costs no data. Without them the data is taken to be there already.
   */
  detect?(doc: Document, url: string): Detection;
  loadData?(doc: Document): Promise<unknown>;
  /** Recognition on plain text, for text added after the analysis. */
  recognize?(text: string, lang?: string): Entity[];
  highlight(map: TextMap, marks: MarkSpec[], doc: Document): HighlightResult;
  /** Tells the background how many entities the page has (toolbar badge). */
  report(count: number, isArticle: boolean): void;
  now(): number;
  watch?(root: Element, hooks: WatchHooks): Watcher;
  /** Highlights appeared on (true) or left (false) the page: the hover card listens only meanwhile. */
  onHighlights?(present: boolean): void;
  /** After each analysis (run), so saved highlights are placed again (./saved-highlights). */
  onRun?(): void;
  settings?: Settings;
}

/** A page with more mentions than this is highlighted only up to it; the rest are reported skipped. */
export const MAX_MARKS = 3000;
/** A page that re-renders its article again and again is not re-analysed more often than this. */
const MAX_RERUNS = 5;
const FLASH_MS = 1600;
export const HL_SELECTOR = 'mark.attache-hl';

export function createController(deps: ControllerDeps) {
  const { doc } = deps;
  let settings = deps.settings ?? DEFAULT_SETTINGS;
  let analysis: PageAnalysis | null = null;
  let handles: HighlightResult[] = [];
  let highlightsOn = true;
  let forced = false;
  let highlighted = 0;
  let status: PageResults['status'] = 'pending';
  let error: string | null = null;
  let ms = 0;
  let timings: Record<string, number> = {};
  let reruns = 0;
  /** The URL the current results are for; after a history navigation it lags until the re-run. */
  let analysedUrl: string | null = null;
  let known = new WeakSet<Text>();
  let watcher: Watcher | null = null;
  const cursors = new Map<string, number>();
  /** What this controller's own caps left out (highlights, late text), by stage; the pipeline reports the rest. */
  const notes = new Map<SkippedWork['stage'], string>();

  const entities = (): Entity[] => analysis?.entities ?? [];
  const url = () => doc.location?.href ?? '';
  // Asked several times per run and by every popup request; parsing the URL each time showed in profiles.
  let ruleFor: { settings: Settings; url: string; rule: ReturnType<typeof siteRule> } | null = null;
  const rule = () => {
    const u = url();
    if (ruleFor?.settings !== settings || ruleFor.url !== u) ruleFor = { settings, url: u, rule: siteRule(settings, u) };
    return ruleFor.rule;
  };
  const quietly = <T>(fn: () => T): T => (watcher ? watcher.quietly(fn) : fn());
  const learn = (map: TextMap | null | undefined) => map?.segments.forEach((s) => known.add(s.node));

  function unhighlight() {
    if (!handles.length) return;
    const hs = handles.reverse();
    handles = [];
    highlighted = 0;
    quietly(() => hs.forEach((h) => h.remove()));
    deps.onHighlights?.(false);
  }

  /** Highlights `marks` over `map`, then makes each entity's first mention focusable and sets colours. */
  function wrap(map: TextMap, marks: MarkSpec[]) {
    const enabled = marks.filter((m) => settings.types[m.type]);
    const kept = enabled.slice(0, Math.max(0, MAX_MARKS - highlighted));
    if (kept.length < enabled.length) notes.set('highlight', `only the first ${formatCount(MAX_MARKS)} mentions were highlighted`);
    if (!kept.length) return;
    const h = quietly(() => deps.highlight(map, kept, doc));
    handles.push(h);
    highlighted += kept.length;
    learn(h.map);
    h.elements?.forEach((els, k) => {
      const spec = kept[k];
      const colors = settings.colors[spec.type] !== DEFAULT_SETTINGS.colors[spec.type] ? markColors(settings.colors[spec.type]) : null;
      for (const el of els) {
        if (colors) {
          el.style.setProperty('--attache-bg', colors.background);
          el.style.setProperty('--attache-line', colors.line);
        }
      }
      // One tab stop per entity: the hover card is reachable by keyboard without tabbing through every mention.
      if (spec.id?.endsWith(':0') && els[0]) els[0].tabIndex = 0;
    });
    deps.onHighlights?.(true);
  }

  /**
   * The analysis with a map that points at live nodes. Removing highlights may merge text nodes,
   * or the page may have re-rendered since: then the page is analysed afresh.
   */
  function liveMap(): TextMap | null {
    if (!analysis?.map) return null;
    if (!mapIsLive(analysis.map)) {
      analysis = deps.analyze(doc, { force: status === 'done', url: url() });
      known = new WeakSet();
      learn(analysis.map);
    }
    return analysis.map;
  }

  function highlight() {
    if (handles.length || !liveMap() || !analysis?.map) return;
    const marks: MarkSpec[] = [];
    for (const e of entities()) {
      e.mentions.forEach((m, i) => marks.push({ start: m.start, end: m.end, type: e.type, key: e.key, id: `${e.type}:${e.key}:${i}` }));
    }
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    const t0 = deps.now();
    wrap(analysis.map, marks);
    timings.highlight = deps.now() - t0;
  }

  function stopWatching() {
    watcher?.disconnect();
    watcher = null;
  }

  function startWatching() {
    if (!deps.watch || status !== 'done' || !analysis?.map) return;
    const root = articleRoot(analysis.map);
    if (!root) return;
    watcher = deps.watch(root, {
      isKnown: (n) => known.has(n),
      onAdded: (nodes) => guard(() => addLate(nodes)),
      onRemoved: () => {
        // The page re-rendered its article and dropped analysed text: analyse it again, within reason.
        if (++reruns <= MAX_RERUNS) run(forced);
        else stopWatching();
      },
    });
  }

  function addLate(nodes: Text[]) {
    if (status !== 'done' || !analysis?.map || !deps.recognize) return;
    const extra = textMapFromNodes(nodes.filter((n) => !known.has(n) && n.isConnected));
    if (!extra.text.trim()) return;
    // Late text is read together with the article: past the recognition limit it is left out.
    if (analysis.map.text.length + extra.text.length > PAGE_LIMITS.maxRecognizeChars) {
      notes.set('late', 'text the page added later was not read: the article is past the recognition limit');
      return;
    }
    learn(extra);
    const { map, base } = appendTextMap(analysis.map, extra);
    const found = deps.recognize(map.text, analysis.meta?.lang ?? undefined);
    const merged = mergeLateEntities(analysis.entities, found, base);
    analysis = { ...analysis, map, entities: merged.entities };
    if (highlightsOn && merged.added.length) {
      wrap(extra, merged.added.map((m) => ({ ...m, start: m.start - base, end: m.end - base })));
    }
    report();
  }

  function guard(fn: () => void) {
    try {
      fn();
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
  }

  function report() {
    try {
      deps.report(status === 'done' ? entities().length : 0, status === 'done');
    } catch {
      /* the background may be asleep or the extension reloaded */
    }
  }

  /** An analysis after the data it needs: detection first, the word lists only when the page is to be read. */
  async function start(force: boolean): Promise<void> {
    let pre: { detection: Detection; ms: number } | undefined;
    if (deps.detect && deps.loadData && rule() !== 'never') {
      try {
        const t0 = deps.now();
        const detection = deps.detect(doc, url());
        pre = { detection, ms: deps.now() - t0 };
        if (detection.isArticle || force || rule() === 'always') await deps.loadData(doc);
      } catch {
        // No data: the pipeline says so in `skipped` (recognition needs English).
      }
    }
    run(force, pre);
  }

  function run(force: boolean, pre?: { detection: Detection; ms: number }) {
    const t0 = deps.now();
    try {
      stopWatching();
      unhighlight();
      cursors.clear();
      known = new WeakSet();
      analysedUrl = url();
      notes.clear();
      timings = {};
      if (rule() === 'never') {
        analysis = null;
        forced = false;
        status = 'disabled';
        error = null;
      } else {
        forced = force || rule() === 'always';
        const analysed = deps.analyze(doc, { force: forced, url: url(), detection: pre?.detection });
        analysis = analysed;
        timings = pre ? { detect: pre.ms, ...analysed.timings } : { ...analysed.timings };
        status = analysis.detection.isArticle || forced ? 'done' : 'not-article';
        // No article text is "not an article", unless a limit stopped extraction (then `skipped` says so).
        if (status === 'done' && !analysis.map && !analysis.skipped?.some((s) => s.stage === 'extract')) status = 'not-article';
        error = null;
        learn(analysis.map);
        // Before highlighting: the article root is found through the page's own, still unsplit, text nodes.
        startWatching();
        if (highlightsOn) highlight();
      }
    } catch (err) {
      // Leave the page as it was: a half-applied highlight set is worse than none.
      try {
        stopWatching();
        unhighlight();
      } catch {
        /* the page changed under us; nothing more to undo */
      }
      status = 'error';
      error = err instanceof Error ? err.message : String(err);
    }
    ms = status === 'disabled' ? 0 : deps.now() - t0 + (pre?.ms ?? 0);
    report();
    deps.onRun?.();
  }

  function results(): PageResults {
    return {
      status,
      url: analysedUrl ?? url(),
      title: doc.title,
      detection: analysis?.detection ?? null,
      meta: analysis?.meta ?? null,
      entities: entities(),
      highlightsOn,
      forced,
      highlighted,
      error,
      ms,
      timings,
      site: rule(),
      skipped: [...(analysis?.skipped ?? []), ...[...notes].map(([stage, reason]) => ({ stage, reason }))],
    };
  }

  function setHighlights(on: boolean) {
    highlightsOn = on;
    guard(() => (on ? highlight() : unhighlight()));
  }

  /** New settings (from the options page or the popup, in any tab): redo only what changed. */
  function setSettings(next: Settings) {
    const changes = settingsChanges(settings, next);
    settings = next;
    if (changes.sites) {
      const r = rule();
      if (r === 'never' && status !== 'disabled') return run(false);
      if (r !== 'never' && status === 'disabled') return void start(false);
      if (r === 'always' && status === 'not-article' && !forced) return void start(true);
    }
    if (changes.highlights && highlightsOn && status === 'done') {
      guard(() => {
        unhighlight();
        highlight();
      });
    }
  }

  /** The page moved to another article without loading a new document (history API). */
  function navigated(): Promise<void> {
    reruns = 0;
    return start(false);
  }

  function scrollTo(type: EntityType, key: string): ScrollResult {
    const entity = entities().find((e) => e.type === type && e.key === key);
    if (!entity || !entity.mentions.length) return { found: false, index: 0, total: 0 };
    const cursorKey = `${type}:${key}`;
    const total = entity.mentions.length;
    const index = ((cursors.get(cursorKey) ?? -1) + 1) % total;
    cursors.set(cursorKey, index);
    const els = [...doc.querySelectorAll(`${HL_SELECTOR}[data-attache-id="${cssEscape(`${cursorKey}:${index}`)}"]`)];
    if (els.length) {
      els[0].scrollIntoView({ block: 'center', behavior: scrollBehavior(doc) });
      for (const el of els) flash(el);
      return { found: true, index, total };
    }
    // Highlights are off (or were stripped by the page): scroll to the text itself, without touching the DOM.
    const map = liveMap();
    const mention = analysis?.entities.find((e) => e.type === type && e.key === key)?.mentions[index];
    const node = map && mention ? nodeAt(map, mention.start) : null;
    if (node?.parentElement) {
      node.parentElement.scrollIntoView({ block: 'center', behavior: scrollBehavior(doc) });
      return { found: true, index, total };
    }
    return { found: false, index, total };
  }

  function flash(el: Element) {
    el.classList.remove('attache-flash');
    // Reading layout restarts the CSS animation when the same mention is flashed twice in a row.
    void (el as HTMLElement).offsetWidth;
    el.classList.add('attache-flash');
    setTimeout(() => el.classList.remove('attache-flash'), FLASH_MS);
  }

  /** The entity a highlight element stands for (for the hover card). */
  function entityOf(mark: Element): Entity | null {
    const type = mark.getAttribute('data-attache-type');
    const key = mark.getAttribute('data-attache-key');
    return entities().find((e) => e.type === type && e.key === key) ?? null;
  }

  function handle_(msg: ContentRequest): PageResults | ScrollResult | Promise<PageResults> {
    switch (msg.type) {
      case 'attache:get-results':
        return results();
      case 'attache:set-highlights':
        setHighlights(msg.on);
        return results();
      case 'attache:toggle-highlights':
        setHighlights(!highlightsOn);
        return results();
      case 'attache:analyze':
        // With a data loader the answer waits for the word lists; without one it is immediate.
        if (deps.loadData) return start(msg.force).then(results);
        run(msg.force);
        return results();
      case 'attache:scroll-to':
        try {
          return scrollTo(msg.entityType, msg.key);
        } catch {
          return { found: false, index: 0, total: 0 };
        }
    }
  }

  return {
    run,
    start,
    results,
    setHighlights,
    setSettings,
    navigated,
    scrollTo,
    entityOf,
    entities,
    addLate: (nodes: Text[]) => guard(() => addLate(nodes)),
    handle: handle_,
    /** The article's text map (null when not read as an article), for saving and re-anchoring. */
    map: (): TextMap | null => analysis?.map ?? null,
    /** Another feature's page change (saved highlights): unseen by the late-content watcher, its text nodes known. */
    alongside<T extends { map?: TextMap }>(fn: () => T): T {
      const r = quietly(fn);
      learn(r.map);
      return r;
    },
    dispose: () => {
      try {
        stopWatching();
        unhighlight();
      } catch {
        /* the page is going away */
      }
    },
  };
}

export type PageController = ReturnType<typeof createController>;

/** Smooth scrolling only where someone can see it; a hidden tab may never run the animation. */
function scrollBehavior(doc: Document): ScrollBehavior {
  return doc.visibilityState === 'visible' ? 'smooth' : 'auto';
}

/** True when every text node of the map is still in the page and still holds the text it had. */
export function mapIsLive(map: TextMap): boolean {
  return map.segments.every((s) => s.node.isConnected && s.node.data === map.text.slice(s.start, s.end));
}

function nodeAt(map: TextMap, offset: number): Text | null {
  const seg = map.segments.find((s) => s.start <= offset && offset < s.end);
  return seg && seg.node.isConnected ? seg.node : null;
}

function cssEscape(s: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
}
