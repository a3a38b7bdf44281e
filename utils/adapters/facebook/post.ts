import type { PageRef } from '../../model';
import { link, text } from './dom';
import { pageFromUrl, profileUrl } from './page';
import { commentAbove, isComment } from './structure';

/** The post a comment belongs to: where it is on the page and who wrote it. */

/** The page behind a link, with the link's text as its name. */
export function refOf(a: Element | undefined): PageRef | null {
  const u = link(a);
  const canonical = u && profileUrl(u);
  const ref = canonical ? pageFromUrl(new URL(canonical)) : null;
  return ref && { ...ref, name: text(a) };
}

/** Where the post is: its article in a feed, the permalink dialog, or the photo viewer's side panel. */
export function postBox(node: Element): Element | null {
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
export function postLink(box: Element, test: (a: Element) => unknown): Element | undefined {
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
export function ownerOf(box: Element): PageRef | null {
  const known = owners.get(box);
  if (known && (!known.from || box.contains(known.from))) return known.owner;
  const from = postLink(box, text);
  const owner = refOf(from);
  owners.set(box, { from, owner });
  return owner;
}
