import type { ObservedComment, PageRef } from '../model';
import { fitComment } from './fit';
import type { PlatformAdapter, ReadResult } from './types';

/*
 * LinkedIn serves three comment markups side by side (research: comment-markup.md §2):
 *   Ember ≤2024  article.comments-comment-item[data-id]     .comments-post-meta__*
 *   Ember 2025   article.comments-comment-entity[data-id]   .comments-comment-meta__*
 *   SDUI 2026    div[componentkey="replaceableComment_urn:li:comment:(urn:li:activity:P,C)"], hashed classes
 * The comment URN is the only marker all three share, so identity, nesting and
 * time all hang off it; the BEM classes are read when present, never required.
 *
 * Canonical comment id: the bare comment number C. The same comment is written
 * `(activity:P,C)` in Ember and `(urn:li:activity:P,C)` in SDUI, and may sit
 * under `ugcPost:U` whose number differs from the activity's with no mapping
 * on the page. C is a Snowflake id, unique on LinkedIn by itself.
 */

const WWW = 'www.linkedin.com';
const HOST = `https://${WWW}`;
const COMMENT =
  'article[data-id^="urn:li:comment:"],[class*=comments-comment-][data-id*="urn:li:comment:"],div[componentkey^="replaceableComment_urn:li:comment:"]';
/** `(activity:P,C)` in Ember, `(urn:li:activity:P,C)` in SDUI; the post may be a ugcPost or share. */
const URN = /urn:li:comment:\((?:urn:li:)?(\w+):(\d+),(\d+)\)/;
const ACTOR = 'a[href*="/in/"],a[href*="/company/"]';
const TEXT_BOX = '.comments-comment-item__main-content,[data-testid="expandable-text-box"]';
/** The relative labels we know (English, Spanish); SDUI prints them as a bare text line. */
const TIME_LABEL = /^(now|ahora|\d+ ?(mo|yr|min|sem|mes(es)?|años?|[smhdwya])\.?)( ?•| ?\(\S+\))*$/i;
const BADGE = /^(?:Author|Autor|Auteur)$/i;
const SURFACE = /^\/(feed\/?(update\/urn:li:\w+:\d+\/?)?|posts\/[^/]+-\d{8,}[^/]*\/?|company\/[^/]+(\/(posts\/?|admin\/.*)?)?)$/;

