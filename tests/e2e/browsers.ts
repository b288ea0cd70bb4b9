// Launches real headless Chromium or Firefox ESR with the built extension installed, following
// shared/notes/toolchain.md: puppeteer-core's installExtension in both; Firefox gets a fixed
// extension UUID (so moz-extension:// URLs are known) and system access for extension pages.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'e2e-artifacts');

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

export interface ExtensionSession {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extOrigin: string;
  /** Opens an extension page (e.g. "popup.html?tab=3") in a new tab, loaded and scriptable. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * The browser's UI language (e.g. 'fr'), which picks the extension's message file. Chromium:
   * --lang; Firefox: intl.locale.requested, which needs that language's pack installed
   * (Debian: apt-get install firefox-esr-l10n-fr). Unset: the browsers' default (English here).
   */
  lang?: string;
}

export async function launchWithExtension(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  const problem = browserProblem(name);
  if (problem) throw new Error(problem);
  const { exe, build } = CONFIG[name];
  const extDir = path.join(REPO_ROOT, build);
  const userDataDir = mkdtempSync(path.join(tmpdir(), `attache-${name}-`));
  let browser: Browser;
  let extOrigin: string;
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath: exe,
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir,
      args: options.lang ? [...CHROMIUM_FLAGS, `--lang=${options.lang}`] : CHROMIUM_FLAGS,
    });
    const id = await browser.installExtension(extDir);
    extOrigin = `chrome-extension://${id}`;
  } else {
    const manifest = JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8'));
    const geckoId: string = manifest.browser_specific_settings.gecko.id;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: exe,
      headless: true,
      userDataDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXT_UUID }),
        ...(options.lang ? { 'intl.locale.requested': options.lang } : {}),
      },
    });
    await browser.installExtension(extDir);
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

  return {
    name,
    browser,
    extOrigin,
    openExtensionPage,
    async close() {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
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
