// Readability must run on a copy (it rewrites the document it reads), yet highlights go into the
// live page. A clone is an exact copy, so walking both trees in step pairs every cloned text node
// with its live twin; Readability moves (rather than recreates) most text nodes, so a text node found
// in its result leads straight back to the page.

export interface ClonedDocument {
  clone: Document;
  /** Cloned text node → live text node. */
  toLive: Map<Text, Text>;
}

export function cloneWithMap(doc: Document): ClonedDocument {
  const clone = doc.cloneNode(true) as Document;
  const toLive = new Map<Text, Text>();
  const stack: Array<[Node, Node]> = [[doc, clone]];
  while (stack.length) {
    const [live, copy] = stack.pop()!;
    if (live.nodeType === 3) {
      toLive.set(copy as Text, live as Text);
      continue;
    }
    let a = live.firstChild;
    let b = copy.firstChild;
    while (a && b) {
      stack.push([a, b]);
      a = a.nextSibling;
      b = b.nextSibling;
    }
  }
  return { clone, toLive };
}
