import type { ObservedComment } from '../../model';
import { fitComment } from '../fit';
import type { ReadResult } from '../types';
import { ARTICLE, BODY, attr, link, numeric, owned, param, text } from './dom';
import { POST_LIKE, pageFromUrl, postUrl, profileUrl } from './page';
import { ownerOf, postBox, postLink } from './post';
import { authorOf, commentAbove, isComment, ownParts, stampOf, wrapperOf } from './structure';
import { facebookWords, wordsOf } from './words';

/** What a comment's media and author link must not be inside. */
const TEXT_OR_BUTTON = `${BODY},[role=button]`;

/** Facebook's tracking parameters, left out of a comment's permalink. */
const TRACKING = /[?&]__(cft|tn)__/;

/**
 * Reading Facebook comments. Replies are sometimes nested inside their
 * parent's article and sometimes siblings, so the thread comes from the ids,
 * never from the DOM tree.
 */

/** The text under `n`, emoji from `alt`, a line break before each block, buttons left out. */
function textUnder(n: Node): string {
  let out = '';
  // Sibling links, not `childNodes`: iterating a NodeList cost more than the text it held.
  for (let c = n.firstChild; c; c = c.nextSibling) {
    const type = c.nodeType;
    if (type === 3) out += c.nodeValue;
    else if (type === 1) {
      const e = c as Element;
      if (e.getAttribute('role') === 'button') continue;
      const tag = e.tagName;
      if (tag === 'IMG') out += attr(e, 'alt');
      else out += (tag === 'DIV' || tag === 'BR' ? '\n' : '') + textUnder(e);
    }
  }
  return out;
}

/** The comment text as the reader sees it: emoji from `alt`, no "See more" button. */
function readText(body: Element): string {
  return textUnder(body)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** What a comment without words shows. Badge and reaction icons sit in buttons, so they don't count. */
function mediaOf(node: Element): string {
  if (owned(node, 'video').length) return '[video]';
  const items = owned(node, 'img,[role=img]').filter((e) => !e.closest(TEXT_OR_BUTTON));
  const sig = items
    .map((e) => ['alt', 'aria-label', 'src'].map((k) => attr(e, k)).join(' ') + ' ' + attr(e.closest('a'), 'href'))
    .join(' ');
  if (/\bgif\b|giphy|tenor/i.test(sig)) return '[GIF]';
  if (/sticker/i.test(sig)) return '[sticker]';
  return items.length ? '[photo]' : '';
}

/**
 * Who answered, from a collapsed replies row inside the comment or just after
 * it ("Acme Coffee replied · 1 reply", "Acme Coffee a répondu · 1 réponse"):
 * the row's text before its " · ", verb included. Read by structure in any
 * language; the background decides whether it names the page, by the page's
 * name, never by the verb.
 */
function repliedBy(node: Element, buttonTexts: string[]): string[] | undefined {
  const named = (line: string) => {
    const at = line.indexOf(' · ');
    return at > 0 ? [line.slice(0, at)] : undefined;
  };
  for (const line of buttonTexts) {
    const names = named(line);
    if (names) return names;
  }
  let s = (wrapperOf(node) ?? node).nextElementSibling;
  for (let i = 0; s && i < 3 && !s.matches('[data-commentid]') && !s.querySelector(ARTICLE); i++, s = s.nextElementSibling) {
    const names = named(text(s));
    if (names) return names;
  }
  return undefined;
}

/**
 * The time at the end of the comment's own label ("Comment by Jane Doe 9 hours
 * ago", "Commentaire de Jane Doe il y a 9 heures"): what follows the author's
 * name, in whatever language. The background reads it in the page's language.
 */
function labelTail(label: string, authorName: string): string | undefined {
  const at = authorName ? label.indexOf(authorName) : -1;
  return (at >= 0 && label.slice(at + authorName.length).replace(/\s+/g, ' ').trim()) || undefined;
}

/** A deterministic id for a comment Facebook gave none; excludes the time label, which changes. */
function fallbackId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return `fb-${(h >>> 0).toString(16)}-${s.length}`;
}

const decode64 = (s: string) => {
  try {
    return atob(s);
  } catch {
    return '';
  }
};

/** The comment's platform ids, from its timestamp link, wrapper or author link; null when it has none. */
function idsOf(
  node: Element,
  stampEl = stampOf(node),
  authorEl = authorOf(node, stampEl),
  // Parsed once by the caller when it has them: URL parsing is most of the cost of reading a comment.
  stamp = link(stampEl),
  author = link(authorEl),
): { id: string; parentId: string | null } | null {
  const cid = stamp && param(stamp, 'comment_id');
  const rid = stamp && param(stamp, 'reply_comment_id');
  if (cid) return numeric(rid) ? { id: rid, parentId: cid } : { id: cid, parentId: null };
  const wrapped = attr(wrapperOf(node), 'data-commentid');
  if (wrapped) return { id: wrapped, parentId: null };
  // Author links carry base64("comment:<post>_<comment>"): decode, never pattern-match the base64.
  const b64 = author && param(author, 'comment_id');
  const decoded = b64 ? /^comment:\w+_(\d+)$/.exec(decode64(b64)) : null;
  return decoded?.[1] ? { id: decoded[1], parentId: null } : null;
}

