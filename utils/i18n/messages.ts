/**
 * The interface's words. Messages live in `locales/<lang>.yml`; WXT's i18n module turns them into
 * `_locales/<lang>/messages.json` at build and types their keys, and the browser picks the file for
 * its own language (English when it has none).
 *
 * Plurals are nested under CLDR's category names (`one`, `few`, `many`, `other`) and chosen with
 * `Intl.PluralRules`, because the module's own plural forms only know 0, 1 and "n": French says
 * "0 commentaire", and large round numbers take "de" in French, Spanish, Italian and Portuguese.
 */
import type { i18n, GeneratedI18nStructure } from '#i18n';
import { browser } from '@wxt-dev/browser';

export type MessageKey = keyof GeneratedI18nStructure;

const NAMED = /\{([A-Za-z0-9_]+)\}/g;

/**
 * A message by key, typed as WXT's generated `i18n.t`: the key must exist in `locales/en.yml`, with exactly
 * its substitutions. Our messages use only named substitutions (`{name}`) and CLDR plurals (see `plural`),
 * never `$1` or WXT's "a | b" plurals, so this reads the browser's message and fills the names, as
 * `i18n.t` does for them, without the module's runtime in every bundle (the content scripts' size budget).
 */
export const t = ((key: string, substitutions?: Substitutions) => {
  const message = browser.i18n.getMessage(key.replaceAll('.', '_'));
  if (!message) console.warn(`[i18n] Message not found: "${key}"`);
  return substitutions
    ? message.replace(NAMED, (match, name: string) => (Object.prototype.hasOwnProperty.call(substitutions, name) ? String(substitutions[name]) : match))
    : message;
}) as typeof i18n.t;

/** Keys with CLDR plural forms below them: `popup.waiting` for `popup.waiting.one` / `popup.waiting.other`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

type Substitutions = Record<string, string | number>;

/**
 * The plural form of `key` for `count` in the interface's language; `{count}` in the message becomes
 * the count formatted for that language ("1 234", "1.234"). A category a language file lacks falls back
 * to `other`.
 */
export function plural(key: PluralKey, count: number, substitutions: Substitutions = {}): string {
  const category = pluralRules().select(count);
  const chosen = hasMessage(`${key}.${category}`) ? `${key}.${category}` : `${key}.other`;
  const untyped = t as (key: string, named: Substitutions) => string;
  return untyped(chosen, { count: numberFormat().format(count), ...substitutions });
}

function hasMessage(key: string): boolean {
  return browser.i18n.getMessage(key.replaceAll('.', '_')) !== '';
}

let cachedLocale: string | undefined;

/**
 * The BCP 47 tag that numbers, dates and plurals follow. It is the language the messages came in,
 * refined by the browser's region when they agree (an en-GB browser gets English words with a
 * 24-hour clock), so a browser in a language we lack never mixes English words with foreign dates.
 */
export function interfaceLocale(): string {
  if (cachedLocale) return cachedLocale;
  const messages = browser.i18n.getMessage('locale') || 'en';
  const ui = browser.i18n.getUILanguage?.() ?? '';
  const sameLanguage = ui.split('-')[0]?.toLowerCase() === messages.split('-')[0]?.toLowerCase();
  cachedLocale = sameLanguage && isSupportedByIntl(ui) ? ui : messages;
  return cachedLocale;
}

function isSupportedByIntl(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

let cachedRules: Intl.PluralRules | undefined;
let cachedNumber: Intl.NumberFormat | undefined;

function pluralRules(): Intl.PluralRules {
  return (cachedRules ??= new Intl.PluralRules(interfaceLocale()));
}

function numberFormat(): Intl.NumberFormat {
  return (cachedNumber ??= new Intl.NumberFormat(interfaceLocale()));
}

/** Forget the cached locale: tests that switch the fake browser's language call this. */
export function resetInterfaceLocale(): void {
  cachedLocale = undefined;
  cachedRules = undefined;
  cachedNumber = undefined;
}
