import { pageLanguage } from '../page-language';

/**
 * The few words a platform adapter still has to match, one table per
 * interface language, chosen by the page's `<html lang>`. The tables live
 * beside each adapter (`<platform>/words/tables.ts`) and ship in the
 * background only: a content script asks for its page's language's table
 * (`adapter-words`) and adds it here, so a page carries one language, not 22.
 * Every form says where it comes from:
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

export type WordTables<K extends string = string> = Record<string, WordTable<K>>;

/** The tables known in this context, by platform: all of them in the background, the page's language in a tab. */
const known: Record<string, WordTables> = {};
let generation = 0;

/** Make these languages' tables known for a platform (replacing the same languages' earlier ones). */
export function addWordTables(platform: string, tables: WordTables): void {
  known[platform] = { ...known[platform], ...tables };
  generation++;
}

/** The known tables of a platform. */
export const wordTables = (platform: string): WordTables => known[platform] ?? {};

/**
 * The words of the page's interface language, compiled once per language:
 * `build` turns one language's table into matchers; null for a language
 * without a known table.
 */
export function wordsByLanguage<K extends string, W>(
  platform: string,
  build: (table: WordTable<K>) => W,
): (lang: string | null | undefined) => W | null {
  // By `<html lang>` as written, then by table: "fr" and "fr-FR" share one set of matchers.
  let byLang = new Map<string, W | null>();
  let byTable = new Map<string, W>();
  let seen = -1;
  return (lang) => {
    if (seen !== generation) {
      byLang = new Map();
      byTable = new Map();
      seen = generation;
    }
    const key = lang ?? '';
    let words = byLang.get(key);
    if (words === undefined) {
      const tables = wordTables(platform) as WordTables<K>;
      const language = pageLanguage(key, Object.keys(tables));
      words = language ? (byTable.get(language) ?? byTable.set(language, build(tables[language]!)).get(language)!) : null;
      byLang.set(key, words);
    }
    return words;
  };
}

/** The shape of a table handed over by the background: every value a short list of short strings. */
export function isWordTable(value: unknown): value is WordTable<string> {
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).every(
    ([source, kinds]) =>
      (source === 'seen' || source === 'unverified') &&
      !!kinds &&
      typeof kinds === 'object' &&
      Object.values(kinds).every((forms) => Array.isArray(forms) && forms.length <= 50 && forms.every((f) => typeof f === 'string' && f.length <= 200)),
  );
}
