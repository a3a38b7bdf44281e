import type { ObservedComment } from '../../model';
import { fitComment } from '../fit';
import type { ReadResult } from '../types';
import { ACTOR, COMMENT, HOST, TEXT_BOX, line, nodeOf, outermost, own, ownOnce, profile, safe, text, textWithout, urnOf, type Own } from './dom';
import { pageFromUrl } from './page';
import { postActor, postScope } from './post';
import { linkedinWords, wordsOf, type LinkedinWords } from './words';

/*
 * Reading LinkedIn comments. Canonical comment id: the bare comment number C.
 * The same comment is written `(activity:P,C)` in Ember and
 * `(urn:li:activity:P,C)` in SDUI, and may sit under `ugcPost:U` whose number
 * differs from the activity's with no mapping on the page. C is a Snowflake
 * id, unique on LinkedIn by itself.
 */

/** The kinds of element every reading asks for, found in one query (`ownOnce`). */
const NAME_TITLE = '[class*=description-title],[class*=name-text]';
const HEADLINE = '[class*=description-subtitle],[class*=meta__headline]';
const BADGES = '[class*=badge]';
const COMMON = [NAME_TITLE, ACTOR, HEADLINE, BADGES, TEXT_BOX, 'time'] as const;

/** The author's badge in the page's language; none in a language without a table. */
const isBadge = (words: LinkedinWords | null, line: string) => !!words && words.author.test(line);

function readAuthor(own: Own, words: LinkedinWords | null) {
  // Ember: comments-comment-meta__* (2025) or comments-post-meta__* (≤2024).
  const title = own(NAME_TITLE)[0];
  const links = own(ACTOR);
  // `marks`: the short labels around the name, among them the post author's badge.
  let link = links[0], name: string, headline: string | undefined, marks: string[];
  if (title) {
    name = line(title);
    headline = text(own(HEADLINE)[0]);
    marks = own(BADGES).map(text);
  } else {
    // SDUI: one actor link holds the lines "Name", "Author", "Name • 2nd", "Headline".
    link = links.find((a) => text(a));
    marks = link ? [...link.children].map(line).filter(Boolean) : [];
    name = marks[0] ?? text(link);
    headline = marks.slice(1).find((l) => !isBadge(words, l) && !l.startsWith(name) && !l.startsWith('•'));
  }
  const url = profile(link?.getAttribute('href') ?? null)?.url ?? null;
  return name ? { name, url, link, headline, isPostAuthor: marks.some((b) => isBadge(words, b)) } : null;
}

/**
 * The comment's time line, by its place in any language: the `<time>` element
 * (Ember), else the text-only line right after the author's link (2026 SDUI:
 * "4h", "3 j", "6 d (editado)").
 */
function timeLine(own: Own, authorLink: Element | undefined): Element | undefined {
  const next = authorLink?.nextElementSibling;
  return own('time')[0] ?? (next && /^(P|SPAN)$/.test(next.tagName) && !next.children.length && text(next) ? next : undefined);
}

function readText(own: Own, time: Element | undefined): string {
  const box = own(TEXT_BOX)[0];
  let body = '';
  if (box) {
    // The whole text is in the DOM; "…see more" only unclamps it, so drop the button and read on.
    body = textWithout(box, 'button,[role=button],.visually-hidden');
  } else {
    // SDUI leaves very short texts without the text box: what's left once actor, time and buttons are gone.
    body = own('p').filter((p) => p !== time && !p.closest('a[href],button')).map(text).join(' ').trim();
  }
  if (!body && own('img').some((i) => !i.closest(`${ACTOR},button`))) body = '[image]';
  return body;
}

function readTime(el: Element | undefined, id: string) {
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

export const enc = (s: string) => encodeURIComponent(s).replace(/[()]/g, (c) => '%' + c.charCodeAt(0).toString(16));
/** LinkedIn's own comment link: `commentUrn` names the thread, `replyUrn` the reply in it. */
export function permalink(kind: string, post: string, id: string, parentId: string | null): string {
  const urn = (c: string) => enc(`urn:li:comment:(${kind}:${post},${c})`);
  const dash = (c: string) => enc(`urn:li:fsd_comment:(${c},urn:li:${kind}:${post})`);
  const top = parentId ?? id;
  return `${HOST}/feed/update/urn:li:${kind}:${post}/?commentUrn=${urn(top)}&dashCommentUrn=${dash(top)}${
    parentId ? `&replyUrn=${urn(id)}&dashReplyUrn=${dash(id)}` : ''
  }`;
}

export const findCommentNodes = safe((root: Element | Document): Element[] => {
  const found = new Set<Element>();
  const add = (e: Element) => void found.add(outermost(e));
  if ((root as Element).matches?.(COMMENT)) add(root as Element);
  root.querySelectorAll(COMMENT).forEach(add);
  return [...found];
}, []);

export const commentNodeFor = safe(nodeOf, null);

export const readComment = safe((node: Element, pageUrl: URL): ReadResult => {
  const m = urnOf(node);
  if (!m) return { ok: false, reason: 'no-id' };
  const kind = m[1]!, post = m[2]!, id = m[3]!;
  const parent = nodeOf(node.parentElement);
  const parentId = (parent && urnOf(parent)?.[3]) || null;
  const mine = ownOnce(node, COMMON);
  const author = readAuthor(mine, wordsOf(node));
  if (!author) return { ok: false, reason: 'no-author' };
  const time = timeLine(mine, author.link);
  const body = readText(mine, time);
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
    time: readTime(time, id),
  };
  if (author.headline) comment.authorHeadline = author.headline;
  const owner = postActor(postScope(node)) ?? pageFromUrl(pageUrl);
  if (owner) comment.postOwner = owner;
  // Cut to what the background accepts, so one outsized comment never costs its whole batch.
  return fitComment(comment);
}, { ok: false, reason: 'malformed' } as ReadResult);

// Ember: the row holding the name and degree (read by class, so a child more is harmless);
// SDUI: the name's own line, the actor link's first child.
export const markerAnchor = safe(
  (node: Element): Element | null =>
    own(node, NAME_TITLE)[0]?.parentElement ??
    own(node, ACTOR).find((a) => text(a))?.firstElementChild ??
    null,
  null,
);

/**
 * Whether a comment area is on screen: its list or composer form by
 * structure, in any language; else the composer's label or "Load more
 * comments", in the page's language only.
 */
export const hasCommentArea = safe((doc: Document): boolean => {
  if (doc.querySelector('.comments-comment-box__form,.comments-comments-list,[data-testid*=commentList],[componentkey*=pagedCommentsContainer]')) return true;
  const words = linkedinWords(doc.documentElement.lang);
  return (
    !!words &&
    ([...doc.querySelectorAll('[role=textbox]')].some((t) => words.composer.test(t.getAttribute('aria-label') ?? '')) ||
      [...doc.querySelectorAll('button')].some((b) => words.loadMore.test(text(b))))
  );
}, false);
