import type { NotificationAdapter, NotificationRead } from '../../notifications';
import { isFacebookHost } from '../dom';
import { ITEM_LINK, itemOf, readItem } from './items';

/**
 * Facebook's notification list: the full page (`/notifications`) and the
 * bell's drop-down panel, which opens over any page. Items are found by their
 * notification links, so the same reader serves both.
 */
/** Where notification items never are: posts (with their comments) and feeds of posts. */
const OUTSIDE_LISTS = '[role=article],[role=feed]';

export const facebookNotifications: NotificationAdapter = {
  // The bell's panel opens over any page, so items are looked for wherever we read.
  hasPanel: true,

  isListUrl: (url) => isFacebookHost(url.hostname) && /^\/notifications(\/|$)/.test(url.pathname),

  findItems(root) {
    try {
      const found = new Set<Element>();
      // Posts and their comments, where a heavy page grows, never hold a notification: one walk up
      // spares searching every added comment's subtree.
      if (root.nodeType === 1 && (root as Element).closest(OUTSIDE_LISTS)) return [];
      if (root.nodeType === 1) {
        // An item re-rendered from inside (its time ticking) arrives as a node within it.
        const inside = (root as Element).closest(ITEM_LINK);
        if (inside) found.add(itemOf(inside));
      }
      root.querySelectorAll(ITEM_LINK).forEach((a) => found.add(itemOf(a)));
      return [...found];
    } catch {
      return [];
    }
  },

  // The list page's grid or list of rows, and the panel's: rows holding links, whatever their addresses.
  showsItems: (doc) => !!doc.querySelector('[role=main] [role=row] a[href],[role=main] [role=listitem] a[href],[role=dialog] [role=row] a[href]'),

  readItem(node): NotificationRead {
    try {
      return readItem(node);
    } catch {
      return { kind: 'unreadable' };
    }
  },
};
