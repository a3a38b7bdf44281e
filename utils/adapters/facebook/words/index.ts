import { NEVER, compile, formsOf, wordsByLanguage, type WordTable } from '../../words';
import type { FacebookKind } from './tables';

/** Matchers built from the page's language's table (tables.ts), known once the background handed it over. */
export interface FacebookWords {
  /** A comment's aria-label, by its start. */
  label: RegExp;
  /** The post author's badge, whole. */
  author: RegExp;
  /** A button of the comment area, whole. */
  area: RegExp;
  /** The comment composer's aria-label, by its start. */
  composer: RegExp;
  /** "Comment as ‹Page›": the page's name in group 1.. of the composer's label. */
  commentAs: RegExp;
}

const build = (table: WordTable<FacebookKind>): FacebookWords => {
  const composer = formsOf(table, 'composer');
  const named = composer.filter((f) => f.includes('{name}'));
  return {
    label: compile(formsOf(table, 'label'), false),
    author: compile(formsOf(table, 'author'), true),
    area: compile(formsOf(table, 'area'), true),
    composer: compile(composer, false),
    commentAs: named.length ? new RegExp(compile(named, true).source.replace('\\s*$', '[\\s.…]*$'), 'iu') : NEVER,
  };
};

/** The words of a page's interface language (`<html lang>`), or null when we have no table for it. */
export const facebookWords = wordsByLanguage('facebook', build);

/** The words of the document a node is in. */
export const wordsOf = (node: Node): FacebookWords | null => facebookWords((node.ownerDocument ?? (node as Document)).documentElement?.lang);

/** The page's name in a composer label such as "Comment as ‹Page›", in whichever blank of the form it sits. */
export function commentAsName(words: FacebookWords | null, label: string): string | undefined {
  const m = words?.commentAs.exec(label.trim());
  return m?.slice(1).find(Boolean)?.trim() || undefined;
}
