// Options entry: loads the settings, saves every change at once to browser.storage.local (each
// open tab's content script applies it through storage.onChanged), and follows changes made
// elsewhere (the popup's site buttons) while open.
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Options } from '@/components/Options';
import { I18n } from '@/components/i18n';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, settingsFromChange, type Settings } from '@/lib/settings';
import { markPageLanguage, t } from '../popup/translate';
import './style.css';

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings(browser.storage.local).then(setSettings);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = settingsFromChange(changes, area);
      if (next) setSettings(next);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const onChange = useCallback(async (next: Settings) => {
    setSettings(next);
    try {
      await saveSettings(browser.storage.local, next);
      setStatus(t('options_saved'));
    } catch (err) {
      setStatus(t('options_save_failed', err instanceof Error ? err.message : String(err)));
    }
  }, []);

  return <Options settings={settings} status={status} onChange={onChange} />;
}

markPageLanguage();
document.title = t('options_title');
render(
  <I18n.Provider value={t}>
    <App />
  </I18n.Provider>,
  document.getElementById('app')!,
);
