// Node's way to get a language's data (CLI, tests): import its pack and register it. English is
// registered on import (./english). The content script gets packs from the background instead.
import './english';
import { languagePack } from './data/packs';
import { needsPack, registerLanguage } from './languages';

/** Registers a language's pack unless it already is; a no-op for English and unknown languages. */
export async function loadLanguage(lang: string | null | undefined): Promise<void> {
  if (!needsPack(lang)) return;
  const pack = await languagePack(lang);
  if (pack) registerLanguage(pack);
}
