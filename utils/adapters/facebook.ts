import type { ObservedComment, PageRef } from '../model';
import { fitComment } from './fit';
import type { PlatformAdapter, ReadResult } from './types';

/**
 * Facebook (www.facebook.com). Every Facebook selector lives here.
 *
 * Facebook's class names rotate every few months; what has survived since the
 * 2020 redesign are accessibility and routing markers (see
 * shared/research/comment-markup.md §1): `role="article"` with a
 * "Comment by …"/"Reply by …" label, the timestamp link carrying
 * `comment_id`/`reply_comment_id`, the 2026 `data-commentid` wrapper, `lang`
 * on the text, "Comment as <Page>" on the composer. Replies are sometimes
 * nested inside their parent's article and sometimes siblings, so the
 * thread comes from the ids, never from the DOM tree.
 */

const HOST = 'https://www.facebook.com';
const ARTICLE = '[role=article]';
// English and Spanish; other languages are still found through their comment_id links.
const LABEL = /^(Comment by|Reply by|Comentario de|Respuesta de) /;
const AUTHOR_BADGE = /^(Author|Autor)$/;
const SUMMARY = /^(.+?) (?:replied|respondió) ·/;
const AGO = /\b(?:(?:\d+|an?|a few) \w+ ago|just now|hace .+|justo ahora)$/i;
// The comment text; `html` carries a lang too.
const BODY = ':not(html)[lang]';
const POST_LIKE = /[?&](story_fbid|fbid|v)=|\/(posts|videos|reel)\//;
const COMMENT_AREA =
  /^(view (\d+ )?more comments?|all comments|most relevant|newest|[\d,.]+k? comments?|ver más comentarios|todos los comentarios|más pertinentes|[\d,.]+ (mil )?comentarios?)$/i;
// "Comment as …", "Write a comment…", "Comentar como …", "Escribe un comentario…".
const COMPOSER = '[role=textbox][aria-label*=omment],[role=textbox][aria-label*=omentar]';
// First path segments that are Facebook's own, not a page's vanity name.
const RESERVED =
  /^(messages|settings|login|notifications|groups|marketplace|gaming|events|friends|bookmarks|saved|help|privacy|policies|ads|business|pages|search|stories|hashtag|reels?|watch|photos?|videos|me)$/i;

/** The query parameters that name a post; everything else in a post link is tracking. */
const POST_KEYS = ['story_fbid', 'id', 'fbid', 'v'];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const toUrl = (href: string | null | undefined): URL | null => {
  try {
    return href ? new URL(href, HOST) : null;
  } catch {
    return null;
  }
};
const attr = (e: Element | null | undefined, k: string) => e?.getAttribute(k) ?? '';
/** The address a link points to. */
const link = (a: Element | null | undefined) => toUrl(attr(a, 'href'));
const owned = (node: Element, sel: string) => [...node.querySelectorAll(sel)].filter((e) => e.closest(ARTICLE) === node);

/** A profile link without its tracking: `/jane.doe.77`, `/profile.php?id=…` (the id is the profile). */
function profileUrl(u: URL): string | null {
  if (u.pathname !== '/profile.php') return HOST + u.pathname.replace(/\/+$/, '');
  const id = u.searchParams.get('id');
  return id ? `${HOST}/profile.php?id=${id}` : null;
}

/** A post address reduced to what names the post. */
function postUrl(u: URL): string {
  // Built as a string: a URL object and searchParams.set re-serialise on every call, once per comment.
  const kept = POST_KEYS.flatMap((k) => {
    const v = u.searchParams.get(k);
    return v ? [`${k}=${encodeURIComponent(v)}`] : [];
  });
  return HOST + u.pathname + (kept.length ? `?${kept.join('&')}` : '');
}

/** The comment's own timestamp link: numeric `comment_id` (author links carry a base64 one). */
function stampOf(node: Element): Element | undefined {
  return owned(node, 'a[href*="comment_id="]').find((a) =>
    /^\d+$/.test(link(a)?.searchParams.get('comment_id') ?? ''),
  );
}

function isComment(el: Element): boolean {
  // Posts are articles numbered in their feed (aria-posinset); checking that first spares
  // scanning every comment link under the post.
  return el.matches(ARTICLE) && (LABEL.test(attr(el, 'aria-label')) || (!el.hasAttribute('aria-posinset') && !!stampOf(el)));
}

function commentAbove(el: Element | null | undefined): Element | null {
  for (let a = el?.closest(ARTICLE); a; a = a.parentElement?.closest(ARTICLE)) if (isComment(a)) return a;
  return null;
}

/** The 2026 `data-commentid` wrapper, when it wraps this comment and not its parent. */
function wrapperOf(node: Element): Element | null {
  const w = node.closest('[data-commentid]');
  return w && (w === node || w.querySelector(ARTICLE) === node) ? w : null;
}

