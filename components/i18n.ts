// The views' translation function, provided by each extension page from browser.i18n. Without a
// provider (unit tests, a page that did not set one) views speak English from the English file.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '@/public/_locales/en/messages.json';
import { makeT, type Messages, type Translate } from '@/lib/i18n';

export const ENGLISH: Messages = en;
export const english: Translate = makeT(null, ENGLISH);
export const I18n = createContext<Translate>(english);
export const useT = (): Translate => useContext(I18n);
