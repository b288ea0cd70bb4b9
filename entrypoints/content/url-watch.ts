// Single-page apps change the article without loading a new document (history.pushState,
// replaceState, the back button). A content script cannot see the page's own pushState calls, so
// this watches the URL itself: checked on popstate / the Navigation API's events where there are
// some, and on a cheap timer otherwise. A change is reported once the URL has held still for a
// moment, because apps usually render the new article just before or just after pushing its URL.

/** The part of a URL that names a document: a change in the #fragment alone is not a new article. */
export function documentUrl(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

export interface UrlWatcherOptions {
  read(): string;
  /** Called with the new URL after it has stayed the same for `settleMs`. */
  onChange(url: string, previous: string): void;
  settleMs: number;
  schedule(fn: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

export function createUrlWatcher(opts: UrlWatcherOptions) {
  let current = documentUrl(opts.read());
  let pending: unknown = null;
  let candidate: string | null = null;

  function fire() {
    pending = null;
    const url = documentUrl(opts.read());
    if (url !== candidate) {
      // Moved on again meanwhile (a redirect chain, a replaceState right after pushState): wait more.
      candidate = url;
      pending = opts.schedule(fire, opts.settleMs);
      return;
    }
    candidate = null;
    if (url === current) return;
    const previous = current;
    current = url;
    opts.onChange(url, previous);
  }

  /** Looks at the URL now; cheap enough to call on every timer tick and history event. */
  function check(): void {
    const url = documentUrl(opts.read());
    if (url === current && candidate === null) return;
    if (url === candidate) return;
    candidate = url;
    if (pending !== null) opts.cancel(pending);
    pending = opts.schedule(fire, opts.settleMs);
  }

  return {
    check,
    /** The document URL last reported (or the starting one). */
    current: () => current,
    stop() {
      if (pending !== null) opts.cancel(pending);
      pending = null;
    },
  };
}
