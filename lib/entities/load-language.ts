// Node's way to get a language's data (CLI, tests): import its pack and register it. The content
// script gets packs from the background instead (see language-pack.ts).
import { languagePack } from './language-pack';
import { needsPack, registerLanguage } from './languages';

/** Registers a language's pack unless it already is; a no-op for English and unknown languages. */
export async function loadLanguage(lang: string | null | undefined): Promise<void> {
  if (!needsPack(lang)) return;
  const pack = await languagePack(lang);
  if (pack) registerLanguage(pack);
}
