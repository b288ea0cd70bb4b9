// Pages for tests that use Ranges: written into the window's own document by the CLI's loader
// (see parseHtml for why a DOMParser document will not do).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../cli/parse-html';
import { sharedDir } from '../helpers/load-page';

export function loadLiveHtml(html: string, url = 'http://localhost/article.html'): Document {
  return parseHtml(html, url).document;
}

export function loadLivePage(relPath: string): Document {
  return loadLiveHtml(readFileSync(path.join(sharedDir, relPath), 'utf8'));
}
