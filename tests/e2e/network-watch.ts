// Watches a browser running the extension for two things issue 6 forbids: network requests made by
// the extension, and uncaught errors thrown by it. Chromium is watched over CDP on every target
// (every page, the service worker, other extension workers); Firefox over WebDriver BiDi network and
// log events, plus the background page's own Resource Timing record. A request counts as the
// extension's when an extension context sends it (service worker, background page, an extension page
// such as the popup, library or options) or when a script of the extension is on the initiator's
// stack (a content script's fetch in a web page). In Firefox, whose BiDi shows neither a content
// script's requests nor the background page's, requests to the web also go through a sink proxy
// (./sink-proxy.ts): one that no page asked for is counted as the extension's. ./browsers.ts starts
// one watch for every session.
import type { Browser, CDPSession, Page, Target } from 'puppeteer-core';
import type { ExtensionSession } from './browsers';
import { isBrowserOwn, type SinkProxy } from './sink-proxy';

export interface WatchedRequest {
  url: string;
  /** Which target or context sent it: "service_worker", "page", "extension-page", "bidi". */
  from: string;
}

export interface PageErrors {
  /** Uncaught exceptions and console errors from the extension's content script in this page. */
  extension: string[];
  /** Uncaught exceptions of the page's own scripts. */
  page: string[];
}

export interface ExtensionWatch {
  /** Network requests attributed to the extension (http, https, ws, wss, ftp). */
  readonly extensionRequests: WatchedRequest[];
  /** Uncaught errors and console errors in the service worker / background and extension pages. */
  readonly extensionErrors: string[];
  /** Every network URL seen, for positive controls and debugging. */
  readonly allRequests: WatchedRequest[];
  /** Requests by the extension made on purpose by a test (positive controls), moved out of extensionRequests. */
  readonly controls: WatchedRequest[];
  /** Moves the extension's requests whose URL matches into `controls`; returns how many. */
  acknowledge(isControl: (url: string) => boolean): number;
  /** Starts watching a tab before it navigates (if it is not yet); returns its error lists, filled as they happen. */
  page(page: Page): Promise<PageErrors>;
  /**
   * Adds what can only be read at the end: in Firefox, the background page's requests, which BiDi
   * does not report (they belong to no tab); its Resource Timing entries list every request it made.
   */
  collect(): Promise<void>;
  stop(): void;
}

const NETWORK = /^(https?|wss?|ftp):/i;

function acknowledger(extensionRequests: WatchedRequest[], controls: WatchedRequest[]) {
  return (isControl: (url: string) => boolean): number => {
    const keep = extensionRequests.filter((r) => !isControl(r.url));
    const moved = extensionRequests.filter((r) => isControl(r.url));
    extensionRequests.splice(0, extensionRequests.length, ...keep);
    controls.push(...moved);
    return moved.length;
  };
}

function stackUrls(stack: any): string[] {
  const out: string[] = [];
  for (let s = stack; s; s = s.parent) for (const f of s.callFrames ?? []) out.push(f.url);
  return out;
}

export function describeException(d: any): string {
  const desc = d?.exception?.description ?? d?.text ?? 'exception';
  const where = d?.url ? ` at ${d.url}:${d.lineNumber}` : '';
  return `${desc}${where}`.slice(0, 500);
}

export async function watchExtension(session: ExtensionSession, proxy?: SinkProxy): Promise<ExtensionWatch> {
  return session.name === 'chromium' ? watchChromium(session.browser, session.extOrigin) : watchFirefox(session, proxy);
}

/** How a proxy names a request: the full address for http, only the host and port for an https tunnel. */
function proxyKey(url: string): string {
  const u = new URL(url);
  return u.protocol === 'https:' || u.protocol === 'wss:' ? `https://${u.hostname}:${u.port || 443}` : u.href;
}

