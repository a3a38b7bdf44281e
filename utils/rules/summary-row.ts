import { sameName } from './identity';

/**
 * Whether the names part of a collapsed replies row ("Acme Coffee replied",
 * "Acme Coffee a répondu", "Acme Coffee hat geantwortet", "Acme Coffeeさんが返信しました")
 * names the page. Decided by the page's name, never by the verb, so it holds in
 * every interface language: the name must open or close the row, and nothing
 * beside it may look like another name (a capitalised word, a list), since
 * "Acme Coffee Fans replied" is someone else. When unsure, the comment stays
 * waiting: a missed answer costs a look, a wrong one hides a customer.
 */
export function rowNamesPage(row: string, pageName: string): boolean {
  if (sameName(row, pageName)) return true;
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const text = fold(row);
  const name = fold(pageName).toLowerCase();
  const lower = text.toLowerCase();
  if (!name || lower.length === name.length) return false;
  // Scripts written with spaces between words: a letter of theirs right beside the name makes a longer name.
  const glued = (c: string | undefined) => !!c && /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{N}]/u.test(c);
  let rest: string | null = null;
  if (lower.startsWith(name) && !glued(text[name.length])) rest = text.slice(name.length);
  else if (lower.endsWith(name) && !glued(text[text.length - name.length - 1])) rest = text.slice(0, text.length - name.length);
  return rest !== null && !/\p{Lu}|\p{Lt}|[,،、&+]/u.test(rest);
}
