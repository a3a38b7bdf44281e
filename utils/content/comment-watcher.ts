import type { PlatformAdapter } from '../adapters/types';
import type { ObservedComment } from '../model';

/**
 * Watches a platform page for comments, as a guest on a heavy page:
 * - the MutationObserver callback only remembers nodes; all reading happens
 *   later, in idle time, in slices that stop before a frame is missed;
 * - only added subtrees (and comments whose own subtree changed) are read,
 *   never the whole document, except once per navigation;
 * - a comment is sent again only when what we would store changed.
 */

export interface WatcherOptions {
  adapter: PlatformAdapter;
  doc: Document;
  /** The tab's current address (changes with SPA navigation). */
  currentUrl: () => URL;
  /** Receives each batch of new or changed comments. */
  onComments: (comments: ObservedComment[]) => void;
  /** Receives every comment node read, with its id, for on-page markers. */
  onNodes?: (nodes: Array<{ node: Element; comment: ObservedComment }>) => void;
  /** Nodes of our own (on-page markers): inserting or removing them is not a change to the page. */
  isOwnNode?: (node: Node) => boolean;
  /** Runs work when the page is idle; `remaining()` tells how much of the slice is left (ms). */
  scheduleIdle?: (work: (remaining: () => number) => void) => void;
}

export interface WatcherStats {
  /** Distinct comments read since the last navigation. */
  recognised: number;
  /** Comment-like nodes that could not be read since the last navigation. */
  skipped: number;
}

const MAX_BATCH = 200;
/**
 * How long comments read wait for more before they are sent, once nothing is left to read. A page
 * loading comments adds a batch every few frames: sending each idle slice's handful made one message,
 * one database transaction and one badge run in the background per slice (2–3 per batch the page
 * added), and the background's work competes with the page for the same cores. Held this long, the
 * page's batches go as one message of up to MAX_BATCH; a single new comment still goes well within a
 * second, markers included.
 */
export const SEND_AFTER_MS = 300;
const ANCESTOR_CHECK_DEPTH = 64;

/** The most one slice may take: well under a frame, and far under the 50 ms of a long task. */
const SLICE_MS = 8;
/** How long queued comments wait for the page to go idle before a slice is taken anyway. */
const IDLE_TIMEOUT_MS = 200;

