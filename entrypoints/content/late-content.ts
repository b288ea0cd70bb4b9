// Paragraphs a page adds to its article after load (lazy loading, "read more"). A MutationObserver
// on the article root only (never the whole document), debounced, hands over the text nodes that
// are new: not already analysed, not inside Attaché's own highlights, not hidden or skipped text.
// The observer is paused while Attaché itself changes the page, so it never sees its own work.
import { collectTextNodes, isAttacheMark, isExcludedNode } from '@/lib/extract/text-map';

export interface LateContentOptions {
  root: Element;
  /** Text nodes already analysed (or made by highlighting them). */
  isKnown(node: Text): boolean;
  /** New article text nodes, in document order, once the page has been still for debounceMs. */
  onAdded(nodes: Text[]): void;
  /** Analysed nodes were taken out of the page: the article was re-rendered. */
  onRemoved(): void;
  debounceMs: number;
  /** Added nodes are handed over at the latest after this long, even if the page keeps changing. */
  maxWaitMs: number;
}

function insideMark(node: Node, root: Element): boolean {
  for (let p = node.parentNode; p && p !== root; p = p.parentNode) if (isAttacheMark(p)) return true;
  return false;
}

function byDocumentOrder(a: Node, b: Node): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

export function watchLateContent(opts: LateContentOptions) {
  const { root } = opts;
  const win = root.ownerDocument.defaultView!;
  const added = new Set<Node>();
  let removedKnown = false;
  let timer: number | undefined;
  let firstAt = 0;

  function take(records: MutationRecord[]) {
    for (const r of records) {
      r.addedNodes.forEach((n) => added.add(n));
      if (!removedKnown)
        r.removedNodes.forEach((n) => {
          if (removedKnown) return;
          if (n.nodeType === 3) removedKnown = opts.isKnown(n as Text);
          else if (n.nodeType === 1) removedKnown = collectTextNodes(n).some((t) => opts.isKnown(t));
        });
    }
  }

  function flush() {
    timer = undefined;
    firstAt = 0;
    if (removedKnown) {
      removedKnown = false;
      added.clear();
      opts.onRemoved();
      return;
    }
    const cache = new Map<Node, boolean>();
    const found = new Set<Text>();
    for (const n of added) {
      if (!n.isConnected || !root.contains(n)) continue;
      const texts = n.nodeType === 3 ? [n as Text] : n.nodeType === 1 ? collectTextNodes(n) : [];
      for (const t of texts) {
        if (!t.data.trim() || opts.isKnown(t) || insideMark(t, root)) continue;
        if (isExcludedNode(t, cache, root)) continue;
        found.add(t);
      }
    }
    added.clear();
    if (found.size) opts.onAdded([...found].sort(byDocumentOrder));
  }

  function schedule() {
    if (!added.size && !removedKnown) return;
    const now = win.performance.now();
    if (!firstAt) firstAt = now;
    win.clearTimeout(timer);
    const wait = Math.max(0, Math.min(opts.debounceMs, opts.maxWaitMs - (now - firstAt)));
    timer = win.setTimeout(flush, wait);
  }

  const observer = new win.MutationObserver((records) => {
    take(records);
    schedule();
  });
  const start = () => observer.observe(root, { childList: true, subtree: true });
  start();

  return {
    /** Runs fn (Attaché's own changes) without the observer seeing them. */
    quietly<T>(fn: () => T): T {
      take(observer.takeRecords());
      schedule();
      observer.disconnect();
      try {
        return fn();
      } finally {
        observer.takeRecords();
        start();
      }
    },
    /** Hands over pending additions now (tests, and before an explicit re-analysis). */
    flush() {
      take(observer.takeRecords());
      win.clearTimeout(timer);
      flush();
    },
    disconnect() {
      observer.disconnect();
      win.clearTimeout(timer);
      added.clear();
    },
  };
}

export type LateContentWatcher = ReturnType<typeof watchLateContent>;
