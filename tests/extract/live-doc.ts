// Pages for tests that use Ranges. happy-dom 21 ties `document.createRange()` to the window's own
// document, so a Range over a DOMParser-made document (tests/helpers/load-page) collapses on every
// setStart/setEnd. Writing the page into the window's document, as the CLI does, avoids that.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { sharedDir } from '../helpers/load-page';

export function loadLiveHtml(html: string, url = 'http://localhost/article.html'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true, disableMainFrameNavigation: true },
    },
  });
  const doc = window.document as unknown as Document;
  doc.open();
  doc.write(html);
  doc.close();
  return doc;
}

export function loadLivePage(relPath: string): Document {
  return loadLiveHtml(readFileSync(path.join(sharedDir, relPath), 'utf8'));
}
