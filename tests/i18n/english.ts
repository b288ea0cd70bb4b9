// Unit tests render the views without browser.i18n: the English message file stands in for it, so
// a view without a provider speaks English as in an English browser. Imported by the view tests.
import en from '../../public/_locales/en/messages.json';
import { setFallbackTranslate } from '../../components/i18n';
import { makeT, type Messages } from '../../lib/i18n';

export const EN: Messages = en;
setFallbackTranslate(makeT(null, EN));
