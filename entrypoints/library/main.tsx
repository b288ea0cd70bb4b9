// Library page entry (library.html): opens the IndexedDB library directly (extension pages share
// the background's origin) and mounts the view.
import { render } from 'preact';
import { Library } from '@/components/Library';
import { I18n } from '@/components/i18n';
import { openLibrary } from '@/lib/saved/store';
import { countryName } from '../popup/country-name';
import { loadMap } from '../popup/map-loader';
import { markPageLanguage, t } from '../popup/translate';
import { downloadText } from './download';
import './style.css';

const root = document.getElementById('app')!;
markPageLanguage();
document.title = t('library_page_title');

openLibrary().then(
  (store) =>
    render(
      <I18n.Provider value={t}>
        <Library store={store} download={downloadText} loadMap={loadMap} countryName={countryName} />
      </I18n.Provider>,
      root,
    ),
  (err: unknown) =>
    render(
      <main class="library">
        <h1>{t('library_title')}</h1>
        <p class="status error" role="alert">
          {t('library_open_failed', (err as Error)?.message ?? String(err))}
        </p>
      </main>,
      root,
    ),
);
