import type { NotificationAdapter } from '../adapters/notifications';
import type { ObservedComment } from '../model';
import { defaultScheduleIdle, hasAncestorIn } from './comment-watcher';

/**
 * Watches for notification items (the full list, or the bell's panel opened
 * over a page) and hands on the comments they tell of. As a guest on the
 * page: the observer only remembers added nodes, items are looked for in
 * those subtrees alone and read in idle-time slices, and a comment is sent
 * once unless what the item shows of it changes. Where the platform has no
 * panel and the address isn't its list, nothing is looked at.
 */

export interface NotificationWatcherOptions {
  reader: NotificationAdapter;
  doc: Document;
  currentUrl: () => URL;
  onComments: (comments: ObservedComment[]) => void;
  scheduleIdle?: (work: (remaining: () => number) => void) => void;
}

const MAX_BATCH = 200;

export function createNotificationWatcher(options: NotificationWatcherOptions) {
  const { reader, doc, currentUrl, onComments } = options;
  const scheduleIdle = options.scheduleIdle ?? defaultScheduleIdle;
  const sent = new Map<string, string>();
  let recognised = 0;
  let skipped = 0;
  let roots = new Set<Element>();
  let queue = new Set<Element>();
  let scheduled = false;

  const looking = () => reader.hasPanel || reader.isListUrl(currentUrl());

  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((n) => void (n.nodeType === 1 && roots.add(n as Element)));
    if (roots.size) schedule();
  });

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    scheduleIdle(flush);
  }

  function flush(remaining: () => number): void {
    scheduled = false;
    const added = roots;
    roots = new Set();
    if (!looking()) {
      queue.clear();
      return;
    }
    for (const root of added) {
      if (!root.isConnected || hasAncestorIn(root, added)) continue;
      for (const item of reader.findItems(root)) queue.add(item);
    }
    const url = currentUrl();
    const batch: ObservedComment[] = [];
    for (const item of queue) {
      if (remaining() <= 1 && batch.length > 0) break;
      queue.delete(item);
      if (!item.isConnected) continue;
      const read = reader.readItem(item, url);
      if (read.kind === 'unreadable') {
        skipped++;
        continue;
      }
      recognised++;
      if (read.kind !== 'comment') continue;
      const c = read.comment;
      const signature = [c.authorName, c.text, c.postUrl, c.parentId].join('\u0000');
      if (sent.get(c.id) === signature) continue;
      sent.set(c.id, signature);
      batch.push(c);
      if (batch.length >= MAX_BATCH) break;
    }
    if (batch.length) onComments(batch);
    if (queue.size || roots.size) schedule();
  }

  return {
    start(): void {
      observer.observe(doc.documentElement, { childList: true, subtree: true });
      this.rescan();
    },
    stop(): void {
      observer.disconnect();
      queue.clear();
      roots.clear();
    },
    /** After a navigation: read what is already there, once. */
    rescan(): void {
      recognised = 0;
      skipped = 0;
      queue = new Set(looking() ? reader.findItems(doc) : []);
      if (queue.size) schedule();
    },
    /** Items read since the last navigation: recognised (a comment or another kind) and not. */
    stats: () => ({ recognised, skipped }),
    busy: () => scheduled || queue.size > 0,
  };
}

