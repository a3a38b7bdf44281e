import { ARTICLE, BODY, attr, link, numeric, owned, param, text } from './dom';
import { wordsOf } from './words';

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
  return /^\/(?:(?:permalink|story|photo)\.php$|photo(?:\/|$)|watch(?:\/|$)|reel\/|(?:[^/]+\/)*(?:posts|videos|reel|photos)\/)/.test(u.pathname) || param(u, 'story_fbid') !== null;
}

/** A `comment_id` or `reply_comment_id` parameter whose value is a number, as written in a link. */
const NUMERIC_COMMENT_ID = /[?&](?:reply_)?comment_id=\d+(?:[&#]|$)/;

/** What a comment reader looks at in the comment's own subtree (not in the replies nested inside it). */
export interface OwnParts {
  links: Element[];
  buttons: Element[];
  /** Elements with a `lang` (the comment text's box), then `div[dir=auto]` (its box when it has no lang). */
  bodies: Element[];
  autos: Element[];
}

const OWN_PARTS = `a[href],[role=button],${BODY},div[dir=auto],${ARTICLE}`;

/**
 * The comment's own links, buttons and text boxes, from one query of its
 * subtree. Results come in document order, so a nested reply's elements follow
 * its article in one run and are skipped by a `contains` on that article, where
 * asking each element for its closest article would walk up the tree from
 * every one of them.
 */
export function ownParts(node: Element): OwnParts {
  const parts: OwnParts = { links: [], buttons: [], bodies: [], autos: [] };
  let nested: Element | null = null;
  for (const e of node.querySelectorAll(OWN_PARTS)) {
    if (nested) {
      if (nested.contains(e)) continue;
      nested = null;
    }
    const role = e.getAttribute('role');
    if (role === 'article') {
      nested = e;
      continue;
    }
    const tag = e.tagName;
    if (tag === 'A') parts.links.push(e);
    if (role === 'button') parts.buttons.push(e);
    if (e.hasAttribute('lang')) parts.bodies.push(e);
    else if (tag === 'DIV' && e.getAttribute('dir') === 'auto') parts.autos.push(e);
  }
  return parts;
}

/**
 * The comment's own timestamp link, by structure in any interface language:
 * a link to the post carrying the comment's numeric `comment_id` (or
 * `reply_comment_id`), the one with visible text first.
 */
export function stampOf(node: Element, links = owned(node, 'a[href*="comment_id="]')): Element | undefined {
  let silent: Element | undefined;
  for (const a of links) {
    const href = attr(a, 'href');
    // Author and mention links carry a base64 comment_id: a look at the text spares parsing them as URLs.
    if (!href.includes('comment_id=') || !NUMERIC_COMMENT_ID.test(href)) continue;
    const u = link(a, href);
    if (!u || !namesPost(u) || !(numeric(param(u, 'comment_id')) || numeric(param(u, 'reply_comment_id')))) continue;
    if (text(a)) return a;
    silent ??= a;
  }
  return silent;
}

export function isComment(el: Element): boolean {
  // Posts are articles numbered in their feed (aria-posinset); checking that first spares
  // scanning every comment link under the post.
  if (!el.matches(ARTICLE)) return false;
  // Its own label in the page's language (a comment without a comment_id link yet says what it is),
  // else its timestamp link.
  const label = attr(el, 'aria-label');
  return (!!label && !!wordsOf(el)?.label.test(label)) || (!el.hasAttribute('aria-posinset') && !!stampOf(el));
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

/** Whether `el` is inside the comment text or a button of `node`, itself included, `node` not. */
function inTextOrButton(el: Element, node: Element): boolean {
  // Up to the comment only: `closest` walked every link up to the document's root, and took a `lang`
  // around the comment (a translated section) for its text, losing every author in it.
  for (let e: Element | null = el; e && e !== node; e = e.parentElement) if (e.hasAttribute('lang') || e.getAttribute('role') === 'button') return true;
  return false;
}

/** The author's name link: the first link of the comment with text, outside the comment text and buttons. */
export const authorOf = (node: Element, stampEl: Element | undefined, links = owned(node, 'a[href]')) =>
  links.find((a) => a !== stampEl && !!text(a) && !inTextOrButton(a, node));