export function defaultScheduleIdle(work: (remaining: () => number) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(
      (deadline) => {
        // An idle period can be 50 ms long; we take a short slice of it. On a page that is never idle
        // the callback is forced after the timeout with nothing "remaining": we still take our slice,
        // or reading would crawl. 8 ms every 200 ms is at most 4 % of a busy page's main thread.
        const end = performance.now() + SLICE_MS;
        work(() => (deadline.didTimeout ? end - performance.now() : Math.min(deadline.timeRemaining(), end - performance.now())));
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  } else {
    setTimeout(() => {
      const end = performance.now() + SLICE_MS;
      work(() => end - performance.now());
    }, 16);
  }
}

export function createCommentWatcher(options: WatcherOptions) {
  const { adapter, doc, currentUrl, onComments, onNodes, isOwnNode } = options;
  const scheduleIdle = options.scheduleIdle ?? defaultScheduleIdle;

  /** id → what we last sent, so an unchanged comment is never sent twice. */
  const sent = new Map<string, string>();
  const seenSinceNavigation = new Set<string>();
  let skipped = 0;
  let addedRoots = new Set<Element>();
  let changedTargets = new Set<Node>();
  /** Comment nodes waiting to be read; a set, so a node queued twice is read once. */
  let queue = new Set<Element>();
  let scheduled = false;
  /** Read and not yet sent: comments new or changed, and every node read (for markers). */
  let outgoing: ObservedComment[] = [];
  let outgoingNodes: Array<{ node: Element; comment: ObservedComment }> = [];
  let sendTimer: ReturnType<typeof setTimeout> | undefined;

  function send(): void {
    if (sendTimer !== undefined) clearTimeout(sendTimer);
    sendTimer = undefined;
    const batch = outgoing;
    const read = outgoingNodes;
    outgoing = [];
    outgoingNodes = [];
    if (batch.length) onComments(batch);
    if (read.length) onNodes?.(read);
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        // Our marker going in or out would otherwise make us re-read the comment it sits in.
        if (isOwnNode && onlyOwnNodes(record, isOwnNode)) continue;
        record.addedNodes.forEach((n) => {
          if (n.nodeType === 1) addedRoots.add(n as Element);
        });
        // Something inside an existing comment changed ("See more", a replies summary): re-read it.
        if (record.target.nodeType === 1) changedTargets.add(record.target);
      } else if (record.type === 'characterData' && record.target.parentElement) {
        changedTargets.add(record.target.parentElement);
      }
    }
    schedule();
  });

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    scheduleIdle(flush);
  }

  /** Turn remembered mutations into comment nodes, then read as many as the slice allows. */
  function flush(remaining: () => number): void {
    scheduled = false;
    if (addedRoots.size || changedTargets.size) {
      const roots = addedRoots;
      const targets = changedTargets;
      addedRoots = new Set();
      changedTargets = new Set();
      for (const root of roots) {
        if (!root.isConnected || hasAncestorIn(root, roots)) continue;
        for (const node of adapter.findCommentNodes(root)) queue.add(node);
      }
      for (const target of targets) {
        if (!target.isConnected) continue;
        const node = adapter.commentNodeFor(target as Element);
        if (node) queue.add(node);
      }
    }
    const url = currentUrl();
    let readNow = 0;
    for (const node of queue) {
      if (remaining() <= 1 && readNow > 0) break;
      readNow++;
      queue.delete(node);
      if (!node.isConnected) continue;
      const result = adapter.readComment(node, url);
      if (!result.ok) {
        skipped++;
        continue;
      }
      const comment = result.comment;
      seenSinceNavigation.add(comment.id);
      outgoingNodes.push({ node, comment });
      const signature = signatureOf(comment);
      if (sent.get(comment.id) !== signature) {
        sent.set(comment.id, signature);
        outgoing.push(comment);
      }
      if (outgoing.length >= MAX_BATCH) break;
    }
    if (outgoing.length >= MAX_BATCH) send();
    // Everything queued is read: what was read goes after a short wait for the page's next batch.
    else if (!queue.size && outgoingNodes.length && sendTimer === undefined) sendTimer = setTimeout(send, SEND_AFTER_MS);
    if (queue.size || addedRoots.size || changedTargets.size) schedule();
  }

  return {
    /** Start observing, and read what is already on the page. */
    start(): void {
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      this.rescan();
    },
    stop(): void {
      observer.disconnect();
      // What was read while the page was ours still goes.
      send();
      queue.clear();
      addedRoots.clear();
      changedTargets.clear();
    },
    /** After an SPA navigation: the page is a new one, read it whole once. */
    rescan(): void {
      seenSinceNavigation.clear();
      skipped = 0;
      queue = new Set(adapter.findCommentNodes(doc));
      schedule();
    },
    /** Send what was read and is waiting for company, now: the address is about to change (SPA navigation). */
    sendNow(): void {
      send();
    },
    stats(): WatcherStats {
      return { recognised: seenSinceNavigation.size, skipped };
    },
    /** Whether reading is still in progress (tests and health checks wait for quiet). */
    busy(): boolean {
      return scheduled || queue.size > 0 || sendTimer !== undefined;
    },
  };
}

export type CommentWatcher = ReturnType<typeof createCommentWatcher>;

/** Whether a mutation only added or removed our own elements (markers), which say nothing about comments. */
function onlyOwnNodes(record: MutationRecord, isOwnNode: (node: Node) => boolean): boolean {
  for (const n of record.addedNodes) if (!isOwnNode(n)) return false;
  for (const n of record.removedNodes) if (!isOwnNode(n)) return false;
  return true;
}

/** Whether an ancestor of `node` (up to 64 levels) is in `set`: its subtree is searched from there already. */
export function hasAncestorIn(node: Element, set: Set<Element>): boolean {
  let current = node.parentElement;
  for (let depth = 0; current && depth < ANCESTOR_CHECK_DEPTH; depth++) {
    if (set.has(current)) return true;
    current = current.parentElement;
  }
  return false;
}

/** What we would store about a comment; the time label is left out since "2h" becomes "3h" on its own. */
function signatureOf(c: ObservedComment): string {
  return [c.text, c.parentId, c.authorName, c.authorUrl, c.permalink, c.authorIsPostAuthor, c.repliedByNames?.join('\u0001')].join('\u0000');
}
