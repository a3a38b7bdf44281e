import { db } from '../../../utils/db/database';
import { refreshAllConversations } from '../../../utils/db/conversations';
import type { StoredComment } from '../../../utils/model';
import { localTimeZone } from '../../../utils/rules';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';

/**
 * Stores comments as the background would: written, then their
 * conversations worked out (the popup and Insights read those). Add the
 * pages first: a page not tracked has no conversations.
 */
export async function storeComments(comments: StoredComment | StoredComment[], settings: Settings = DEFAULT_SETTINGS): Promise<void> {
  await db.transaction('rw', db.comments, db.pages, async () => {
    await db.comments.bulkPut(Array.isArray(comments) ? comments : [comments]);
    await refreshAllConversations(db.comments, db.pages, settings, localTimeZone());
  });
}
