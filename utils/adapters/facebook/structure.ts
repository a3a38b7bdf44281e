import { ARTICLE, BODY, attr, link, owned, text } from './dom';
import { LABEL } from './words';

/**
 * What a comment is in Facebook's markup, and the links inside it that say
 * who wrote it and when. Shared by the comment reader, the post reader and
 * the marker anchor.
 */

/**
 * Whether a link names a post: `permalink.php?story_fbid=`, `/<page>/posts/…`,
 * `/videos/`, `/reel/`, `/photo…`, `/watch?v=`. A comment's timestamp links to
 * its post; author and mention links lead to a profile, even when they carry a
 * `comment_id` of their own.
 */
export function namesPost(u: URL): boolean {
  return u.searchParams.has('story_fbid') || /^\/(?:(?:permalink|story|photo)\.php$|photo(?:\/|$)|watch(?:\/|$)|reel\/|(?:[^/]+\/)*(?:posts|videos|reel|photos)\/)/.test(u.pathname);
}

const numeric = (v: string | null | undefined) => !!v && /^\d+$/.test(v);
/** A `comment_id` or `reply_comment_id` parameter whose value is a number, as written in a link. */
const NUMERIC_COMMENT_ID = /[?&](?:reply_)?comment_id=\d+(?:[&#]|$)/;

/**
 * The comment's own timestamp link, by structure in any interface language:
 * a link to the post carrying the comment's numeric `comment_id` (or
 * `reply_comment_id`), the one with visible text first.
 */
export function stampOf(node: Element): Element | undefined {
  let silent: Element | undefined;
  for (const a of owned(node, 'a[href*="comment_id="]')) {
    // Author and mention links carry a base64 comment_id: a look at the text spares parsing them as URLs.
    if (!NUMERIC_COMMENT_ID.test(attr(a, 'href'))) continue;
    const u = link(a);
    if (!u || !namesPost(u) || !(numeric(u.searchParams.get('comment_id')) || numeric(u.searchParams.get('reply_comment_id')))) continue;
    if (text(a)) return a;
    silent ??= a;
  }
  return silent;
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
