// What the content script does on one page, separated from `browser.*` so it can be tested in
// happy-dom: run the pipeline, highlight every mention, keep the results, and answer the popup's
// requests. Nothing here may throw into the page; every failure becomes `status: 'error'`.
import type { ContentRequest, PageResults, ScrollResult } from '@/lib/messages';
import type { Entity, EntityType, PageAnalysis, TextMap } from '@/lib/types';

export interface MarkSpec {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  id?: string;
}

export interface ControllerDeps {
  doc: Document;
  analyze(doc: Document, opts: { force?: boolean; url?: string }): PageAnalysis;
  highlight(map: TextMap, marks: MarkSpec[], doc: Document): { remove(): void };
  /** Tells the background how many entities the page has (toolbar badge). */
  report(count: number, isArticle: boolean): void;
  now(): number;
}

/** A page with more mentions than this is highlighted only up to it; the rest are reported skipped. */
export const MAX_MARKS = 3000;
const FLASH_MS = 1600;
export const HL_SELECTOR = 'mark.attache-hl';

export function createController(deps: ControllerDeps) {
  const { doc } = deps;
  let analysis: PageAnalysis | null = null;
  let handle: { remove(): void } | null = null;
  let highlightsOn = true;
  let forced = false;
  let highlighted = 0;
  let status: PageResults['status'] = 'pending';
  let error: string | null = null;
  let ms = 0;
  const cursors = new Map<string, number>();

  const entities = (): Entity[] => analysis?.entities ?? [];

  function unhighlight() {
    if (!handle) return;
    const h = handle;
    handle = null;
    highlighted = 0;
    h.remove();
  }

  /**
   * The analysis with a map that points at live nodes. Removing highlights may merge text nodes,
   * or the page may have re-rendered since: then the page is analysed afresh.
   */
  function liveMap(): TextMap | null {
    if (!analysis?.map) return null;
    if (!mapIsLive(analysis.map)) analysis = deps.analyze(doc, { force: status === 'done', url: doc.location?.href });
    return analysis.map;
  }

  function highlight() {
    if (handle || !liveMap() || !analysis?.map) return;
    const marks: MarkSpec[] = [];
    for (const e of entities()) {
      e.mentions.forEach((m, i) => marks.push({ start: m.start, end: m.end, type: e.type, key: e.key, id: `${e.type}:${e.key}:${i}` }));
    }
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = marks.slice(0, MAX_MARKS);
    handle = deps.highlight(analysis.map, kept, doc);
    highlighted = kept.length;
  }

  function run(force: boolean) {
    const t0 = deps.now();
    try {
      unhighlight();
      cursors.clear();
      forced = force;
      analysis = deps.analyze(doc, { force, url: doc.location?.href });
      status = analysis.detection.isArticle || force ? 'done' : 'not-article';
      if (status === 'done' && !analysis.map) status = 'not-article';
      error = null;
      if (highlightsOn) highlight();
    } catch (err) {
      // Leave the page as it was: a half-applied highlight set is worse than none.
      try {
        unhighlight();
      } catch {
        /* the page changed under us; nothing more to undo */
      }
      status = 'error';
      error = err instanceof Error ? err.message : String(err);
    }
    ms = deps.now() - t0;
    try {
      deps.report(status === 'done' ? entities().length : 0, status === 'done');
    } catch {
      /* the background may be asleep or the extension reloaded */
    }
  }

  function results(): PageResults {
    return {
      status,
      url: doc.location?.href ?? '',
      title: doc.title,
      detection: analysis?.detection ?? null,
      meta: analysis?.meta ?? null,
      entities: entities(),
      highlightsOn,
      forced,
      highlighted,
      error,
      ms,
    };
  }

  function setHighlights(on: boolean) {
    highlightsOn = on;
    try {
      if (on) highlight();
      else unhighlight();
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
  }

  /** Elements of each mention of one entity, in page order; a mention split across inline elements has several. */
  function mentionElements(type: EntityType, key: string): Element[][] {
    const sel = `${HL_SELECTOR}[data-attache-type="${type}"][data-attache-key="${cssEscape(key)}"]`;
    const groups = new Map<string, Element[]>();
    doc.querySelectorAll(sel).forEach((el, i) => {
      const id = el.getAttribute('data-attache-id') ?? String(i);
      const g = groups.get(id);
      if (g) g.push(el);
      else groups.set(id, [el]);
    });
    return [...groups.values()];
  }

  function scrollTo(type: EntityType, key: string): ScrollResult {
    const entity = entities().find((e) => e.type === type && e.key === key);
    if (!entity || !entity.mentions.length) return { found: false, index: 0, total: 0 };
    const cursorKey = `${type}:${key}`;
    const total = entity.mentions.length;
    const index = ((cursors.get(cursorKey) ?? -1) + 1) % total;
    cursors.set(cursorKey, index);
    const groups = mentionElements(type, key);
    const els = groups[index];
    if (els?.length) {
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

  function handle_(msg: ContentRequest): PageResults | ScrollResult {
    switch (msg.type) {
      case 'attache:get-results':
        return results();
      case 'attache:set-highlights':
        setHighlights(msg.on);
        return results();
      case 'attache:analyze':
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
    results,
    setHighlights,
    scrollTo,
    handle: handle_,
    dispose: () => {
      try {
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
