import { pageLanguage } from '../page-language';
import type { Platform } from '../model';
import { FACEBOOK_WORDS } from './facebook/words/tables';
import { LINKEDIN_WORDS } from './linkedin/words/tables';
import { addWordTables, type WordTable, type WordTables } from './words';

/**
 * Every interface language's words, for the background: it hands a tab the
 * one table its page's `<html lang>` names (`adapter-words`), so the content
 * scripts never carry all 22.
 */
export const WORD_TABLES: Record<Platform, WordTables> = { facebook: FACEBOOK_WORDS, linkedin: LINKEDIN_WORDS };

/** The table a page in `lang` needs, with its language's name; null when we have none for that language. */
export function wordTableFor(platform: Platform, lang: string): { language: string; table: WordTable<string> } | null {
  const tables = WORD_TABLES[platform];
  const language = pageLanguage(lang, Object.keys(tables));
  return language ? { language, table: tables[language]! } : null;
}

/** Know every table here (the background, and tests that read pages as a tab with its table would). */
export function addAllWordTables(): void {
  for (const [platform, tables] of Object.entries(WORD_TABLES)) addWordTables(platform, tables);
}
