/**
 * `browser.i18n` for unit tests, behaving as the browser does: messages built from `locales/<lang>.yml`
 * by the same code as the real build, looked up case-insensitively, `$1`…`$9` and `$$` substituted,
 * missing keys answered from English (the manifest's default_locale), unknown keys answered with "".
 */
import { readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetInterfaceLocale } from '../../../utils/i18n';

export const LOCALES_DIR = resolve(__dirname, '../../../locales');

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type ChromeMessages = Record<string, ChromeMessage>;

/** Every locale file's language, as its file is named ("en", "pt_BR"). */
export function localeFiles(): { locale: string; file: string }[] {
  return readdirSync(LOCALES_DIR)
    .filter((name) => extname(name) === '.yml')
    .map((name) => ({ locale: basename(name, '.yml'), file: join(LOCALES_DIR, name) }));
}

const loaded = new Map<string, ChromeMessages>();

/** A locale's messages.json as the build writes it, keys lower-cased as Chrome matches them. */
export async function chromeMessages(locale: string): Promise<ChromeMessages> {
  let messages = loaded.get(locale);
  if (!messages) {
    const generated = generateChromeMessages(await parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`))) as ChromeMessages;
    messages = Object.fromEntries(Object.entries(generated).map(([key, value]) => [key.toLowerCase(), value]));
    loaded.set(locale, messages);
  }
  return messages;
}

function substitute(entry: ChromeMessage, substitutions: string[]): string {
  const withPlaceholders = Object.entries(entry.placeholders ?? {}).reduce(
    (text, [name, { content }]) => text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), content),
    entry.message,
  );
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

/**
 * Make `browser.i18n` answer in `locale` (a file name such as "fr" or "pt_BR"), with `uiLanguage` as
 * the browser's own language tag. English fills the keys a locale lacks, as in the browser.
 */
export async function useLanguage(locale: string, uiLanguage = locale.replace('_', '-')): Promise<void> {
  const [own, english] = await Promise.all([chromeMessages(locale), chromeMessages('en')]);
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    const entry = own[name.toLowerCase()] ?? english[name.toLowerCase()];
    if (!entry) return '';
    return substitute(entry, substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions.map(String) : [String(substitutions)]);
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
  resetInterfaceLocale();
}