function pageFromUrl(url: URL): PageRef | null {
  if (url.hostname !== 'www.facebook.com') return null;
  const [first] = url.pathname.split('/').filter(Boolean);
  const id = /^(profile|permalink)\.php$/.test(first ?? '') ? url.searchParams.get('id') : /^\d+$/.test(first ?? '') ? first : null;
  if (id) return /^\d+$/.test(id) ? { platform: 'facebook', id, url: `${HOST}/profile.php?id=${id}` } : null;
  if (!first || !/^[\w.-]+$/.test(first) || first.includes('.php') || RESERVED.test(first)) return null;
  return { platform: 'facebook', slug: first.toLowerCase(), url: `${HOST}/${first}` };
}

/** The page behind a link, with the link's text as its name. */
function refOf(a: Element | undefined): PageRef | null {
  const u = link(a);
  const canonical = u && profileUrl(u);
  const ref = canonical ? pageFromUrl(new URL(canonical)) : null;
  return ref && { ...ref, name: text(a) };
}

/** Where the post is: its article in a feed, the permalink dialog, or the photo viewer's side panel. */
function postBox(node: Element): Element | null {
  const sel = '[role=article],[role=dialog],[role=complementary]';
  let box = node.parentElement?.closest(sel);
  while (box && isComment(box)) box = box.parentElement?.closest(sel);
  return box ?? null;
}

/**
 * The first link of the post itself, not of a comment, that passes `test`
 * (tested first: it is cheaper). Walked lazily: the post's own links come
 * before its comments, so this stops early instead of listing every link of a
 * post with thousands of comments, once per comment read.
 */
function postLink(box: Element, test: (a: Element) => unknown): Element | undefined {
  const links = box.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    if (a.hasAttribute('href') && test(a) && !commentAbove(a)) return a;
  }
  return undefined;
}

/**
 * The post's author, read once per post rather than once per comment: a post
 * with thousands of comments has one header. Remembered with the link it came
 * from, and read again if that link left the post (Facebook recycles nodes).
 */
const owners = new WeakMap<Element, { from: Element | undefined; owner: PageRef | null }>();
function ownerOf(box: Element): PageRef | null {
  const known = owners.get(box);
  if (known && (!known.from || box.contains(known.from))) return known.owner;
  const from = postLink(box, text);
  const owner = refOf(from);
  owners.set(box, { from, owner });
  return owner;
}

/** The comment text as the reader sees it: emoji from `alt`, no "See more" button. */
function readText(body: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) out += c.nodeValue;
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (attr(e, 'role') === 'button') continue;
      if (e.tagName === 'IMG') out += attr(e, 'alt');
      else {
        if (e.tagName === 'DIV' || e.tagName === 'BR') out += '\n';
        walk(e);
      }
    }
  };
  walk(body);
  return out
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** What a comment without words shows. Badge and reaction icons sit in buttons, so they don't count. */
function mediaOf(node: Element): string {
  if (owned(node, 'video').length) return '[video]';
  const items = owned(node, 'img,[role=img]').filter((e) => !e.closest(`${BODY},[role=button]`));
  const sig = items
    .map((e) => ['alt', 'aria-label', 'src'].map((k) => attr(e, k)).join(' ') + ' ' + attr(e.closest('a'), 'href'))
    .join(' ');
  if (/\bgif\b|giphy|tenor/i.test(sig)) return '[GIF]';
  if (/sticker/i.test(sig)) return '[sticker]';
  return items.length ? '[photo]' : '';
}

/** Names from a collapsed "<Name> replied · 1 reply" row, inside the comment or just after it. */
function repliedBy(node: Element): string[] | undefined {
  const rows = owned(node, '[role=button]');
  let s = (wrapperOf(node) ?? node).nextElementSibling;
  for (let i = 0; s && i < 3 && !s.matches('[data-commentid]') && !s.querySelector(ARTICLE); i++, s = s.nextElementSibling) rows.push(s);
  for (const row of rows) {
    const names = SUMMARY.exec(text(row))?.[1];
    if (names) {
      const parts = names.split(/, | and | y /);
      return parts.length > 1 ? [names, ...parts] : [names];
    }
  }
  return undefined;
}

/** A deterministic id for a comment Facebook gave none; excludes the time label, which changes. */
function fallbackId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return `fb-${(h >>> 0).toString(16)}-${s.length}`;
}

const authorOf = (node: Element, stampEl: Element | undefined) =>
  owned(node, 'a[href]').find((a) => a !== stampEl && !a.closest(`${BODY},[role=button]`) && text(a));

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
  const cid = stamp?.searchParams.get('comment_id');
  const rid = stamp?.searchParams.get('reply_comment_id');
  if (cid) return rid && /^\d+$/.test(rid) ? { id: rid, parentId: cid } : { id: cid, parentId: null };
  const wrapped = attr(wrapperOf(node), 'data-commentid');
  if (wrapped) return { id: wrapped, parentId: null };
  // Author links carry base64("comment:<post>_<comment>"): decode, never pattern-match the base64.
  const b64 = author?.searchParams.get('comment_id');
  const decoded = b64 ? /^comment:\w+_(\d+)$/.exec(decode64(b64)) : null;
  return decoded?.[1] ? { id: decoded[1], parentId: null } : null;
}