async function watchChromium(browser: Browser, extOrigin: string): Promise<ExtensionWatch> {
  const extensionRequests: WatchedRequest[] = [];
  const extensionErrors: string[] = [];
  const allRequests: WatchedRequest[] = [];
  const controls: WatchedRequest[] = [];
  const sessions: CDPSession[] = [];
  const attached = new WeakSet<Target>();
  const pages = new WeakMap<Target, Promise<PageErrors>>();
  let stopped = false;

  const fromExtension = (p: any) =>
    (p.initiator?.url ?? '').startsWith(extOrigin) || stackUrls(p.initiator?.stack).some((u) => u.startsWith(extOrigin));

  // A target that belongs to the extension as a whole: every network request it makes is the extension's.
  async function attachExtensionTarget(target: Target, from: string) {
    if (attached.has(target)) return;
    attached.add(target);
    const s = await target.createCDPSession().catch(() => null);
    if (!s) return;
    sessions.push(s);
    s.on('Network.requestWillBeSent', (p: any) => {
      if (!NETWORK.test(p.request.url)) return;
      const r = { url: p.request.url, from };
      allRequests.push(r);
      extensionRequests.push(r);
    });
    s.on('Runtime.exceptionThrown', (p: any) => extensionErrors.push(`${from}: ${describeException(p.exceptionDetails)}`));
    s.on('Runtime.consoleAPICalled', (p: any) => {
      if (p.type === 'error' || p.type === 'assert')
        extensionErrors.push(`${from} console.${p.type}: ${p.args.map((a: any) => a.value ?? a.description).join(' ')}`.slice(0, 500));
    });
    await Promise.all([s.send('Network.enable'), s.send('Runtime.enable')]).catch(() => {});
  }

  // Pages (web pages and extension pages in tabs) are watched page by page; any other target of the
  // extension (service worker, shared or dedicated workers) as a whole.
  const onTarget = (t: Target) => {
    if (stopped) return;
    if (t.type() === 'page') void t.page().then((p) => p && page(p)).catch(() => {});
    else if (t.url().startsWith(extOrigin)) void attachExtensionTarget(t, t.type());
  };
  browser.on('targetcreated', onTarget);
  browser.on('targetchanged', onTarget);
  await Promise.all(browser.targets().map(async (t) => onTarget(t)));

  function page(p: Page): Promise<PageErrors> {
    const target = p.target();
    let watching = pages.get(target);
    if (!watching) {
      watching = watchPage(p);
      pages.set(target, watching);
    }
    return watching;
  }

  async function watchPage(p: Page): Promise<PageErrors> {
    const errors: PageErrors = { extension: [], page: [] };
    const isExtensionPage = () => p.url().startsWith(extOrigin);
    const s = await p.createCDPSession();
    sessions.push(s);
    // Execution contexts of the extension's content script (an isolated world with the extension's origin).
    const extContexts = new Set<number>();
    s.on('Runtime.executionContextCreated', (e: any) => {
      const c = e.context;
      if (c.origin?.startsWith(extOrigin) || c.auxData?.type === 'isolated' && c.name === 'Attaché') extContexts.add(c.id);
    });
    s.on('Runtime.exceptionThrown', (e: any) => {
      const d = e.exceptionDetails;
      const ours = extContexts.has(d.executionContextId) || (d.url ?? '').startsWith(extOrigin) || stackUrls(d.stackTrace).some((u) => u.startsWith(extOrigin));
      (ours ? errors.extension : errors.page).push(describeException(d));
      if (isExtensionPage()) extensionErrors.push(`extension-page: ${describeException(d)}`);
    });
    s.on('Runtime.consoleAPICalled', (e: any) => {
      if (e.type !== 'error' && e.type !== 'assert') return;
      const text = `console.${e.type}: ${e.args.map((a: any) => a.value ?? a.description).join(' ')}`.slice(0, 500);
      if (isExtensionPage()) extensionErrors.push(`extension-page ${text}`);
      else if (extContexts.has(e.executionContextId)) errors.extension.push(text);
    });
    s.on('Network.requestWillBeSent', (e: any) => {
      if (!NETWORK.test(e.request.url)) return;
      const inExtensionPage = (e.documentURL ?? '').startsWith(extOrigin);
      const r = { url: e.request.url, from: inExtensionPage ? 'extension-page' : 'page' };
      allRequests.push(r);
      if (inExtensionPage || fromExtension(e)) extensionRequests.push(r);
    });
    await Promise.all([s.send('Runtime.enable'), s.send('Network.enable')]);
    return errors;
  }

  return {
    extensionRequests,
    extensionErrors,
    allRequests,
    controls,
    acknowledge: acknowledger(extensionRequests, controls),
    page,
    async collect() {},
    stop() {
      stopped = true;
      browser.off('targetcreated', onTarget);
      browser.off('targetchanged', onTarget);
      for (const s of sessions) s.detach().catch(() => {});
    },
  };
}

