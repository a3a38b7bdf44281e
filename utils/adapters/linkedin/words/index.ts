import { compile, formsOf, wordsByLanguage, type WordTable } from '../../words';
import type { LinkedinKind } from './tables';

/** Matchers built from the page's language's table (tables.ts), known once the background handed it over. */
export interface LinkedinWords {
  /** The post author's badge, whole. */
  author: RegExp;
  /** The "Load more comments" button, whole. */
  loadMore: RegExp;
  /** The comment composer's aria-label, by its start. */
  composer: RegExp;
}

/** The words of a page's interface language (`<html lang>`), or null when we have no table for it. */
export const linkedinWords = wordsByLanguage<LinkedinKind, LinkedinWords>(
  'linkedin',
  (table): LinkedinWords => ({
    author: compile(formsOf(table, 'author'), true),
    loadMore: compile(formsOf(table, 'loadMore'), true),
    composer: compile(formsOf(table, 'composer'), false),
  }),
);

/** The words of the document a node is in. */
export const wordsOf = (node: Node): LinkedinWords | null => linkedinWords((node.ownerDocument ?? (node as Document)).documentElement?.lang);
