// The popup's link to one tab's content script: which tab, what it found, and the actions. Every
// answer is validated (lib/messages) before the view sees it. The tab is the active one, or the one
// named by `?tab=<id>` (used by the e2e tests, which open popup.html in a tab of its own).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Position } from '@/components/EntityList';
import type { PopupState } from '@/components/Popup';
import { parsePageResults, parseScrollResult, type ContentRequest, type PageResults } from '@/lib/messages';
import { formatEntityTable, type TableFormat } from '@/lib/entity-table';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, settingsFromChange, siteKey, withSiteRule, type Settings, type SiteRule } from '@/lib/settings';
import type { Entity } from '@/lib/types';
import { plural } from '@/lib/i18n';
import { countryName } from './country-name';
import { t as tr } from './translate';

/** How often (every 250 ms) the popup asks again while the page is loading or still being read. */
const RETRIES = 40;

async function findTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return { id: Number(param) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

function unavailableReason(url: string | undefined): string {
  if (url && !/^https?:/i.test(url)) return tr('page_unavailable_browser');
  return tr('page_unavailable_script');
}

export function usePage() {
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [positions, setPositions] = useState<Record<string, Position>>({});
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    void loadSettings(browser.storage.local).then(setSettings);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = settingsFromChange(changes, area);
      if (next) setSettings(next);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const ask = useCallback(
    async (t: { id: number; url?: string }, req: ContentRequest): Promise<PageResults | 'loading' | null> => {
      let raw: unknown;
      try {
        raw = await browser.tabs.sendMessage(t.id, req);
      } catch {
        // A page still loading has no content script yet (it starts at document_idle): keep waiting.
        const loading = await browser.tabs.get(t.id).then((x) => x.status === 'loading', () => false);
        if (loading) return 'loading';
        setState({ kind: 'unavailable', reason: unavailableReason(t.url) });
        return null;
      }
      const page = parsePageResults(raw);
      if (!page) {
        setState({ kind: 'error', message: tr('page_bad_answer') });
        return null;
      }
      setState({ kind: 'ready', page });
      return page;
    },
    [],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const t = await findTab().catch(() => null);
      if (cancelled) return;
      if (!t) {
        setState({ kind: 'unavailable', reason: tr('page_no_tab') });
        return;
      }
      setTab(t);
      for (let i = 0; i < RETRIES && !cancelled; i++) {
        const page = await ask(t, { type: 'attache:get-results' });
        if (page !== 'loading' && page?.status !== 'pending') return;
        await new Promise((r) => setTimeout(r, 250));
      }
      if (!cancelled)
        setState({ kind: 'unavailable', reason: tr('page_too_slow') });
    })();
    return () => {
      cancelled = true;
    };
  }, [ask]);

  const act = useCallback(
    async (req: ContentRequest) => {
      if (!tab) return;
      setBusy(true);
      try {
        await ask(tab, req);
      } finally {
        setBusy(false);
      }
    },
    [tab, ask],
  );

  const onToggle = useCallback((on: boolean) => void act({ type: 'attache:set-highlights', on }), [act]);
  const onAnalyze = useCallback(
    (force: boolean) => {
      setPositions({});
      void act({ type: 'attache:analyze', force });
    },
    [act],
  );

  const onShow = useCallback(
    async (e: Entity) => {
      if (!tab) return;
      let raw: unknown;
      try {
        raw = await browser.tabs.sendMessage(tab.id, { type: 'attache:scroll-to', entityType: e.type, key: e.key });
      } catch {
        setState({ kind: 'unavailable', reason: unavailableReason(tab.url) });
        return;
      }
      const res = parseScrollResult(raw);
      if (!res?.found) {
        setAnnouncement(tr('page_not_found_any_more', e.name));
        return;
      }
      setPositions((p) => ({ ...p, [`${e.type}:${e.key}`]: { index: res.index, total: res.total } }));
      setAnnouncement(tr('page_showing_mention', [res.index + 1, res.total, e.name]));
    },
    [tab],
  );

  const onCopy = useCallback(async (format: TableFormat, entities: Entity[]) => {
    const label = format === 'csv' ? 'CSV' : 'Markdown';
    try {
      await navigator.clipboard.writeText(formatEntityTable(entities, format, countryName));
      setAnnouncement(plural(tr, entities.length, 'page_copied_one', 'page_copied_other', [entities.length, label]));
    } catch {
      setAnnouncement(tr('page_copy_refused'));
    }
  }, []);

  /**
   * Saves the rule for the page's site; every tab's content script applies it (storage.onChanged).
   * Then asks this tab again until its answer shows the rule, so the popup shows the new state.
   */
  const onSiteRule = useCallback(
    async (rule: SiteRule | null) => {
      if (!tab || state.kind !== 'ready') return;
      const site = siteKey(state.page.url);
      if (!site) return;
      setBusy(true);
      try {
        const current = await loadSettings(browser.storage.local);
        await saveSettings(browser.storage.local, withSiteRule(current, site, rule));
        for (let i = 0; i < 20; i++) {
          const page = await ask(tab, { type: 'attache:get-results' });
          if (page === null || (page !== 'loading' && page.site === rule)) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        setPositions({});
        setAnnouncement(
          tr(rule === 'never' ? 'site_now_off' : rule === 'always' ? 'site_now_always' : 'site_no_rule', site),
        );
      } catch {
        setAnnouncement(tr('site_save_failed'));
      } finally {
        setBusy(false);
      }
    },
    [tab, state, ask],
  );

  const onOpenOptions = useCallback(() => {
    void browser.runtime.openOptionsPage().catch(() => {});
  }, []);

  return { state, positions, announcement, busy, settings, onToggle, onAnalyze, onShow, onCopy, onSiteRule, onOpenOptions };
}
