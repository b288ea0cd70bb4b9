// Readability must run on a copy (it rewrites the document it reads), yet highlights go into the
// live page. A clone is an exact copy, so walking both trees in step pairs every cloned text node
// with its live twin; Readability moves (rather than recreates) most text nodes, so a text node found
// in its result leads straight back to the page.

export interface ClonedDocument {
  clone: Document;
  /** Cloned text node → live text node. */
  toLive: Map<Text, Text>;
  /** The live page's text nodes in document order (as the clone was taken). */
  liveTexts: Text[];
}

// Only text nodes are paired, and a native TreeWalker finds them: in a browser, a walk by
// firstChild/nextSibling makes a JavaScript object for every node of both trees.
const SHOW_TEXT = 4;

/**
 * The copy Readability reads. `document.cloneNode(true)` would do, but a cloned document parses
 * every <style> it receives: on a page with a few hundred kilobytes of inline CSS (common on news
 * sites), that parse cost more than Readability itself. So the page's root element is copied while
 * it belongs to no document, its <style> elements (which Readability's first step removes anyway)
 * are dropped, and only then is it put into an empty copy of the document (same URL, type and
 * mode). Text inside <style> is paired first, so the pairing walk stays in step.
 */
export function cloneWithMap(doc: Document): ClonedDocument {
  const clone = doc.cloneNode(false) as Document;
  const toLive = new Map<Text, Text>();
  const liveTexts: Text[] = [];
  const root = doc.documentElement;
  if (!root) return { clone, toLive, liveTexts };
  const copy = clone.importNode(root, true);
  const a = doc.createTreeWalker(root, SHOW_TEXT);
  const b = clone.createTreeWalker(copy, SHOW_TEXT);
  for (let live = a.nextNode(), twin = b.nextNode(); live && twin; live = a.nextNode(), twin = b.nextNode()) {
    toLive.set(twin as Text, live as Text);
    liveTexts.push(live as Text);
  }
  for (const style of Array.from(copy.querySelectorAll('style'))) style.remove();
  clone.appendChild(copy);
  return { clone, toLive, liveTexts };
}
