// Readability must run on a copy (it rewrites the document it reads), yet highlights go into the
// live page. A clone is an exact copy, so walking both trees in step pairs every cloned text node
// with its live twin; Readability moves (rather than recreates) most text nodes, so a text node found
// in its result leads straight back to the page.

/**
 * The members of a Document that Readability 0.6 uses (its constructor, metadata, _grabArticle, and
 * the helpers they call), over a copy of the page that belongs to no document tree.
 */
export interface ReaderDocument {
  readonly documentElement: Element | null;
  readonly firstChild: Node | null;
  readonly body: HTMLElement | null;
  readonly title: string;
  readonly documentURI: string;
  readonly baseURI: string;
  createElement(tag: string): HTMLElement;
  createTextNode(data: string): Text;
  getElementsByTagName(tag: string): HTMLCollectionOf<Element>;
  querySelectorAll(selectors: string): NodeListOf<Element>;
}

export interface ClonedDocument {
  /** The copy Readability reads. */
  clone: ReaderDocument;
  /** Cloned text node → live text node. */
  toLive: Map<Text, Text>;
  /** The live page's text nodes in document order (as the clone was taken). */
  liveTexts: Text[];
  /**
   * A fresh copy of the page's body as a document of its own (its root and body are the copy), its
   * text nodes paired like the first copy's (and added to toLive), for Readability to start over from
   * (see readability-page-cache.ts); null without a body.
   */
  copyBody(): ReaderDocument | null;
}

// Only text nodes (and CDATA sections, as the page measure lists them) are paired, and a native
// TreeWalker finds them: in a browser, a walk by firstChild/nextSibling makes a JavaScript object for
// every node of both trees.
const SHOW_TEXT = 4 | 8;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

// document.title: the first HTML <title>, its text with ASCII whitespace stripped and collapsed.
function titleOf(root: Element): string {
  const titles = root.getElementsByTagName('title');
  for (let i = 0; i < titles.length; i++) {
    if (titles[i].namespaceURI !== HTML_NS) continue;
    return (titles[i].textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
  }
  return '';
}

// document.body: the first child of the root element that is <body> (or <frameset>).
function bodyOf(root: Element): HTMLElement | null {
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
    if (c.namespaceURI === HTML_NS && (c.localName === 'body' || c.localName === 'frameset')) return c as HTMLElement;
  }
  return null;
}

/** Readability's view of a copy in no document: `root` stands for the document element. */
function readerDocument(doc: Document, owner: Document, root: Element | null, body: () => HTMLElement | null): ReaderDocument {
  return {
    documentElement: root,
    firstChild: root,
    get body() {
      return body();
    },
    get title() {
      return root ? titleOf(root) : '';
    },
    documentURI: doc.documentURI,
    baseURI: doc.baseURI,
    createElement: (tag) => owner.createElement(tag),
    createTextNode: (data) => owner.createTextNode(data),
    getElementsByTagName: (tag) => (root ?? owner).getElementsByTagName(tag),
    querySelectorAll: (selectors) => (root ?? owner).querySelectorAll(selectors),
  };
}

/**
 * The copy Readability reads. `document.cloneNode(true)` would do, but costs more than it needs to:
 * - a cloned document parses every <style> it receives: on a page with a few hundred kilobytes of
 *   inline CSS (common on news sites), that parse cost more than Readability itself. Readability's
 *   first step removes <style> anyway, so they are dropped from the copy;
 * - Readability makes thousands of changes to the copy, and each change to a tree inside a document
 *   updates that document's bookkeeping. So the copy stays out of any document: the page's root
 *   element is copied on its own, and Readability is handed it through the few Document members it
 *   uses (ReaderDocument). About 7% cheaper in Chromium than the same copy put in a document.
 * - given the `part` of the body that holds the article (detection's articlePartOf), only that part
 *   of the body is copied: the page's menus, rails, comments and footers are neither copied nor
 *   scored.
 * Text inside <style> is paired first, so the pairing walk stays in step. `walked`: the page's text
 * nodes in document order, when the caller has them (measurePage lists them), saving a walk.
 */
export function cloneWithMap(doc: Document, walked?: Text[], part?: Element | null): ClonedDocument {
  const owner = doc.cloneNode(false) as Document;
  const toLive = new Map<Text, Text>();
  /**
   * A copy of a live subtree without <style>, its text nodes paired with their twins: the live ones
   * are `known` (listed by the caller) or found by a walk and added to `found`.
   */
  const pairedCopy = (live: Element, known: Text[] | null, found: Text[] | null, from = 0): Element => {
    const copy = owner.importNode(live, true);
    const b = owner.createTreeWalker(copy, SHOW_TEXT);
    if (known) {
      let twin = b.nextNode();
      for (let i = from; i < known.length && twin; i++, twin = b.nextNode()) toLive.set(twin as Text, known[i]);
    } else {
      const a = doc.createTreeWalker(live, SHOW_TEXT);
      for (let t = a.nextNode(), twin = b.nextNode(); t && twin; t = a.nextNode(), twin = b.nextNode()) {
        toLive.set(twin as Text, t as Text);
        found?.push(t as Text);
      }
    }
    for (const style of Array.from(copy.querySelectorAll('style'))) style.remove();
    return copy;
  };
  const root = doc.documentElement;
  const liveBody = root ? bodyOf(root) : null;
  const narrow = !!(part && liveBody && part !== liveBody && liveBody.contains(part));
  // The part's text nodes are a run of the page's list, from its first: paired from there (found
  // once, for the first copy and any fresh one Readability asks for).
  const from = narrow && walked ? walked.indexOf(doc.createTreeWalker(part!, SHOW_TEXT).nextNode() as Text) : -1;
  /**
   * The body holding `part` alone, its ancestors as empty shells (Readability reads their tags and
   * attributes, never their other children).
   */
  const partBody = (): HTMLElement => {
    const shell = owner.importNode(liveBody!, false) as HTMLElement;
    const chain: Element[] = [];
    for (let a = part!.parentElement; a && a !== liveBody; a = a.parentElement) chain.push(a);
    let at: Element = shell;
    for (let i = chain.length - 1; i >= 0; i--) at = at.appendChild(owner.importNode(chain[i], false)) as Element;
    at.appendChild(from < 0 ? pairedCopy(part!, null, null) : pairedCopy(part!, walked!, null, from));
    return shell;
  };
  const liveTexts: Text[] = walked ?? [];
  let copy: Element | null = null;
  if (root && narrow) {
    // Of the rest, Readability reads the document's <title>, every <meta> and the first article
    // JSON-LD: they go, in document order, into a head of their own (its scripts, styles and links
    // are neither copied nor walked).
    copy = owner.importNode(root, false) as Element;
    const head = copy.appendChild(owner.createElement('head'));
    for (const m of Array.from(root.querySelectorAll('title, meta, script[type="application/ld+json"]'))) head.appendChild(owner.importNode(m, true));
    copy.appendChild(partBody());
    if (!walked) {
      const w = doc.createTreeWalker(root, SHOW_TEXT);
      for (let t = w.nextNode(); t; t = w.nextNode()) liveTexts.push(t as Text);
    }
  } else if (root) copy = pairedCopy(root, walked ?? null, walked ? null : liveTexts);
  const clone = readerDocument(doc, owner, copy, () => (copy ? bodyOf(copy) : null));
  const copyBody = (): ReaderDocument | null => {
    if (!liveBody) return null;
    const fresh = narrow ? partBody() : (pairedCopy(liveBody, null, null) as HTMLElement);
    return readerDocument(doc, owner, fresh, () => fresh);
  };
  return { clone, toLive, liveTexts, copyBody };
}
