import type { ObservedComment } from '../model';

/**
 * What one item of a platform's notification list is. Only `comment` items
 * are sent; `other` ones (reactions, shares, follows, tips) are recognised and
 * left alone; `unreadable` ones are counted for parser health.
 */
export type NotificationRead = { kind: 'comment'; comment: ObservedComment } | { kind: 'other' } | { kind: 'unreadable' };

/**
 * Reading a platform's notification list (its full page and the bell's
 * drop-down panel): each item that says a visitor commented, replied or
 * mentioned the page in a comment becomes an observed comment, with what the
 * item shows. Like the comment readers, it only reads, never throws into the
 * observer, and keeps no element between calls.
 */
export interface NotificationAdapter {
  /** Whether the list also opens as a panel over other pages (Facebook's bell), to be looked for there too. */
  hasPanel: boolean;
  /** Whether this address is the full notification list. */
  isListUrl(url: URL): boolean;
  /** The notification items in `root`'s subtree (and `root` itself, or the item it sits in). */
  findItems(root: Element | Document): Element[];
  /**
   * Whether the document shows a notification list with items, by its
   * structure alone, so that zero recognised items means our reading broke
   * rather than an empty list.
   */
  showsItems(doc: Document): boolean;
  /** Read one item returned by `findItems`. `pageUrl` is the address of the document. */
  readItem(node: Element, pageUrl: URL): NotificationRead;
}
