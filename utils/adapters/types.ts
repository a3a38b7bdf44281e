import type { ObservedComment, PageRef, Platform } from '../model';
import type { NotificationAdapter } from './notifications';

/**
 * Why a comment node could not be read. Counted and reported, never stored:
 * a half-read comment is worse than none.
 */
export type SkipReason = 'no-id' | 'no-author' | 'no-text' | 'malformed';

export type ReadResult =
  | { ok: true; comment: ObservedComment }
  | { ok: false; reason: SkipReason };

/**
 * Everything Reply Radar knows about one platform's markup lives behind this
 * interface, in one module per platform. Nothing outside an adapter may hold a
 * selector for a third-party page.
 *
 * Adapters only read; they never write anywhere and never keep element
 * references between calls (the platforms recycle nodes).
 */
export interface PlatformAdapter {
  platform: Platform;

  /** Whether this address is a surface where the adapter looks for comments. */
  handlesUrl(url: URL): boolean;

  /** The page an address names, if it names one (`/acmecoffee`, `/company/acme-coffee/`). */
  pageFromUrl(url: URL): PageRef | null;

  /**
   * The page shown in the document, for "Track this page": its name and
   * address read from the page header or acting identity. Null when unclear.
   */
  readPageIdentity(doc: Document, url: URL): PageRef | null;

  /**
   * The comment and reply nodes in `root` and its subtree, including `root`
   * itself when it is one. Called on each batch of added nodes, so it must
   * only look below `root`, never rescan the document.
   */
  findCommentNodes(root: Element | Document): Element[];

  /**
   * The comment node that contains `el` (or is `el`), or null. Lets the
   * observer re-read only the one comment whose subtree changed ("See more"
   * expanded, a replies summary appeared).
   */
  commentNodeFor(el: Element): Element | null;

  /** Read one node returned by `findCommentNodes`. `pageUrl` is the address of the document. */
  readComment(node: Element, pageUrl: URL): ReadResult;

  /**
   * Whether the document shows a comment area (composer, comment count,
   * "View more comments"), so that zero recognised comments means our
   * selectors broke rather than an empty post.
   */
  hasCommentArea(doc: Document): boolean;

  /**
   * The element our on-page marker is appended to: the line holding the
   * author's name, so the marker reads right after it. Inside `node`, and
   * chosen so that one extra (text-less) child changes nothing `readComment`
   * reads. Null when there is no such line.
   */
  markerAnchor(node: Element): Element | null;

  /** The platform's notification list, read for comments the user hasn't opened yet. */
  notifications?: NotificationAdapter;
}
