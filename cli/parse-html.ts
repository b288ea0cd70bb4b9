// Saved pages are parsed in Node with happy-dom, with every kind of loading and script execution
// off: the CLI must never run a page's code or reach the network.
import { Window } from 'happy-dom';

export function parseHtml(html: string, url = 'http://localhost/'): { document: Document; close: () => void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true, disableMainFrameNavigation: true },
    },
  });
  const document = window.document as unknown as Document;
  document.open();
  document.write(html);
  document.close();
  return { document, close: () => void window.happyDOM.close() };
}
