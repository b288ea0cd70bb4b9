// Saved pages are parsed in Node with happy-dom, with every kind of loading and script execution
// off: the CLI (and the tests and the bench, which share this loader) must never run a page's code
// or reach the network, whatever the page asks for (scripts, style sheets, iframes, preloads).
import { Window, type IFetchInterceptor } from 'happy-dom';

// Answers any request happy-dom would still make (a preload, a fetch) with an empty body, so nothing
// leaves the machine even if a future happy-dom loads more kinds of resource by default.
const offline: IFetchInterceptor = {
  beforeAsyncRequest: async ({ window }) => new window.Response('', { status: 204 }),
  beforeSyncRequest: () => ({
    status: 204, statusText: 'No Content', ok: true, url: '', redirected: false,
    headers: new Headers(), body: null,
  }) as never,
};

/** A window in which nothing runs and nothing loads: the base of every loader below. */
export function inertWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      fetch: { interceptor: offline },
      navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true, disableMainFrameNavigation: true },
    },
  });
}

/**
 * Writes the page into the window's own document, as a browser loads it. (A DOMParser document
 * would do for reading, but happy-dom ties `createRange()` to the window's document, so Ranges over
 * a parsed document collapse: highlighting and anchoring need this form.)
 */
export function parseHtml(html: string, url = 'http://localhost/'): { document: Document; close: () => void } {
  const window = inertWindow(url);
  const document = window.document as unknown as Document;
  document.open();
  document.write(html);
  document.close();
  return { document, close: () => void window.happyDOM.close() };
}
