// The two small bits of page UI saved highlights need: a toast that says what happened to a save
// (saved, refused, library full), and the "Save this mention" button a click on an entity highlight
// offers. Both live in a shadow root on a host appended to <html> only while shown (like ./card),
// with styles through the CSSOM and text through textContent, so page styles and a strict CSP
// neither reach nor block them.

import { msg } from './ui-text';

const TOAST_ID = 'attache-toast';
export const MENTION_ACTION_ID = 'attache-save-mention';
const TOAST_MS = 5000;
const ENTITY_MARK = 'mark.attache-hl[data-attache-type="official"], mark.attache-hl[data-attache-type="country"]';

type Styles = Record<string, string>;
function setStyles(el: HTMLElement, styles: Styles, important = false) {
  for (const [k, v] of Object.entries(styles)) el.style.setProperty(k, v, important ? 'important' : '');
}

function host(doc: Document, tag: string, id: string, styles: Styles): { host: HTMLElement; root: ShadowRoot } {
  const el = doc.createElement(tag);
  el.id = id;
  el.style.setProperty('all', 'initial', 'important');
  setStyles(el, { 'z-index': '2147483647', display: 'block', ...styles }, true);
  return { host: el, root: el.attachShadow({ mode: 'open' }) };
}

function palette(doc: Document) {
  const dark = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return dark
    ? { fg: '#f1f1f1', bg: '#25262b', border: '#4a4b50', error: '#ff9b8f' }
    : { fg: '#1b1b1b', bg: '#ffffff', border: '#c8c8c8', error: '#b3261e' };
}

export function createToast(doc: Document) {
  let current: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  function hide() {
    clearTimeout(timer);
    current?.remove();
    current = null;
  }
  function show(text: string, kind: 'ok' | 'error' = 'ok') {
    hide();
    const c = palette(doc);
    const { host: el, root } = host(doc, 'attache-toast', TOAST_ID, { position: 'fixed', right: '16px', bottom: '16px' });
    const box = doc.createElement('div');
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    box.setAttribute('data-kind', kind);
    setStyles(box, {
      'max-width': '360px', padding: '10px 12px', 'border-radius': '6px', font: '13px/1.4 system-ui, sans-serif',
      color: kind === 'error' ? c.error : c.fg, background: c.bg, border: `1px solid ${c.border}`,
      'box-shadow': '0 2px 10px rgba(0,0,0,0.25)', 'overflow-wrap': 'anywhere',
    });
    box.textContent = text;
    root.append(box);
    doc.documentElement.appendChild(el);
    current = el;
    timer = setTimeout(hide, kind === 'error' ? 2 * TOAST_MS : TOAST_MS);
  }
  return { show, hide, text: () => current?.shadowRoot?.textContent ?? null };
}

export type Toast = ReturnType<typeof createToast>;

/**
 * Click (or Enter on) an entity highlight: a "Save this mention" button appears above it. Only a
 * real click on the button saves (isTrusted), so a page cannot fill the reader's library by script.
 */
export function createMentionAction(doc: Document, onSave: (mark: Element) => void) {
  const win = doc.defaultView!;
  let el: HTMLElement | null = null;
  let mark: Element | null = null;

  function hide() {
    el?.remove();
    el = null;
    mark = null;
  }

  function show(target: Element, focus: boolean) {
    hide();
    const c = palette(doc);
    const r = target.getBoundingClientRect();
    const made = host(doc, 'attache-action', MENTION_ACTION_ID, {
      position: 'absolute',
      top: `${Math.max(0, Math.round(r.top + win.scrollY - 34))}px`,
      left: `${Math.max(0, Math.round(r.left + win.scrollX))}px`,
    });
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = msg('saved_save_mention', 'Save this mention');
    setStyles(button, {
      font: '13px/1.2 system-ui, sans-serif', padding: '6px 10px', 'border-radius': '6px', cursor: 'pointer',
      color: c.fg, background: c.bg, border: `1px solid ${c.border}`, 'box-shadow': '0 2px 8px rgba(0,0,0,0.25)',
    });
    button.addEventListener('click', (ev) => {
      if (!ev.isTrusted || !mark) return;
      const m = mark;
      hide();
      onSave(m);
    });
    button.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        const m = mark as HTMLElement | null;
        hide();
        m?.focus?.();
      }
    });
    made.root.append(button);
    doc.documentElement.appendChild(made.host);
    el = made.host;
    mark = target;
    if (focus) button.focus();
  }

  const markOf = (t: EventTarget | null): Element | null =>
    t && (t as Node).nodeType === 1 ? (t as Element).closest(ENTITY_MARK) : null;

  const onClick = (ev: Event) => {
    if (el && ev.target === el) return;
    const m = markOf(ev.target);
    if (m) show(m, false);
    else hide();
  };
  const onKey = (ev: Event) => {
    const k = (ev as KeyboardEvent).key;
    if (k === 'Escape') return hide();
    if (k !== 'Enter') return;
    const m = markOf(ev.target);
    if (m) show(m, true);
  };

  let attached = false;
  return {
    attach() {
      if (attached) return;
      attached = true;
      doc.addEventListener('click', onClick, true);
      doc.addEventListener('keydown', onKey, true);
    },
    detach() {
      hide();
      if (!attached) return;
      attached = false;
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
    },
    show,
    hide,
  };
}