function readComment(node: Element, pageUrl: URL): ReadResult {
  const stampEl = stampOf(node);
  const stamp = link(stampEl);
  const authorEl = authorOf(node, stampEl);
  if (!authorEl) return { ok: false, reason: 'no-author' };
  const authorHref = link(authorEl);
  const body = owned(node, BODY)[0] ?? owned(node, 'div[dir=auto]')[0];
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
  const above = commentAbove(node.parentElement);
  const parentId = ids?.parentId ?? (above && idsOf(above)?.id) ?? null;

  const label = text(stampEl) || AGO.exec(attr(node, 'aria-label'))?.[0];
  const full = attr(stampEl, 'aria-label') || attr(stampEl, 'title');
  if (stamp) for (const k of [...stamp.searchParams.keys()]) if (/^__(cft|tn)__/.test(k)) stamp.searchParams.delete(k);

  const comment: ObservedComment = {
    platform: 'facebook',
    id,
    idSource: ids ? 'platform' : 'fallback',
    parentId,
    postUrl: post,
    permalink: stamp ? stamp.href : null,
    authorName: text(authorEl.querySelector('span[dir=auto]') ?? authorEl),
    authorUrl,
    authorIsPostAuthor: owned(node, '[role=button]').some((b) => AUTHOR_BADGE.test(text(b))),
    text: words,
    time: { ...(label && { label }), ...(full && full !== label && { absoluteLabel: full }) },
  };
  const names = repliedBy(node);
  if (names) comment.repliedByNames = names;
  if (owner) comment.postOwner = owner;
  // Cut to what the background accepts, so one outsized comment never costs its whole batch.
  return fitComment(comment);
}

export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',

  handlesUrl(url) {
    if (url.hostname !== 'www.facebook.com') return false;
    const seg = url.pathname.split('/').filter(Boolean);
    const q = url.searchParams;
    if (!seg.length) return true; // the feed, where a post opens in a dialog
    if (seg[0] === 'profile.php') return q.has('id');
    if (seg[0] === 'permalink.php' || seg[0] === 'story.php') return q.has('story_fbid');
    if (seg[0] === 'photo' || seg[0] === 'photo.php') return q.has('fbid');
    if (seg[0] === 'reel') return !!seg[1];
    if (seg[0] === 'watch') return q.has('v');
    if (!pageFromUrl(url)) return false;
    return seg.length === 1 || (/^(posts|photos|videos)$/.test(seg[1] ?? '') && seg.length > 2);
  },

  pageFromUrl,

  readPageIdentity(doc, url) {
    try {
      const ref = pageFromUrl(url);
      // The post on screen: in the dialog, else the first post, else the photo viewer's side panel.
      // On the bare feed nothing says which page the user means.
      const box =
        doc.querySelector('[role=dialog]') ??
        (url.pathname === '/' ? null : ([...doc.querySelectorAll(ARTICLE)].find((a) => !isComment(a)) ?? doc.querySelector('[role=complementary]')));
      const author = box && refOf(postLink(box, text));
      if (!ref) return author;
      const composer = /^(?:Comment as|Comentar como) (.+)/.exec(attr(doc.querySelector(COMPOSER), 'aria-label'))?.[1];
      const name = text(doc.querySelector('[role=main] h1')) || (author?.url?.toLowerCase() === ref.url?.toLowerCase() && author?.name) || composer;
      return name ? { ...ref, name } : ref;
    } catch {
      return null;
    }
  },

  findCommentNodes(root) {
    try {
      const found = [...root.querySelectorAll(ARTICLE)];
      if (root.nodeType === 1 && (root as Element).matches(ARTICLE)) found.unshift(root as Element);
      return [...new Set(found.filter(isComment))];
    } catch {
      return [];
    }
  },

  commentNodeFor(el) {
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
  },

  readComment(node, pageUrl) {
    try {
      return readComment(node, pageUrl);
    } catch {
      return { ok: false, reason: 'malformed' };
    }
  },

  markerAnchor(node) {
    try {
      // The span around the name link: the marker sits after the name, outside the link.
      return authorOf(node, stampOf(node))?.parentElement ?? null;
    } catch {
      return null;
    }
  },

  hasCommentArea(doc) {
    try {
      return !!doc.querySelector(COMPOSER) || [...doc.querySelectorAll('[role=button]')].some((b) => COMMENT_AREA.test(text(b)));
    } catch {
      return false;
    }
  },
};
