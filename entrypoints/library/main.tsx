// Library page entry (library.html): opens the IndexedDB library directly (extension pages share
// the background's origin) and mounts the view.
import { render } from 'preact';
import { Library } from '@/components/Library';
import { I18n } from '@/components/i18n';
import { openLibrary } from '@/lib/saved/store';
import { loadMap } from '../popup/map-loader';
import { markPageLanguage, t } from '../popup/translate';
import { downloadText } from './download';
import './style.css';

const root = document.getElementById('app')!;
markPageLanguage();

openLibrary().then(
  (store) =>
    render(
      <I18n.Provider value={t}>
        <Library store={store} download={downloadText} loadMap={loadMap} />
      </I18n.Provider>,
      root,
    ),
  (err: unknown) =>
    render(
      <main class="library">
        <h1>Saved highlights</h1>
        <p class="status error" role="alert">
          Attaché could not open its library: {(err as Error)?.message ?? String(err)}. Close other Attaché tabs and reload this page.
        </p>
      </main>,
      root,
    ),
);
