// Launches real headless Chromium or Firefox ESR with the built extension installed, following
// shared/notes/toolchain.md: puppeteer-core's installExtension in both; Firefox gets a fixed
// extension UUID (so moz-extension:// URLs are known) and system access for extension pages.
// Every session is watched for network requests by the extension (./network-watch.ts) from before
// the extension is installed until the session closes. close() first proves that its watch sees:
// it sends a deliberate request from an extension page (and in Firefox from the background page) and
// fails if the watch missed it; it then writes the session to the run's ledger (summed up by
// ./watch-global-setup.ts when the run ends) and fails if the extension made any other request.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { watchExtension, type ExtensionWatch } from './network-watch';
import { proxyPrefs, startSinkProxy, type SinkProxy } from './sink-proxy';
import { appendLedger, type LedgerEntry } from './watch-ledger';

export type BrowserName = 'chromium' | 'firefox';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'e2e-artifacts');
/** The path of the deliberate requests each session makes from the extension when it closes. */
export const CONTROL_PATH = '/attache-watch-control';
const CONFIG = {
  chromium: { exe: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium', build: '.output/chrome-mv3' },
  firefox: { exe: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr', build: '.output/firefox-mv2' },
} as const;

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Any fixed v4 UUID: Firefox otherwise picks a random one per profile. */
const FIREFOX_EXT_UUID = '6f0c7d2e-3a41-4b8e-9c55-a77ac4e2e0a1';

/** Why this browser cannot run here, or null when it can. */
export function browserProblem(name: BrowserName): string | null {
  const { exe, build } = CONFIG[name];
  if (!existsSync(exe)) return `${name} not found at ${exe} (apt-get install -y chromium firefox-esr)`;
  if (!existsSync(path.join(REPO_ROOT, build, 'manifest.json')))
    return `no built extension at ${build} (run npm run build first)`;
  return null;
}

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits as a–p. */
function chromiumExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface LaunchOptions {
  /** Use this profile and keep it at close (to start the browser again on it); else a fresh one, removed. */
  profileDir?: string;
  /** Install the extension from this directory (a copy of the build, e.g. to update it in place); default the build. */
  extensionDir?: string;
  /**
   * The browser's UI language (e.g. 'fr'), which picks the extension's message file. Chromium:
   * --lang; Firefox: intl.locale.requested, which needs that language's pack installed
   * (Debian: apt-get install firefox-esr-l10n-fr). Unset: the browsers' default (English here).
   */
  lang?: string;
}

/** The built extension's directory for this browser. */
export function buildDir(name: BrowserName): string {
  return path.join(REPO_ROOT, CONFIG[name].build);
}

export interface ExtensionSession {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extOrigin: string;
  /** The profile directory of this session. */
  profileDir: string;
  /** Where the extension was installed from. */
  extensionDir: string;
  /** The session's network and error watch, running since before the extension was installed. */
  watch: ExtensionWatch;
  /** Opens an extension page (e.g. "popup.html?tab=3") in a new tab, loaded and scriptable. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** Proves the watch with its controls, records the session in the ledger, closes; throws if the extension made a request. */
  close(): Promise<void>;
}

let controlOrigin: Promise<string> | null = null;
/** A local server for the controls, shared by the sessions of one test file. */
function controlServer(): Promise<string> {
  controlOrigin ??= new Promise((resolve) => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' });
      res.end('control');
    });
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
  return controlOrigin;
}

let sessionCount = 0;

export async function launchWithExtension(name: BrowserName, opts: LaunchOptions = {}): Promise<ExtensionSession> {
  const problem = browserProblem(name);
  if (problem) throw new Error(problem);
  const { exe } = CONFIG[name];
  const extDir = path.resolve(opts.extensionDir ?? buildDir(name));
  const userDataDir = opts.profileDir ?? mkdtempSync(path.join(tmpdir(), `attache-${name}-`));
  let browser: Browser;
  let extOrigin: string;
  let proxy: SinkProxy | undefined;
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath: exe,
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir,
      args: opts.lang ? [...CHROMIUM_FLAGS, `--lang=${opts.lang}`] : CHROMIUM_FLAGS,
    });
    extOrigin = `chrome-extension://${chromiumExtensionId(extDir)}`;
  } else {
    const manifest = JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8'));
    const geckoId: string = manifest.browser_specific_settings.gecko.id;
    proxy = await startSinkProxy();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: exe,
      headless: true,
      userDataDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXT_UUID }),
        // A restart on the same profile finds the saved library when the add-on comes back with the
        // same gecko id and UUID (the pref above). A temporary add-on counts as uninstalled when
        // Firefox quits, and uninstalling may clear its storage; here the data survived without the
        // two prefs below too (ESR 153), but they make sure of it, as web-ext does between reloads.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        ...proxyPrefs(proxy.port),
        ...(opts.lang ? { 'intl.locale.requested': opts.lang } : {}),
      },
    });
    extOrigin = `moz-extension://${FIREFOX_EXT_UUID}`;
  }

  async function openExtensionPage(pathAndQuery: string): Promise<Page> {
    const page = await browser.newPage();
    const url = `${extOrigin}/${pathAndQuery}`;
    if (name === 'chromium') {
      await page.goto(url, { waitUntil: 'load' });
    } else {
      // WebDriver BiDi never reports a moz-extension:// navigation as finished: start it, then poll.
      page.goto(url).catch(() => {});
      await poll(() =>
        page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false),
      );
    }
    return page;
  }

  const session = { name, browser, extOrigin, profileDir: userDataDir, extensionDir: extDir, openExtensionPage } as ExtensionSession;
  try {
    session.watch = await watchExtension(session, proxy);
    const id = await browser.installExtension(extDir);
    if (name === 'chromium' && `chrome-extension://${id}` !== extOrigin)
      throw new Error(`the extension id ${id} is not the one the watch was set up for (${extOrigin})`);
  } catch (err) {
    await browser.close().catch(() => {});
    proxy?.close();
    throw err;
  }
  const n = ++sessionCount;

  /** Deliberate requests from the extension's contexts; returns how many were sent. */
  async function sendControls(): Promise<string[]> {
    const base = `${await controlServer()}${CONTROL_PATH}?pid=${process.pid}&session=${n}`;
    const urls = [`${base}&from=extension-page`];
    const page = await openExtensionPage('popup.html');
    try {
      await page.evaluate((u: string) => fetch(u).then((r) => r.text()), urls[0]);
      if (name === 'firefox') {
        // The background page: BiDi does not report its requests; collect() reads its own record.
        urls.push(`${base}&from=background`);
        await page.evaluate(async (u: string) => {
          const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
          return bg.fetch(u).then((r: Response) => r.text());
        }, urls[1]);
      }
    } finally {
      await page.close().catch(() => {});
    }
    return urls;
  }

  let closed = false;
  session.close = async () => {
    if (closed) return;
    closed = true;
    const { watch } = session;
    const disconnected = !browser.connected;
    let problem: string | null = null;
    let sent: string[] = [];
    let caught = 0;
    if (!disconnected) {
      try {
        sent = await sendControls();
        await watch.collect();
        await poll(() => sent.every((u) => watch.extensionRequests.some((r) => r.url === u)), 5000, 'the control requests in the watch').catch(() => {});
        caught = sent.filter((u) => watch.extensionRequests.some((r) => r.url === u)).length;
        if (caught < sent.length) problem = `the network watch missed ${sent.length - caught} of its ${sent.length} control requests`;
      } catch (err) {
        problem = `the controls could not run: ${String(err).slice(0, 300)}`;
      }
    }
    watch.acknowledge((url) => url.includes(CONTROL_PATH));
    const acknowledged = watch.controls.filter((r) => !r.url.includes(CONTROL_PATH)).length;
    watch.stop();
    const entry: LedgerEntry = {
      file: path.relative(REPO_ROOT, expect.getState().testPath ?? ''),
      browser: name,
      requestsSeen: watch.allRequests.length,
      extensionRequests: watch.extensionRequests,
      controlsCaught: caught,
      controlsSent: sent.length,
      acknowledged,
      disconnected,
      problem,
    };
    appendLedger(entry);
    await browser.close().catch(() => {});
    proxy?.close();
    if (!opts.profileDir) rmSync(userDataDir, { recursive: true, force: true });
    if (watch.extensionRequests.length)
      throw new Error(`the extension made ${watch.extensionRequests.length} network request(s): ${JSON.stringify(watch.extensionRequests.slice(0, 5))}`);
    if (problem) throw new Error(problem);
  };

  // Chromium: every page is watched before the test can navigate it (a page made another way, e.g.
  // a tab the extension opens, is attached as soon as it appears).
  if (name === 'chromium') {
    const newPage = browser.newPage.bind(browser);
    browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
      const page = await newPage(...args);
      await session.watch.page(page);
      return page;
    };
  }
  return session;
}

/** Polls until fn returns a truthy value (or throws after the deadline); returns that value. */
export async function poll<T>(fn: () => Promise<T> | T, timeoutMs = 15_000, label = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
