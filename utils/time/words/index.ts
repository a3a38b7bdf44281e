import { CLDR_TIME_WORDS } from './cldr.generated';
import { FACEBOOK_TIME_WORDS } from './facebook';
import type { CldrTimeWords, TimeUnit } from './types';

export type { TimeUnit } from './types';

/** Everything one interface language prints about time, CLDR's words with Facebook's own on top. */
export interface TimeWords extends Omit<CldrTimeWords, 'ambiguous'> {
  language: string;
  quantities: Record<string, number>;
}

/** The interface languages we read, by their table name. */
export const TIME_LANGUAGES = Object.keys(CLDR_TIME_WORDS);

// `<html lang>` values that name a table other than by their base language.
const ALIASES: Record<string, string> = {
  pt: 'pt-BR', 'pt-br': 'pt-BR', 'pt-pt': 'pt-PT', 'pt-ao': 'pt-PT', 'pt-mz': 'pt-PT',
  zh: 'zh-Hans', 'zh-cn': 'zh-Hans', 'zh-sg': 'zh-Hans', 'zh-hans': 'zh-Hans',
  'zh-tw': 'zh-Hant', 'zh-hk': 'zh-Hant', 'zh-mo': 'zh-Hant', 'zh-hant': 'zh-Hant',
  iw: 'he', in: 'id',
};

/** The table name for a page's `<html lang>` ("fr", "de-DE", "pt_BR", "zh-Hant-TW"), or null if we have none. */
export function timeLanguage(lang: string | undefined): string | null {
  const tag = (lang ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (!tag) return null;
  const parts = tag.split('-');
  for (let n = parts.length; n > 0; n--) {
    const t = parts.slice(0, n).join('-');
    const hit = ALIASES[t] ?? TIME_LANGUAGES.find((l) => l.toLowerCase() === t);
    if (hit) return hit;
  }
  return null;
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
