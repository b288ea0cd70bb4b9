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

export function cloneWithMap(doc: Document): ClonedDocument {
  const clone = doc.cloneNode(true) as Document;
  const toLive = new Map<Text, Text>();
  const liveTexts: Text[] = [];
  const a = doc.createTreeWalker(doc, SHOW_TEXT);
  const b = clone.createTreeWalker(clone, SHOW_TEXT);
  for (let live = a.nextNode(), copy = b.nextNode(); live && copy; live = a.nextNode(), copy = b.nextNode()) {
    toLive.set(copy as Text, live as Text);
    liveTexts.push(live as Text);
  }
  return { clone, toLive, liveTexts };
}