// Firefox: puppeteer subscribes its BiDi session to all network and log events, in every context; the
// raw connection passes each event on by method name. A request is the extension's when it comes from
// an extension page, or when its initiator's stack holds an extension script.
async function watchFirefox(session: ExtensionSession, proxy?: SinkProxy): Promise<ExtensionWatch> {
  const { browser, extOrigin } = session;
  const extensionRequests: WatchedRequest[] = [];
  const extensionErrors: string[] = [];
  const allRequests: WatchedRequest[] = [];
  const controls: WatchedRequest[] = [];
  const connection = (browser as any).connection;
  if (!connection?.on) throw new Error('no WebDriver BiDi connection to watch');
  const contextUrls = new Map<string, string>();
  const pageErrors = new Map<string, PageErrors>();
  /** Proxy keys of the requests BiDi reported for web pages: the proxy saw those for the pages. */
  const pageKeys = new Set<string>();
  let proxyRead = 0;

  const onContext = (e: any) => {
    if (e?.context) contextUrls.set(e.context, e.url ?? '');
  };
  const onRequest = (e: any) => {
    const url: string = e.request?.url ?? '';
    if (!NETWORK.test(url)) return;
    const r = { url, from: 'bidi' };
    allRequests.push(r);
    const ctxUrl = e.context ? contextUrls.get(e.context) ?? '' : '';
    const stack = stackUrls(e.initiator?.stackTrace);
    // A request with no browsing context is not a page's: only the browser itself or an extension
    // background sends those, and the browser's own are switched off in this profile.
    if (ctxUrl.startsWith(extOrigin) || stack.some((u) => u.startsWith(extOrigin)) || e.context === null) extensionRequests.push(r);
    else pageKeys.add(proxyKey(url));
  };
  const onLog = (e: any) => {
    if (e.type !== 'javascript' && !(e.type === 'console' && e.level === 'error')) return;
    const ctx = e.source?.context;
    const text = `${e.text ?? ''}${e.stackTrace?.callFrames?.[0]?.url ? ` at ${e.stackTrace.callFrames[0].url}` : ''}`.slice(0, 500);
    const ours = (ctx && (contextUrls.get(ctx) ?? '').startsWith(extOrigin)) || stackUrls(e.stackTrace).some((u) => u.startsWith(extOrigin));
    const errors = ctx ? pageErrors.get(ctx) : undefined;
    if (errors) (ours ? errors.extension : errors.page).push(text);
    else if (ours) extensionErrors.push(text);
  };
  for (const ev of ['browsingContext.contextCreated', 'browsingContext.navigationStarted', 'browsingContext.load', 'browsingContext.domContentLoaded', 'browsingContext.fragmentNavigated']) connection.on(ev, onContext);
  connection.on('network.beforeRequestSent', onRequest);
  connection.on('log.entryAdded', onLog);

  // The background page's own record of its requests since it started (the watch may begin before
  // the extension is installed); read entries are cleared so a second read does not count them again.
  const readBackground = async (): Promise<string[]> => {
    const page = await session.openExtensionPage('popup.html');
    try {
      return await page.evaluate(async () => {
        const g = globalThis as any;
        const bg = await g.browser.runtime.getBackgroundPage();
        bg.performance.setResourceTimingBufferSize(100_000);
        const names = bg.performance.getEntriesByType('resource').map((e: PerformanceEntry) => e.name);
        bg.performance.clearResourceTimings();
        return names;
      });
    } finally {
      await page.close();
    }
  };

  return {
    extensionRequests,
    extensionErrors,
    allRequests,
    controls,
    acknowledge: acknowledger(extensionRequests, controls),
    async page(p: Page) {
      const errors: PageErrors = { extension: [], page: [] };
      const id: string | undefined = (p.mainFrame() as any)._id;
      if (id) pageErrors.set(id, errors);
      return errors;
    },
    async collect() {
      for (const url of await readBackground()) {
        if (!NETWORK.test(url)) continue;
        const r = { url, from: 'background' };
        allRequests.push(r);
        extensionRequests.push(r);
      }
      if (!proxy) return;
      // What went to the web without a page asking for it; a request already counted is not counted again.
      const known = new Set([...extensionRequests, ...controls].map((r) => proxyKey(r.url)));
      for (const { url } of proxy.seen.slice(proxyRead)) {
        if (pageKeys.has(url) || known.has(url)) continue;
        if (isBrowserOwn(url)) {
          allRequests.push({ url, from: 'firefox itself' });
          continue;
        }
        const r = { url, from: 'proxy (no page asked for it)' };
        allRequests.push(r);
        extensionRequests.push(r);
        known.add(url);
      }
      proxyRead = proxy.seen.length;
    },
    stop() {
      for (const ev of ['browsingContext.contextCreated', 'browsingContext.navigationStarted', 'browsingContext.load', 'browsingContext.domContentLoaded', 'browsingContext.fragmentNavigated']) connection.off(ev, onContext);
      connection.off('network.beforeRequestSent', onRequest);
      connection.off('log.entryAdded', onLog);
    },
  };
}
