import { CLDR_TIME_WORDS } from './cldr.generated';
import { FACEBOOK_TIME_WORDS } from './facebook';
import type { CldrTimeWords, TimeUnit } from './types';
import { pageLanguage } from '../../page-language';

export type { TimeUnit } from './types';

/** Everything one interface language prints about time, CLDR's words with Facebook's own on top. */
export interface TimeWords extends Omit<CldrTimeWords, 'ambiguous'> {
  language: string;
  quantities: Record<string, number>;
}

/** The interface languages we read, by their table name. */
export const TIME_LANGUAGES = Object.keys(CLDR_TIME_WORDS);

/** The table name for a page's `<html lang>` ("fr", "de-DE", "pt_BR", "zh-Hant-TW"), or null if we have none. */
export function timeLanguage(lang: string | undefined): string | null {
  return pageLanguage(lang, TIME_LANGUAGES);
}

const cache = new Map<string, TimeWords>();

/** The time words of one table, or null for a language we don't read. */
export function timeWords(language: string): TimeWords | null {
  const known = cache.get(language);
  if (known) return known;
  const cldr = CLDR_TIME_WORDS[language];
  if (!cldr) return null;
  const fb = FACEBOOK_TIME_WORDS[language] ?? {};
  const { ambiguous: _ambiguous, ...rest } = cldr;
  const units: Record<string, TimeUnit> = { ...cldr.units, ...fb.units };
  const words: TimeWords = {
    ...rest,
    language,
    units,
    quantities: fb.quantities ?? {},
    now: [...new Set([...cldr.now, ...(fb.now ?? [])])],
    before: [...new Set([...cldr.before, ...(fb.before ?? [])])],
    after: [...new Set([...cldr.after, ...(fb.after ?? [])])],
  };
  cache.set(language, words);
  return words;
}
