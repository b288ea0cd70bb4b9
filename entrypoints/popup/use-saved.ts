// The popup's link to saved highlights: asks the tab's content script what it placed and what it
// could not (orphans), saves the selection through the same request the context menu and the
// shortcut use, shows a highlight in the page, and opens the library page. Answers are validated.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseSavedOnPage, parseSaveOutcome, type SavedOnPage } from '@/lib/saved/messages';
import type { SavedPanelProps } from '@/components/SavedPanel';
import { t } from './translate';

async function tabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** `ready`: the page's own analysis is settled, so what was placed is known. */
export function useSaved(ready: boolean): SavedPanelProps {
  const [tab, setTab] = useState<number | null>(null);
  const [saved, setSaved] = useState<SavedOnPage | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SavedPanelProps['message']>(null);

  const load = useCallback(async (id: number) => {
    const raw = await browser.tabs.sendMessage(id, { type: 'attache:get-saved' }).catch(() => null);
    setSaved(parseSavedOnPage(raw));
  }, []);

  useEffect(() => {
    void tabId()
      .catch(() => null)
      .then((id) => setTab(id));
  }, []);

  useEffect(() => {
    if (tab === null || !ready) return;
    void load(tab);
    // The content script asks the library after the analysis: look again once it has answered.
    const again = setTimeout(() => void load(tab), 600);
    return () => clearTimeout(again);
  }, [tab, ready, load]);

  const onSaveSelection = useCallback(async () => {
    if (tab === null) return;
    setBusy(true);
    try {
      const raw = await browser.tabs.sendMessage(tab, { type: 'attache:save-selection' }).catch(() => null);
      const out = parseSaveOutcome(raw);
      if (!out) setMessage({ text: t('saved_no_answer'), kind: 'error' });
      else if (out.ok) setMessage({ text: t('saved_ok'), kind: 'ok' });
      else setMessage({ text: out.error, kind: 'error' });
      await load(tab);
    } finally {
      setBusy(false);
    }
  }, [tab, load]);

  const onShowSaved = useCallback(
    (id: string) => {
      if (tab !== null) void browser.tabs.sendMessage(tab, { type: 'attache:show-saved', id }).catch(() => {});
    },
    [tab],
  );

  const onOpenLibrary = useCallback(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).catch(() => {});
  }, []);

  return { saved, busy, message, onSaveSelection, onShowSaved, onOpenLibrary };
}
