import type { NotificationAdapter, NotificationRead } from '../../notifications';
import { WWW } from '../dom';
import { CARD, ITEM_LINK, itemOf, readItem } from './items';

/**
 * LinkedIn's company admin notifications (`/company/<id>/admin/notifications/all/`
 * and its filters). The company the list belongs to is the page's address, so
 * the content script sends it as the batch's page.
 */
export const linkedinNotifications: NotificationAdapter = {
  // LinkedIn has no drop-down list: only its list pages are read.
  hasPanel: false,

  isListUrl: (url) => url.hostname === WWW && /^\/(company|showcase)\/[^/]+\/admin\/notifications(\/|$)/.test(url.pathname),

  findItems(root) {
    try {
      const found = new Set<Element>();
      if (root.nodeType === 1) {
        const inside = (root as Element).closest(ITEM_LINK);
        if (inside) found.add(itemOf(inside));
        if ((root as Element).matches(CARD)) found.add(root as Element);
      }
      root.querySelectorAll(ITEM_LINK).forEach((a) => found.add(itemOf(a)));
      root.querySelectorAll(CARD).forEach((card) => found.add(card));
      return [...found];
    } catch {
      return [];
    }
  },

  showsItems: (doc) => !!doc.querySelector(`main ${CARD},main [role=listitem] a[href*="/feed/update/"]`),

  readItem(node, pageUrl): NotificationRead {
    try {
      return readItem(node, pageUrl);
    } catch {
      return { kind: 'unreadable' };
    }
  },
};
