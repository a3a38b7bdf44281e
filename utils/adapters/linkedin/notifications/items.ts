import type { ObservedComment } from '../../../model';
import { fitComment } from '../../fit';
import type { NotificationRead } from '../../notifications';
import { permalink } from '../comments';
import { HOST, WWW, profile, text } from '../dom';
import { COMMENTED, MENTIONED, REACTED } from './words';

/*
 * LinkedIn's notification cards (`article.nt-card`, the company admin view
 * /company/<id>/admin/notifications/…). Research and sources:
 * tests/fixtures/linkedin/notifications/SOURCES.md.
 *
 * A card about a comment links to the post with the comment's URN:
 *   /feed/update/urn:li:activity:P/?commentUrn=urn:li:comment:(activity:P,C)
 *   …&replyUrn=urn:li:comment:(activity:P,R)   (a reply R in the thread of C)
 * The URN gives the comment's id (the same bare number C the comment reader
 * keys by) and, being a Snowflake id, its exact time. The admin list is one
 * company's, so the company is the post's owner. Whether the card is a new
 * comment or a reaction to one the link doesn't say: on the list filtered to
 * comments every such card is one; on the others the sentence's verb decides.
 */

export const ITEM_LINK = 'a[href*="commentUrn="],a[href*="commentUrn%3D"]';
/** A card of the list, whatever it is about. */
export const CARD = 'article.nt-card,[class*=nt-card][data-finite-scroll-hotkey-item]';
export const ITEM = `${CARD},article,[role=listitem],li`;
const COMMENT_URN = /urn:li:comment:\((?:urn:li:)?(\w+):(\d+),(\d+)\)/;

const param = (u: URL, key: string) => u.searchParams.get(key) ?? '';
/** The quoted comment in the sentence, when the card quotes it. */
const QUOTED = /[“"«„]([^]+)[”"»“]\s*\.?$/;

export const itemOf = (link: Element): Element => link.closest(ITEM) ?? link;

function sentenceOf(item: Element, link: Element): Element {
  return item.querySelector('.nt-card__headline') ?? link;
}

/** Whether the list is the one filtered to comments (`…/admin/notifications/comments/`). */
const commentsOnly = (pageUrl: URL) => /\/admin\/notifications\/comments(\/|$)/.test(pageUrl.pathname);

export function readItem(node: Element, pageUrl: URL): NotificationRead {
  const link = node.matches(ITEM_LINK) ? node : node.querySelector(ITEM_LINK);
  // A card about a post, a follower or a page tip: known, and none of our business.
  if (!link) return node.querySelector('a[href]') ? { kind: 'other' } : { kind: 'unreadable' };
  const u = new URL(link.getAttribute('href') ?? '', HOST);
  if (u.hostname !== WWW) return { kind: 'unreadable' };
  const top = COMMENT_URN.exec(param(u, 'commentUrn'));
  if (!top) return { kind: 'unreadable' };
  const reply = COMMENT_URN.exec(param(u, 'replyUrn'));
  const kind = top[1]!, post = top[2]!;

  const sentenceEl = sentenceOf(node, link);
  const sentence = text(sentenceEl);
  const quoted = QUOTED.exec(sentence);
  const said = quoted ? sentence.slice(0, quoted.index) : sentence;
  if (!commentsOnly(pageUrl)) {
    if (MENTIONED.test(said) || REACTED.test(said)) return { kind: 'other' };
    if (!COMMENTED.test(said)) return { kind: 'unreadable' };
  }

  // The actor: the person link of the card (picture or name), else the sentence's first bold name.
  const actorLink = [...node.querySelectorAll('a[href*="/in/"]')].find((a) => profile(a.getAttribute('href'))?.kind === 'in');
  const authorName = text(sentenceEl.querySelector('strong')) || actorLink?.querySelector('img')?.getAttribute('alt')?.trim() || '';
  if (!authorName) return { kind: 'unreadable' };

  const id = reply?.[3] ?? top[3]!;
  const parentId = reply ? top[3]! : null;
  const label = text(node.querySelector('time,.nt-card__time-ago')) || undefined;
  const comment: ObservedComment = {
    platform: 'linkedin',
    id,
    idSource: 'platform',
    parentId,
    postUrl: `${HOST}/feed/update/urn:li:${kind}:${post}/`,
    permalink: permalink(kind, post, id, parentId),
    authorName,
    authorUrl: profile(actorLink?.getAttribute('href') ?? null)?.url ?? null,
    authorIsPostAuthor: false,
    text: quoted?.[1]?.trim() ?? '',
    // Snowflake ids carry their creation time in the top bits: exact to the millisecond.
    time: { ...(label && { label }), epochMs: Number(BigInt(id) >> 22n) },
  };
  const fitted = fitComment(comment);
  return fitted.ok ? { kind: 'comment', comment: fitted.comment } : { kind: 'unreadable' };
}
