import type { ManagedPage } from '../../utils/model';
import type { Settings } from '../../utils/settings';
import { earlyLiveQuery, type EarlySource } from '../../utils/db/early-source';
import { allPages, settingsSource, waitingConversations, type ConversationPage } from '../../utils/db/queries';
import { FIRST_PAINT_ROWS } from './RovingList';

/**
 * What the popup's first row needs, started by the entrypoint before React renders: the settings, the managed
 * pages and the first screenful of the waiting list (all pages, no filter), read at `now`. The popup uses each
 * while it asks for exactly that, and reads for itself once it asks for anything else.
 */
export interface PopupReads {
  now: number;
  settings: EarlySource<Settings>;
  pages: EarlySource<ManagedPage[]>;
  firstPage: EarlySource<ConversationPage>;
}

export function startPopupReads(now = Date.now()): PopupReads {
  return {
    now,
    // The list first: the connection opens for it, and IndexedDB answers in the order it was asked.
    firstPage: earlyLiveQuery(() => waitingConversations(now, FIRST_PAINT_ROWS, null)),
    pages: earlyLiveQuery(allPages),
    settings: settingsSource(),
  };
}

/** The early first page when the list asks for what it holds, otherwise null. */
export function earlyFirstPage(reads: PopupReads | undefined, now: number, limit: number, scope: readonly string[] | null): EarlySource<ConversationPage> | null {
  return reads && reads.now === now && limit === FIRST_PAINT_ROWS && scope === null ? reads.firstPage : null;
}
