// The ledger of the e2e run's network watch: each browser session (./browsers.ts) appends one line
// when it closes; ./watch-global-setup.ts reads them all when the run ends and judges the run.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { WatchedRequest } from './network-watch';

export const WATCH_LEDGER = path.resolve(import.meta.dirname, '../../e2e-artifacts/network-watch-ledger.jsonl');

export interface LedgerEntry {
  file: string;
  browser: 'chromium' | 'firefox';
  /** Network requests the watch saw in this session, from anyone (pages included). */
  requestsSeen: number;
  /** Requests by the extension, controls excluded: must be empty. */
  extensionRequests: WatchedRequest[];
  /** Deliberate requests from extension contexts, sent at close; each must be caught. */
  controlsSent: number;
  controlsCaught: number;
  /** Requests a test made on purpose from the extension and acknowledged (its own positive controls). */
  acknowledged: number;
  /** The browser had already gone (crashed or closed by the test) when the session closed. */
  disconnected: boolean;
  problem: string | null;
}

export function appendLedger(entry: LedgerEntry): void {
  mkdirSync(path.dirname(WATCH_LEDGER), { recursive: true });
  appendFileSync(WATCH_LEDGER, JSON.stringify(entry) + '\n');
}

export function readLedger(): LedgerEntry[] {
  if (!existsSync(WATCH_LEDGER)) return [];
  return readFileSync(WATCH_LEDGER, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LedgerEntry);
}

/** What is wrong with the run as the ledger tells it, and the line to print. */
export function judgeLedger(entries: LedgerEntry[], ci: boolean): { summary: string; failures: string[] } {
  const failures: string[] = [];
  const count = (b: string) => entries.filter((e) => e.browser === b).length;
  const sum = (f: (e: LedgerEntry) => number) => entries.reduce((n, e) => n + f(e), 0);
  const requests = entries.flatMap((e) => e.extensionRequests.map((r) => ({ ...r, file: e.file, browser: e.browser })));
  for (const r of requests) failures.push(`${r.browser} ${r.file}: the extension requested ${r.url} (${r.from})`);
  for (const e of entries) if (e.problem) failures.push(`${e.browser} ${e.file}: ${e.problem}`);
  if (ci && entries.length === 0) failures.push('no browser session was watched (CI=true)');
  const lost = entries.filter((e) => e.disconnected).length;
  const summary =
    `[e2e] network watch over the whole run: ${entries.length} sessions watched (chromium ${count('chromium')}, firefox ${count('firefox')}), ` +
    `${sum((e) => e.requestsSeen)} requests seen, ${requests.length} by the extension; ` +
    `controls caught ${sum((e) => e.controlsCaught)}/${sum((e) => e.controlsSent)}, ${sum((e) => e.acknowledged)} acknowledged by tests` +
    (lost ? `; ${lost} sessions had lost their browser before closing` : '');
  return { summary, failures };
}