const text = (el?: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Text of a line that LinkedIn doubles for screen readers: the visible copy only. */
const line = (el?: Element | null): string => text(el?.querySelector('[aria-hidden=true]') ?? el);
const urnOf = (el: Element) => URN.exec(el.getAttribute('data-id') || el.getAttribute('componentkey') || el.id || '');

/** SDUI renders each comment as three nested divs sharing one componentkey: the outermost stands for all. */
function outermost(el: Element): Element {
  const key = el.getAttribute('componentkey');
  for (let up; key && (up = el.parentElement?.closest(COMMENT)) && up.getAttribute('componentkey') === key; ) el = up;
  return el;
}
const nodeOf = (el?: Element | null): Element | null => {
  const c = el?.closest(COMMENT);
  return c ? outermost(c) : null;
};
/** Elements of `node` itself, not of the replies nested inside it. */
const own = (node: Element, sel: string) => [...node.querySelectorAll(sel)].filter((e) => nodeOf(e) === node);

function profile(href: string | null): { url: string; kind: string; key: string } | null {
  try {
    const u = new URL(href ?? '', HOST);
    const m = /^\/(in|company)\/([^/?#]+)/.exec(u.pathname);
    if (!m || !/(^|\.)linkedin\.com$/.test(u.hostname)) return null;
    return { url: `${HOST}/${m[1]}/${m[2]}/`, kind: m[1]!, key: decodeURIComponent(m[2]!) };
  } catch {
    return null;
  }
}

function companyRef(key: string, name?: string): PageRef {
  const ref: PageRef = { platform: 'linkedin', url: `${HOST}/company/${key}/` };
  if (/^\d+$/.test(key)) ref.id = key;
  else ref.slug = key;
  if (name) ref.name = name;
  return ref;
}

/** The actor of the post that holds `el`: its first person or company link outside any comment. */
function postActor(scope: Element | null): PageRef | undefined {
  if (!scope) return;
  const link = scope.querySelector('.update-components-actor__meta-link[href]') ??
    [...scope.querySelectorAll(ACTOR)].find((a) => !nodeOf(a) && text(a));
  const who = profile(link?.getAttribute('href') ?? null);
  if (!link || !who) return;
  const name = line([...link.children].find((c) => text(c)) ?? link);
  return who.kind === 'company' ? companyRef(who.key, name) : { platform: 'linkedin', name, url: who.url };
}
/** Ember cards carry data-urn; the 2026 feed has list items; SDUI post pages hold one post. */
const postScope = (el: Element) => el.closest('[data-urn],[role=listitem],[data-sdui-screen],main');

function readAuthor(node: Element) {
  // Ember: comments-comment-meta__* (2025) or comments-post-meta__* (≤2024).
  const title = own(node, '[class*=description-title],[class*=name-text]')[0];
  const links = own(node, ACTOR);
  // `marks`: the short labels around the name, among them the post author's badge.
  let link = links[0], name: string, headline: string | undefined, marks: string[];
  if (title) {
    name = line(title);
    headline = text(own(node, '[class*=description-subtitle],[class*=meta__headline]')[0]);
    marks = own(node, '[class*=badge]').map(text);
  } else {
    // SDUI: one actor link holds the lines "Name", "Author", "Name • 2nd", "Headline".
    link = links.find((a) => text(a));
    marks = link ? [...link.children].map(line).filter(Boolean) : [];
    name = marks[0] ?? text(link);
    headline = marks.slice(1).find((l) => !BADGE.test(l) && !l.startsWith(name) && !l.startsWith('•'));
  }
  const url = profile(link?.getAttribute('href') ?? null)?.url ?? null;
  return name ? { name, url, headline, isPostAuthor: marks.some((b) => BADGE.test(b)) } : null;
}

function readText(node: Element): string {
  const box = own(node, TEXT_BOX)[0];
  let body = '';
  if (box) {
    // The whole text is in the DOM; "…see more" only unclamps it, so drop the button and read on.
    const copy = box.cloneNode(true) as Element;
    copy.querySelectorAll('button,[role=button],.visually-hidden').forEach((b) => b.remove());
    body = text(copy);
  } else {
    // SDUI leaves very short texts without the text box: what's left once actor, time and buttons are gone.
    body = own(node, 'p').filter((p) => !p.closest('a[href],button') && !TIME_LABEL.test(text(p))).map(text).join(' ').trim();
  }
  if (!body && own(node, 'img').some((i) => !i.closest(`${ACTOR},button`))) body = '[image]';
  return body;
}

function readTime(node: Element, id: string) {
  const el = own(node, 'time')[0] ??
    own(node, 'p,span').find((e) => !e.children.length && !e.closest(TEXT_BOX) && TIME_LABEL.test(text(e)));
  // "3d (edited)", "1d •": the label is what comes before the marker.
  const label = text(el).replace(/\s*[•(].*$/, '');
  const absolute = el?.getAttribute('datetime');
  return {
    ...(label && { label }),
    ...(absolute && { absoluteLabel: absolute }),
    // Snowflake ids carry their creation time in the top bits: exact to the millisecond.
    epochMs: Number(BigInt(id) >> 22n),
  };
}

const enc = (s: string) => encodeURIComponent(s).replace(/[()]/g, (c) => '%' + c.charCodeAt(0).toString(16));
/** LinkedIn's own comment link: `commentUrn` names the thread, `replyUrn` the reply in it. */
function permalink(kind: string, post: string, id: string, parentId: string | null): string {
  const urn = (c: string) => enc(`urn:li:comment:(${kind}:${post},${c})`);
  const dash = (c: string) => enc(`urn:li:fsd_comment:(${c},urn:li:${kind}:${post})`);
  const top = parentId ?? id;
  return `${HOST}/feed/update/urn:li:${kind}:${post}/?commentUrn=${urn(top)}&dashCommentUrn=${dash(top)}${
    parentId ? `&replyUrn=${urn(id)}&dashReplyUrn=${dash(id)}` : ''
  }`;
}

/** Whatever a page does to its DOM, the adapter answers: it never throws into the observer. */
const safe =
  <A extends unknown[], R>(fn: (...args: A) => R, fallback: R) =>
  (...args: A): R => {
    try {
      return fn(...args);
    } catch {
      return fallback;
    }
  };

const pageFromUrl = safe((url: URL): PageRef | null => {
  const m = url.hostname === WWW ? /^\/company\/([^/]+)/.exec(url.pathname) : null;
  return m ? companyRef(decodeURIComponent(m[1]!)) : null;
}, null);

const LOAD_MORE = /^(Load more comments|Cargar más comentarios)$/i;

export const linkedinAdapter: PlatformAdapter = {
  platform: 'linkedin',

  handlesUrl: (url) => url.hostname === WWW && SURFACE.test(url.pathname),

  pageFromUrl,

  readPageIdentity: safe((doc: Document, url: URL): PageRef | null => {
    const page = pageFromUrl(url);
    if (page) {
      const name = text(doc.querySelector('main h1'));
      if (name) page.name = name;
      // Admin views are addressed by number; their "View as member" link gives the vanity name.
      const member = profile(doc.querySelector('a[href*="viewAsMember"]')?.getAttribute('href') ?? null);
      if (page.id && member?.kind === 'company' && !/^\d+$/.test(member.key)) {
        Object.assign(page, { slug: member.key, url: member.url });
      }
      return page;
    }
    if (!/^\/(feed\/update|posts)\//.test(url.pathname)) return null;
    const actor = postActor(doc.querySelector('[data-urn],[data-sdui-screen]') ?? doc.body);
    return actor?.url?.includes('/company/') ? actor : null;
  }, null),

  findCommentNodes: safe((root: Element | Document): Element[] => {
    const found = new Set<Element>();
    const add = (e: Element) => void found.add(outermost(e));
    if ((root as Element).matches?.(COMMENT)) add(root as Element);
    root.querySelectorAll(COMMENT).forEach(add);
    return [...found];
  }, []),

  commentNodeFor: safe(nodeOf, null),

  readComment: safe((node: Element, pageUrl: URL): ReadResult => {
    const m = urnOf(node);
    if (!m) return { ok: false, reason: 'no-id' };
    const kind = m[1]!, post = m[2]!, id = m[3]!;
    const parent = nodeOf(node.parentElement);
    const parentId = (parent && urnOf(parent)?.[3]) || null;
    const author = readAuthor(node);
    if (!author) return { ok: false, reason: 'no-author' };
    const body = readText(node);
    if (!body) return { ok: false, reason: 'no-text' };
    const comment: ObservedComment = {
      platform: 'linkedin',
      id,
      idSource: 'platform',
      parentId,
      postUrl: `${HOST}/feed/update/urn:li:${kind}:${post}/`,
      permalink: permalink(kind, post, id, parentId),
      authorName: author.name,
      authorUrl: author.url,
      authorIsPostAuthor: author.isPostAuthor,
      text: body,
      time: readTime(node, id),
    };
    if (author.headline) comment.authorHeadline = author.headline;
    const owner = postActor(postScope(node)) ?? pageFromUrl(pageUrl);
    if (owner) comment.postOwner = owner;
    // Cut to what the background accepts, so one outsized comment never costs its whole batch.
    return fitComment(comment);
  }, { ok: false, reason: 'malformed' }),

  // Ember: the row holding the name and degree (read by class, so a child more is harmless);
  // SDUI: the name's own line, the actor link's first child.
  markerAnchor: safe(
    (node: Element): Element | null =>
      own(node, '[class*=description-title],[class*=name-text]')[0]?.parentElement ??
      own(node, ACTOR).find((a) => text(a))?.firstElementChild ??
      null,
    null,
  ),

  hasCommentArea: safe(
    (doc: Document): boolean =>
      !!doc.querySelector(
        '[role=textbox][aria-label^="Text editor for creating"],.comments-comment-box__form,.comments-comments-list,[data-testid*=commentList],[componentkey*=pagedCommentsContainer]',
      ) || [...doc.querySelectorAll('button')].some((b) => LOAD_MORE.test(text(b))),
    false,
  ),
};
