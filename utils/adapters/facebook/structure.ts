import { ARTICLE, BODY, attr, link, owned, text } from './dom';
import { LABEL } from './words';

/**
 * What a comment is in Facebook's markup, and the links inside it that say
 * who wrote it and when. Shared by the comment reader, the post reader and
 * the marker anchor.
 */

/** The comment's own timestamp link: numeric `comment_id` (author links carry a base64 one). */
export function stampOf(node: Element): Element | undefined {
  return owned(node, 'a[href*="comment_id="]').find((a) =>
    /^\d+$/.test(link(a)?.searchParams.get('comment_id') ?? ''),
  );
}

export function isComment(el: Element): boolean {
  // Posts are articles numbered in their feed (aria-posinset); checking that first spares
  // scanning every comment link under the post.
  return el.matches(ARTICLE) && (LABEL.test(attr(el, 'aria-label')) || (!el.hasAttribute('aria-posinset') && !!stampOf(el)));
}

export function commentAbove(el: Element | null | undefined): Element | null {
  for (let a = el?.closest(ARTICLE); a; a = a.parentElement?.closest(ARTICLE)) if (isComment(a)) return a;
  return null;
}

/** The 2026 `data-commentid` wrapper, when it wraps this comment and not its parent. */
export function wrapperOf(node: Element): Element | null {
  const w = node.closest('[data-commentid]');
  return w && (w === node || w.querySelector(ARTICLE) === node) ? w : null;
}

/** The author's name link: the first link of the comment with text, outside the comment text and buttons. */
export const authorOf = (node: Element, stampEl: Element | undefined) =>
  owned(node, 'a[href]').find((a) => a !== stampEl && !a.closest(`${BODY},[role=button]`) && text(a));
