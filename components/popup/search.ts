import type { Platform, StoredComment } from '../../utils/model';

export interface Filters {
  platform: Platform | 'all';
  pageKey: string | 'all';
  query: string;
}

export const NO_FILTERS: Filters = { platform: 'all', pageKey: 'all', query: '' };

export function hasFilters(filters: Filters): boolean {
  return filters.platform !== 'all' || filters.pageKey !== 'all' || filters.query.trim() !== '';
}

/** Lower case without accents, so "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * A predicate for the current filters. `haystack` gives a comment's folded
 * author and text, computed once per list rather than on every keystroke.
 */
export function filterPredicate(
  filters: Filters,
  haystack: (comment: StoredComment) => string,
): (comment: StoredComment) => boolean {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  return (comment) =>
    (filters.platform === 'all' || comment.platform === filters.platform) &&
    (filters.pageKey === 'all' || comment.pageKey === filters.pageKey) &&
    (words.length === 0 || words.every((word) => haystack(comment).includes(word)));
}

/** A memo of folded "author text" per comment key, kept across renders of the same list. */
export function createHaystack(): (comment: StoredComment) => string {
  const cache = new Map<string, { source: StoredComment; folded: string }>();
  return (comment) => {
    const hit = cache.get(comment.key);
    if (hit && hit.source === comment) return hit.folded;
    const folded = foldForSearch(`${comment.authorName}\n${comment.text}`);
    cache.set(comment.key, { source: comment, folded });
    return folded;
  };
}
