// The small card shown while the pointer rests on a highlight or a highlight has keyboard focus.
// It lives in a shadow root on a host element appended to <html> only while shown and removed
// afterwards, so the page's body is never touched and the page's styles cannot reach it. Every
// style is set through the CSSOM (allowed under a strict style-src CSP) and every text through
// textContent. The mark gets aria-describedby while its card is up, so screen readers read the card.
import type { CardContent } from './card-content';
import { msg } from './ui-text';

export const CARD_HOST_ID = 'attache-card';
const MARK_SELECTOR = 'mark.attache-hl[data-attache-type="official"], mark.attache-hl[data-attache-type="country"]';
const HOVER_DELAY_MS = 150;

export interface CardDeps {
  doc: Document;
  /** What to say about the entity of a highlight; null to show nothing. */
  lookup(mark: Element): CardContent | null;
}

type Styles = Record<string, string>;
function styled<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, styles: Styles, text?: string) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(styles)) el.style.setProperty(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

function markOf(target: EventTarget | null): Element | null {
  const node = target as Node | null;
  if (!node || node.nodeType !== 1) return null;
  return (node as Element).closest(MARK_SELECTOR);
}

export function createCard({ doc, lookup }: CardDeps) {
  const win = doc.defaultView!;
  let host: HTMLElement | null = null;
  let anchor: Element | null = null;
  let timer: number | undefined;

  function build(content: CardContent): HTMLElement {
    const dark = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    const fg = dark ? '#f1f1f1' : '#1b1b1b';
    const muted = dark ? '#c4c4c4' : '#555555';
    const el = doc.createElement('attache-card');
    el.id = CARD_HOST_ID;
    el.style.setProperty('all', 'initial', 'important');
    for (const [k, v] of Object.entries({
      position: 'fixed', top: '0px', left: '0px', 'z-index': '2147483647', 'pointer-events': 'none', display: 'block',
    }))
      el.style.setProperty(k, v, 'important');
    const root = el.attachShadow({ mode: 'open' });
    const box = styled(doc, 'div', {
      'max-width': '320px', padding: '8px 10px', 'border-radius': '6px', font: '13px/1.4 system-ui, sans-serif',
      color: fg, background: dark ? '#25262b' : '#ffffff', border: `1px solid ${dark ? '#4a4b50' : '#c8c8c8'}`,
      'box-shadow': '0 2px 10px rgba(0,0,0,0.25)', 'text-align': 'left', 'overflow-wrap': 'anywhere',
    });
    box.setAttribute('role', 'tooltip');
    box.setAttribute('data-kind', content.kind);
    const title = styled(doc, 'div', { 'font-weight': '600', 'font-size': '14px', 'margin-bottom': '4px' });
    if (content.flag) {
      const flag = styled(doc, 'span', { 'margin-right': '6px' }, content.flag);
      flag.setAttribute('aria-hidden', 'true');
      title.append(flag);
    }
    title.append(styled(doc, 'span', {}, content.title));
    title.className = 'title';
    box.append(title);
    for (const row of content.rows) {
      const line = styled(doc, 'div', {});
      line.className = `row row-${row.key}`;
      line.append(styled(doc, 'span', { color: muted }, `${row.label}: `), styled(doc, 'span', {}, row.value));
      box.append(line);
    }
    if (content.list) {
      const label = styled(doc, 'div', { color: muted, 'margin-top': '4px' }, `${content.list.label}:`);
      box.append(label);
      if (!content.list.items.length) box.append(styled(doc, 'div', {}, content.list.empty));
      else {
        const ul = styled(doc, 'ul', { margin: '2px 0 0', padding: '0 0 0 18px' });
        ul.className = 'officials';
        for (const item of content.list.items.slice(0, 12)) ul.append(styled(doc, 'li', {}, item));
        if (content.list.items.length > 12) ul.append(styled(doc, 'li', {}, msg('card_and_more', 'and $1 more', [content.list.items.length - 12])));
        box.append(ul);
      }
    }
    root.append(box);
    return el;
  }

  function place() {
    if (!host || !anchor) return;
    if (!anchor.isConnected) return hide();
    const r = anchor.getBoundingClientRect();
    const b = host.getBoundingClientRect();
    const vw = doc.documentElement.clientWidth || win.innerWidth;
    const vh = win.innerHeight;
    let top = r.bottom + 6;
    if (top + b.height > vh - 4 && r.top - 6 - b.height >= 4) top = r.top - 6 - b.height;
    const left = Math.max(4, Math.min(r.left, vw - b.width - 4));
    host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  }

  function show(mark: Element) {
    clearTimeout(timer);
    if (anchor === mark && host) return;
    hide();
    const content = lookup(mark);
    if (!content) return;
    host = build(content);
    anchor = mark;
    doc.documentElement.appendChild(host);
    place();
    if (!mark.hasAttribute('aria-describedby')) mark.setAttribute('aria-describedby', CARD_HOST_ID);
  }

  function hide() {
    clearTimeout(timer);
    if (anchor?.getAttribute('aria-describedby') === CARD_HOST_ID) anchor.removeAttribute('aria-describedby');
    host?.remove();
    host = null;
    anchor = null;
  }

  const onOver = (ev: Event) => {
    const mark = markOf(ev.target);
    if (!mark || mark === anchor) return;
    clearTimeout(timer);
    timer = win.setTimeout(() => show(mark), HOVER_DELAY_MS);
  };
  const onOut = (ev: Event) => {
    const mark = markOf(ev.target);
    if (!mark) return;
    const to = (ev as MouseEvent).relatedTarget as Node | null;
    if (to && mark.contains(to)) return;
    clearTimeout(timer);
    // A card opened by keyboard focus stays until focus moves on.
    if (mark === anchor && doc.activeElement !== mark) hide();
  };
  const onFocusIn = (ev: Event) => {
    const mark = markOf(ev.target);
    if (mark) show(mark);
  };
  const onFocusOut = (ev: Event) => {
    if (anchor && markOf(ev.target) === anchor) hide();
  };
  const onKey = (ev: Event) => {
    if ((ev as KeyboardEvent).key === 'Escape' && host) hide();
  };
  const onScroll = () => place();

  const listeners: [string, (ev: Event) => void, EventTarget][] = [
    ['mouseover', onOver, doc],
    ['mouseout', onOut, doc],
    ['focusin', onFocusIn, doc],
    ['focusout', onFocusOut, doc],
    ['keydown', onKey, doc],
    ['scroll', onScroll, win],
    ['resize', onScroll, win],
  ];
  let attached = false;

  return {
    /** Starts listening (while the page has highlights). */
    attach() {
      if (attached) return;
      attached = true;
      for (const [type, fn, target] of listeners) target.addEventListener(type, fn, { capture: true, passive: true });
    },
    /** Stops listening and takes the card out of the page. */
    detach() {
      hide();
      if (!attached) return;
      attached = false;
      for (const [type, fn, target] of listeners) target.removeEventListener(type, fn, { capture: true });
    },
    show,
    hide,
    isShown: () => host !== null,
  };
}

export type Card = ReturnType<typeof createCard>;
