import { pageLanguage } from '../page-language';

/**
 * The few words a platform adapter still has to match, one table per
 * interface language, chosen by the page's `<html lang>`. Every form says
 * where it comes from:
 * - `seen`: on a saved page of that interface (tests/fixtures, whose headers
 *   name their source); `tests/unit/*-words.test.ts` checks each one is there;
 * - `unverified`: the platform's wording as far as we know it, not yet seen on
 *   a saved page. Wrong ones simply never match: they decide nothing alone.
 *
 * A language without a table matches nothing at all, never English instead.
 *
 * Forms are plain text with two blanks: `{name}` (a person's or page's name)
 * and `{n}` (a count: "12", "1.2K", "1,2 mil"). A space matches any run of
 * spaces; case is ignored.
 */
export interface WordTable<K extends string> {
  seen?: Partial<Record<K, string[]>>;
  unverified?: Partial<Record<K, string[]>>;
}

/** Matches nothing: a word kind a language's table leaves empty. */
export const NEVER = /(?!)/;

const escape = (s: string) => s.replace(/[.*+?^$()[\]{}|\\]/g, '\\$&');

/** One regular expression for all of `forms`: whole (`^…$`) or as the start of a longer text (`^…`). */
export function compile(forms: readonly string[], whole: boolean): RegExp {
  if (!forms.length) return NEVER;
  const alternatives = forms.map((f) =>
    f
      .split(/(\{name\}|\{n\})/)
      .map((part) =>
        part === '{name}'
          ? '(.+?)'
          : part === '{n}'
            ? '\\d[\\d.,\\s]*(?:[^\\s\\d]{1,4}\\.?)?'
            : escape(part).replace(/\s+/g, '\\s+'),
      )
      .join(''),
  );
  return new RegExp(`^(?:${alternatives.join('|')})${whole ? '\\s*$' : ''}`, 'iu');
}

/** Every form of one kind in one language's table, seen ones first. */
export function formsOf<K extends string>(table: WordTable<K> | undefined, kind: K): string[] {
  return [...(table?.seen?.[kind] ?? []), ...(table?.unverified?.[kind] ?? [])];
}

/**
 * The words of the page's interface language, compiled once per language:
 * `build` turns one language's table into matchers; null for a language
 * without a table.
 */
export function wordsByLanguage<K extends string, W>(
  tables: Record<string, WordTable<K>>,
  build: (table: WordTable<K>) => W,
): (lang: string | null | undefined) => W | null {
  const languages = Object.keys(tables);
  // By `<html lang>` as written, then by table: "fr" and "fr-FR" share one set of matchers.
  const byLang = new Map<string, W | null>();
  const byTable = new Map<string, W>();
  return (lang) => {
    const key = lang ?? '';
    let words = byLang.get(key);
    if (words === undefined) {
      const language = pageLanguage(key, languages);
      words = language ? (byTable.get(language) ?? byTable.set(language, build(tables[language]!)).get(language)!) : null;
      byLang.set(key, words);
    }
    return words;
  };
}