/** The link without Facebook's tracking parameters (`__cft__[0]`, `__tn__`), the others as written. */
function withoutTracking(u: URL): string {
  const href = u.href;
  const q = href.indexOf('?');
  if (q < 0 || !TRACKING.test(href)) return href;
  const h = href.indexOf('#', q);
  const end = h < 0 ? href.length : h;
  const kept = href.slice(q + 1, end).split('&').filter((p) => !/^__(cft|tn)__/.test(p));
  return href.slice(0, q) + (kept.length ? `?${kept.join('&')}` : '') + href.slice(end);
}

function read(node: Element, pageUrl: URL): ReadResult {
  const parts = ownParts(node);
  const stampEl = stampOf(node, parts.links);
  const stamp = link(stampEl);
  const authorEl = authorOf(node, stampEl, parts.links);
  if (!authorEl) return { ok: false, reason: 'no-author' };
  const authorHref = link(authorEl);
  const body = parts.bodies[0] ?? parts.autos[0];
  const words = (body && readText(body)) || mediaOf(node);
  if (!words) return { ok: false, reason: 'no-text' };

  const box = postBox(node);
  const postHref = stamp ?? link(box && postLink(box, (a) => POST_LIKE.test(attr(a, 'href'))));
  const post = postHref ? postUrl(postHref) : POST_LIKE.test(pageUrl.href) ? postUrl(pageUrl) : null;
  const owner = (box && ownerOf(box)) ?? (post ? pageFromUrl(new URL(post)) : null) ?? pageFromUrl(pageUrl);

  const authorUrl = authorHref && profileUrl(authorHref);
  const ids = idsOf(node, stampEl, authorEl, stamp, authorHref);
  const id = ids?.id ?? fallbackId(`${post}|${authorUrl ?? text(authorEl)}|${words}`);
  // A nested reply without a reply_comment_id still knows its parent from the tree.
  const parentId = ids?.parentId ?? parentFromTree(node);

  const authorName = text(authorEl.querySelector('span[dir=auto]') ?? authorEl);
  // Read once: both the author badge and the "replied" row are looked for among them.
  const buttonTexts = parts.buttons.map(text);
  const label = text(stampEl) || labelTail(attr(node, 'aria-label'), authorName);
  const full = attr(stampEl, 'aria-label') || attr(stampEl, 'title');

  const comment: ObservedComment = {
    platform: 'facebook',
    id,
    idSource: ids ? 'platform' : 'fallback',
    parentId,
    postUrl: post,
    permalink: stamp ? withoutTracking(stamp) : null,
    authorName,
    authorUrl,
    authorIsPostAuthor: isPostAuthor(node, buttonTexts),
    text: words,
    time: { ...(label && { label }), ...(full && full !== label && { absoluteLabel: full }) },
  };
  const names = repliedBy(node, buttonTexts);
  if (names) comment.repliedByNames = names;
  if (owner) comment.postOwner = owner;
  // Cut to what the background accepts, so one outsized comment never costs its whole batch.
  return fitComment(comment);
}

/** The "Author" badge beside the name, in the page's language: one of the comment's own buttons. */
function isPostAuthor(node: Element, buttonTexts: string[]): boolean {
  const badge = wordsOf(node)?.author;
  return !!badge && buttonTexts.some((t) => badge.test(t));
}

function parentFromTree(node: Element): string | null {
  const above = commentAbove(node.parentElement);
  return (above && idsOf(above)?.id) ?? null;
}

/** Read one comment node; never throws into the observer. */
export function readComment(node: Element, pageUrl: URL): ReadResult {
  try {
    return read(node, pageUrl);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

export function findCommentNodes(root: Element | Document): Element[] {
  try {
    const found = [...root.querySelectorAll(ARTICLE)];
    if (root.nodeType === 1 && (root as Element).matches(ARTICLE)) found.unshift(root as Element);
    return [...new Set(found.filter(isComment))];
  } catch {
    return [];
  }
}

export function commentNodeFor(el: Element): Element | null {
  try {
    const own = commentAbove(el);
    if (own) return own;
    // A replies summary arrives as a sibling after its comment's wrapper.
    for (let e: Element | null = el, i = 0; e && i < 8; e = e.parentElement, i++) {
      const prev = e.previousElementSibling;
      const art = prev?.matches('[data-commentid]') ? prev.querySelector(ARTICLE) : prev;
      if (art && isComment(art)) return art;
    }
  } catch {
    // fall through
  }
  return null;
}

export function markerAnchor(node: Element): Element | null {
  try {
    // The span around the name link: the marker sits after the name, outside the link.
    return authorOf(node, stampOf(node))?.parentElement ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether a comment area is on screen (composer, "View more comments", the
 * comment count or sort), by the words of the page's language; in a language
 * without a table it can't be told, and parser health says so.
 */
export function hasCommentArea(doc: Document): boolean {
  try {
    const words = facebookWords(doc.documentElement.lang);
    if (!words) return false;
    return (
      [...doc.querySelectorAll('[role=textbox]')].some((t) => words.composer.test(attr(t, 'aria-label'))) ||
      [...doc.querySelectorAll('[role=button]')].some((b) => words.area.test(text(b)))
    );
  } catch {
    return false;
  }
}
