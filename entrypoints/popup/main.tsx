// Popup entry: mounts the Preact view and feeds it from the active tab's content script.
import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { SavedPanel } from '@/components/SavedPanel';
import { I18n } from '@/components/i18n';
import { countryName } from './country-name';
import { loadMap } from './map-loader';
import { markPageLanguage, t } from './translate';
import { usePage } from './use-page';
import { useSaved } from './use-saved';
import './style.css';

function App() {
  const page = usePage();
  const ready = page.state.kind === 'ready' && page.state.page.status !== 'pending';
  const saved = useSaved(ready);
  return <Popup {...page} countryName={countryName} loadMap={loadMap} saved={<SavedPanel {...saved} />} />;
}

markPageLanguage();
render(
  <I18n.Provider value={t}>
    <App />
  </I18n.Provider>,
  document.getElementById('app')!,
);
