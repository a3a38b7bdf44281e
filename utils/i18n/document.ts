import { interfaceLocale, t, type MessageKey } from './messages';

/**
 * An extension page in the interface's language: `lang` for screen readers, hyphenation and
 * typography, and the tab's title. HTML files can't hold translated text, so the page sets them.
 */
export function localizeDocument(titleKey: MessageKey & `pages.${string}`): void {
  document.documentElement.lang = interfaceLocale();
  document.documentElement.dir = t('@@bidi_dir') || 'ltr';
  document.title = t(titleKey as 'pages.popup');
}
