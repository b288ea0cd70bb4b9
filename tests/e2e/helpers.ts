// Page-side helpers shared by the e2e tests: reading highlights out of a live page, finding a tab's
// id from an extension page, and the popup's rows. Functions passed to page.evaluate run in the
// browser, so they only use what they are given.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS_DIR, browserProblem, type BrowserName } from './browsers';

export interface MarkInfo {
  type: string;
  key: string;
  id: string | null;
  text: string;
  /** The page region outside the article that holds the highlight, if any. */
  region: string | null;
}

export function readMarks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('mark.attache-hl')].map((el) => ({
      type: el.getAttribute('data-attache-type') ?? '',
      key: el.getAttribute('data-attache-key') ?? '',
      id: el.getAttribute('data-attache-id'),
      text: el.textContent ?? '',
      region: el.closest('footer, aside, header, nav, .cookie, [role="dialog"]')?.tagName.toLowerCase() ?? null,
    })),
  );
}

/** The body as the browser parses the served file, next to the live body, for an exact comparison. */
export function bodyNowAndOriginal(page: Page): Promise<{ now: string; original: string }> {
  return page.evaluate(async () => {
    const src = await (await fetch(location.href, { cache: 'no-store' })).text();
    const parsed = new DOMParser().parseFromString(src, 'text/html');
    return { now: document.body.innerHTML, original: parsed.body.innerHTML };
  });
}

/** From an extension page: the id of the tab whose content script reports this URL. */
export function tabIdForUrl(extPage: Page, url: string): Promise<number | null> {
  return extPage.evaluate(async (target) => {
    const g = globalThis as any;
    const api = g.browser ?? g.chrome;
    for (const tab of await api.tabs.query({})) {
      try {
        const r = await api.tabs.sendMessage(tab.id, { type: 'attache:get-results' });
        if (r && r.url === target) return tab.id as number;
      } catch {
        /* no content script in that tab */
      }
    }
    return null;
  }, url);
}

/** From an extension page: sends a message to a tab's content script and returns its answer. */
export function sendToTab(extPage: Page, tabId: number, msg: unknown): Promise<any> {
  return extPage.evaluate(
    async (id: number, m: unknown) => {
      const g = globalThis as any;
      return (g.browser ?? g.chrome).tabs.sendMessage(id, m);
    },
    tabId,
    msg as any,
  );
}

/** The content script's own answer for a tab (status, entities, analysis time). */
export function pageResults(extPage: Page, tabId: number): Promise<any> {
  return sendToTab(extPage, tabId, { type: 'attache:get-results' });
}

export function badgeText(extPage: Page, tabId: number): Promise<string> {
  return extPage.evaluate(async (id) => {
    const g = globalThis as any;
    const api = g.browser ?? g.chrome;
    return (api.action ?? api.browserAction).getBadgeText({ tabId: id });
  }, tabId);
}

export interface PopupRow {
  section: string;
  type: string;
  key: string;
  name: string;
  office: string | null;
  country: string | null;
  count: string;
}

export function readPopupRows(popup: Page): Promise<PopupRow[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button.entity')].map((b) => ({
      section: b.closest('section')?.getAttribute('data-section') ?? '',
      type: b.dataset.entityType ?? '',
      key: b.dataset.entityKey ?? '',
      name: b.querySelector('.entity-name')?.textContent ?? '',
      office: b.querySelector('.entity-office')?.textContent ?? null,
      country: b.querySelector('.entity-country')?.textContent ?? null,
      count: b.querySelector('.entity-count')?.textContent ?? '',
    })),
  );
}

/** Whether to skip a browser's tests: only when it is missing and this is not CI. */
export function shouldSkip(name: BrowserName): boolean {
  const problem = browserProblem(name);
  const skip = problem !== null && process.env.CI !== 'true';
  if (skip) console.warn(`[e2e] SKIPPING ${name}: ${problem}. (With CI=true this fails the run.)`);
  return skip;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(ARTIFACTS_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  // Chromium paints no frames for a background tab: a screenshot of one would wait forever.
  await page.bringToFront();
  await page.screenshot({ path: path.join(dir, `${name}.png`) as `${string}.png` });
}

/** Runs axe-core in the page; returns the serious and critical violations (id and how many nodes). */
export async function seriousA11yViolations(page: Page): Promise<{ id: string; nodes: number }[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => ({ id: v.id as string, nodes: v.nodes.length as number }));
  });
}

/** The text of each part of the hover card, or null when no card is shown. */
export function readCard(page: Page): Promise<{ title: string; flag: string | null; office: string | null; country: string | null; officials: string[] } | null> {
  return page.evaluate(() => {
    const host = document.getElementById('attache-card');
    const box = host?.shadowRoot?.querySelector('[role="tooltip"]');
    if (!host || !box || host.parentNode !== document.documentElement) return null;
    const value = (sel: string) => box.querySelector(sel)?.lastChild?.textContent ?? null;
    return {
      title: box.querySelector('.title')?.lastChild?.textContent ?? '',
      flag: box.querySelector('.title')?.childNodes.length === 2 ? box.querySelector('.title')!.firstChild!.textContent : null,
      office: value('.row-office'),
      country: value('.row-country'),
      officials: [...box.querySelectorAll('.officials li')].map((li) => li.textContent ?? ''),
    };
  });
}

/** Polls the content script's answer for a tab until `pred` holds; returns that answer. */
export function waitForResults(extPage: Page, tabId: number, pred: (r: any) => boolean, label: string): Promise<any> {
  return (async () => {
    const deadline = Date.now() + 20_000;
    let last: any = null;
    while (Date.now() < deadline) {
      last = await pageResults(extPage, tabId).catch(() => null);
      if (last && pred(last)) return last;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`timed out waiting for ${label}; last answer: ${JSON.stringify(last && { status: last.status, url: last.url, n: last.entities?.length })}`);
  })();
}

/** Sets prefers-color-scheme where the browser lets puppeteer (Chromium); false where it cannot (Firefox over BiDi). */
export async function colorScheme(page: Page, value: 'light' | 'dark'): Promise<boolean> {
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value }]);
    return true;
  } catch {
    return false;
  }
}
