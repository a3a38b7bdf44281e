import type { ObservedComment } from '../../../model';
import { fitComment } from '../../fit';
import type { NotificationRead } from '../../notifications';
import { attr, isFacebookHost, numeric, text, toUrl } from '../dom';
import { keptParams, pageFromUrl, postUrl } from '../page';
import { QUOTE_MARKS } from './words';

/*
 * Facebook's notification items, in the full list (www.facebook.com/notifications)
 * and the bell's drop-down panel (a role="dialog" over any page). Research and
 * sources: tests/fixtures/facebook/notifications/SOURCES.md.
 *
 * Each item is one link to the post, carrying what it is about in its query:
 *   /<page>/posts/<id>?comment_id=C&notif_id=N&notif_t=feed_comment&ref=notif
 *   …?comment_id=P&reply_comment_id=R&notif_t=feed_comment_reply
 *   /permalink.php?story_fbid=S&id=<page id>&comment_id=C&notif_t=…   (pages without a vanity name)
 * `notif_t` says what happened; a reaction to a comment also carries a
 * comment_id, so the type decides, never the presence of an id. The post's
 * address names its owner, so a comment on the user's personal posts is told
 * from one on their page's without reading a word.
 */

/** The `notif_t` values of a new comment, a reply, or the page mentioned in a comment. */
const COMMENT_TYPES = new Set(['feed_comment', 'feed_comment_reply', 'comment_mention', 'mentions_comment', 'mentions_reply']);
export const ITEM_LINK = 'a[href*="notif_t="],a[href*="notif_id="]';
/** The row, cell or list item a notification link stands in. */
const ITEM = '[role=row],[role=listitem],li';
/** The query parameters of a notification link worth keeping: the post's and the comment's. */
const KEPT = ['story_fbid', 'id', 'fbid', 'v', 'comment_id', 'reply_comment_id'];

export function itemOf(link: Element): Element {
  return link.closest(ITEM) ?? link;
}

/** The notification link of an item: the first one, the item itself when it is one. */
export function linkOf(node: Element): Element | null {
  return node.matches(ITEM_LINK) ? node : node.querySelector(ITEM_LINK);
}

/** The quoted comment at the end of the sentence, between the marks of any of our languages. */
function quoteOf(sentence: string): string {
  for (const [open, close] of QUOTE_MARKS) {
    if (!sentence.endsWith(close) && !sentence.endsWith(`${close}.`)) continue;
    const end = sentence.lastIndexOf(close);
    const start = sentence.indexOf(open);
    if (start >= 0 && start < end) return sentence.slice(start + open.length, end).trim();
  }
  return '';
}

/**
 * The time: the item's last short line outside the sentence ("2h", "17 hours ago",
 * "hace 3 horas"), read in the page's language by the background.
 */
function timeOf(link: Element, sentence: Element): string | undefined {
  const abbr = link.querySelector('abbr');
  if (abbr) return attr(abbr, 'aria-label') || text(abbr) || undefined;
  const leaves = [...link.querySelectorAll('span')].filter((s) => !s.children.length && !sentence.contains(s) && text(s));
  const last = leaves.at(-1);
  const label = last && text(last);
  return label && label.length <= 60 ? label : undefined;
}

export function readItem(node: Element): NotificationRead {
  const link = linkOf(node);
  const u = toUrl(attr(link, 'href'));
  if (!link || !u || !isFacebookHost(u.hostname)) return { kind: 'unreadable' };
  const type = u.searchParams.get('notif_t');
  if (!type) return { kind: 'unreadable' };
  if (!COMMENT_TYPES.has(type)) return { kind: 'other' };
  const cid = u.searchParams.get('comment_id');
  const rid = u.searchParams.get('reply_comment_id');
  if (!numeric(cid)) return { kind: 'unreadable' };
  // The sentence: "<strong>Jane Doe</strong> commented on your post: “…”", in the item's own language.
  const sentence = link.querySelector('span[dir=auto]') ?? link;
  const authorName = text(sentence.querySelector('strong,b'));
  if (!authorName) return { kind: 'unreadable' };
  const post = postUrl(u);
  const owner = pageFromUrl(new URL(post));
  const label = timeOf(link, sentence);
  const comment: ObservedComment = {
    platform: 'facebook',
    id: numeric(rid) ? rid : cid,
    idSource: 'platform',
    parentId: numeric(rid) ? cid : null,
    postUrl: post,
    // The link without its notification tracking: the post, and the comment it opens at.
    permalink: keptParams(u, KEPT),
    authorName,
    // The item is one link to the post: the commenter's profile is not on it.
    authorUrl: null,
    authorIsPostAuthor: false,
    text: quoteOf(text(sentence)),
    time: label ? { label } : {},
  };
  if (owner) comment.postOwner = owner;
  const fitted = fitComment(comment);
  return fitted.ok ? { kind: 'comment', comment: fitted.comment } : { kind: 'unreadable' };
}
