import type { PlatformAdapter } from '../adapters/types';
import type { CommentState } from '../background/states';
import type { ObservedComment } from '../model';
import { createChip } from './chip';
import { screenVisibility, type Visibility } from './visibility';
import { t } from '../i18n/messages';

export { everywhere, type Visibility } from './visibility';

/**
 * "waiting 26 h" beside each comment still waiting for the page's reply.
 *
 * Each marker is a hand-made `reply-radar-marker` host whose text sits in an
 * open shadow root: the page's styles can't reach it, and its text is not the
 * comment's `textContent`, so the adapters never read it as the comment's
 * words. Its few styles are inline on the host (after `all:initial`, so
 * nothing is inherited from the page): no stylesheet to parse or adopt at
 * all, cheaper still than one shared constructed sheet, and far cheaper than
 * WXT's createShadowRootUi, which builds a whole isolated document per UI.
 *
 * A marker never touches the page's layout, focus or clicks: the host is
 * absolutely positioned at its static place (right after the author's name),
 * so it takes no room; nothing in it is focusable; it has `pointer-events:
 * none`. It is a child of the comment node, so when the page drops the
 * comment, the marker goes with it.
 */

// The page's direction, not all:initial's ltr: on an Arabic or Hebrew page the marker follows the
// name on its left, with the gap on the name's side, and its own text stays in its own order.
const STYLE =
  'all:initial;position:absolute;pointer-events:none;direction:inherit;unicode-bidi:isolate;margin-inline-start:6px;padding:0 5px;border-radius:8px;white-space:nowrap;font:600 11px/16px system-ui;';
/** Colours by severity; the text says the same in words. */
const COLOURS: Record<string, string> = {
  ok: 'background:#e8eaed;color:#333',
  'due-soon': 'background:#fde293;color:#333',
  overdue: 'background:#c5221f;color:#fff',
  answered: 'color:#5f6368;font-weight:400',
};

interface Marked {
  id: string;
  state?: CommentState;
  host?: HTMLElement;
  /** What the marker shows now (text and colour), so an unchanged one is left alone. */
  shown?: string;
  /** Whether the node is watched for coming near the screen. */
  watched?: boolean;
  /** Whether it counts in the chip's number (waiting, on the page). */
  counted?: boolean;
  /** The last question asked about it: an older answer arriving later is stale. */
  asked?: number;
}

export interface MarkerOptions {
  /** Which nodes are near the screen; defaults to looking at the screen (`screenVisibility`). */
  visibility?: (onChange: (node: Element, near: boolean) => void) => Visibility;
  adapter: PlatformAdapter;
  doc: Document;
  showAnswered: boolean;
  /** Asks the background how the comments stand; undefined when it can't answer. */
  fetchStates: (ids: string[]) => Promise<CommentState[] | undefined>;
  /** The user chose "Hide on this page". */
  onHide: () => void;
}

/** What a marker says, or null for none. The text carries the meaning; colour only repeats it. */
export function markerText(state: CommentState, showAnswered: boolean): string | null {
  if (state.waiting) {
    const waiting = t('content.marker.waiting', { waited: state.waited });
    const due = { ok: '', 'due-soon': ` · ${t('content.marker.dueSoon')}`, overdue: ` · ${t('content.marker.overdue')}` }[state.severity];
    // A plain "!", not an emoji: it reads on a red badge and needs no emoji font.
    return `${state.priority ? '! ' : ''}${waiting}${due}`;
  }
  return state.answered && showAnswered ? `✓ ${t('content.marker.answered')}` : null;
}

export function createMarkers({ adapter, doc, showAnswered, fetchStates, onHide, visibility = screenVisibility }: MarkerOptions) {
  /** Keyed by node, not id: the same comment can be on screen twice (feed and dialog). */
  const marked = new Map<Element, Marked>();
  /** Waiting comment id → how many marked nodes show it: the chip's number, kept as states arrive. */
  const waitingIds = new Map<string, number>();
  // A marker is drawn when its comment comes near the screen and taken away when it leaves;
  // the chip's count and Next work from the states, on or off screen.
  const near = visibility((node, isNear) => {
    const entry = marked.get(node);
    if (!entry) return;
    if (isNear) render(node, entry);
    else entry.host?.remove();
  });
  let enabled = true;
  let lastVisited: Element | undefined;
  const chip = createChip(doc, next, () => {
    setEnabled(false);
    onHide();
  });

  /** Count the entry in the chip's number, or stop counting it. */
  function count(entry: Marked, waiting: boolean): void {
    if (!!entry.counted === waiting) return;
    entry.counted = waiting;
    const n = (waitingIds.get(entry.id) ?? 0) + (waiting ? 1 : -1);
    if (n > 0) waitingIds.set(entry.id, n);
    else waitingIds.delete(entry.id);
  }

  function render(node: Element, entry: Marked): void {
    const state = entry.state;
    const text = state && markerText(state, showAnswered);
    if (!text) {
      entry.shown = undefined;
      // Only comments that show a marker are watched for the screen: on a post where the page has
      // answered most threads, a handful of nodes are watched, not thousands.
      if (entry.watched) near.unwatch(node);
      entry.watched = false;
      return entry.host?.remove();
    }
    if (!entry.watched) {
      near.watch(node);
      entry.watched = true;
    }
    // Off screen, a marker is not even built: it is drawn when its comment comes near.
    if (!near.isNear(node)) return;
    const host = (entry.host ??= doc.createElement('reply-radar-marker'));
    const colour = COLOURS[state.waiting ? state.severity : 'answered'];
    // Most refreshes change nothing: writing the same text and style again would still cost the page a style pass.
    if (entry.shown !== text + colour) {
      entry.shown = text + colour;
      (host.shadowRoot ?? host.attachShadow({ mode: 'open' })).textContent = text;
      host.style.cssText = STYLE + colour;
    }
    // Also puts the marker back when the page re-rendered the comment's insides without it.
    if (!node.contains(host)) (adapter.markerAnchor(node) ?? node).append(host);
  }

  /** Ask for these nodes' states, in one message, and render them. `loading`: a batch the page just added. */
  let asked = 0;
  async function query(nodes: Element[], loading: boolean): Promise<void> {
    if (!nodes.length) return;
    const ticket = ++asked;
    const ids = new Set<string>();
    for (const node of nodes) {
      const entry = marked.get(node)!;
      entry.asked = ticket;
      ids.add(entry.id);
    }
    const states = await fetchStates([...ids]);
    if (!states || !enabled) return;
    apply(nodes, states, ticket, loading);
  }

  /** Show these states on those nodes; `ticket`: the question they answer. */
  function apply(nodes: Element[], states: CommentState[], ticket: number, loading: boolean): void {
    const byId = new Map(states.map((s) => [s.id, s]));
    for (const node of nodes) {
      const entry = marked.get(node);
      // Asked about again since (a reply stored meanwhile): that answer is the one to show.
      if (!entry || entry.asked !== ticket) continue;
      entry.state = byId.get(entry.id);
      count(entry, !!entry.state?.waiting);
      render(node, entry);
    }
    // The chip's number without walking every marked node: a page loading thousands asks this per batch.
    chip.show(enabled ? waitingIds.size : 0, loading);
  }

  /** The waiting comments still on the page; forgets removed ones and updates the chip. */
  function waitingNodes(): Element[] {
    const waiting: Element[] = [];
    for (const [node, entry] of marked) {
      if (!node.isConnected) {
        count(entry, false);
        marked.delete(node); // its marker left with it
        near.unwatch(node);
      } else if (entry.state?.waiting) waiting.push(node);
    }
    chip.show(enabled ? waitingIds.size : 0);
    return waiting;
  }

  /** Next walks down the thread from the last one visited, then starts over. Sorted only here, when asked. */
  function next(): void {
    const waiting = waitingNodes().sort((a, b) => (follows(a, b) ? -1 : 1));
    const target = waiting.find((n) => lastVisited && follows(lastVisited, n)) ?? waiting[0];
    if (!target) return;
    lastVisited = target;
    target.scrollIntoView({ block: 'center' });
    chip.outline(target);
  }

  /** Markers on or off for the current address (the option, or "hide on this page"). */
  function setEnabled(on: boolean): void {
    enabled = on;
    if (on) return;
    for (const [node, entry] of marked) {
      entry.host?.remove();
      near.unwatch(node);
    }
    marked.clear();
    waitingIds.clear();
    chip.show(0);
  }

  return {
    /** Whether these markers want states (on): the tab then asks for them along with storing its batch. */
    get enabled(): boolean {
      return enabled;
    },
    /**
     * Comment nodes the watcher just read: only the ones new to us cost a message. `known`: the states
     * the background answered storing the batch, for the comments it covered (`ids`): those nodes need no question.
     */
    add(read: Array<{ node: Element; comment: ObservedComment }>, known?: { ids: ReadonlySet<string>; states: CommentState[] }): void {
      if (!enabled) return;
      const fresh: Element[] = [];
      for (const { node, comment } of read) {
        const entry = marked.get(node);
        if (entry?.id !== comment.id) {
          if (entry) count(entry, false);
          fresh.push(node);
          marked.set(node, { id: comment.id });
        }
        else if (entry.state && entry.host?.isConnected === false) render(node, entry);
      }
      if (!known) return void query(fresh, true);
      const told: Element[] = [];
      const ask: Element[] = [];
      for (const node of fresh) (known.ids.has(marked.get(node)!.id) ? told : ask).push(node);
      if (told.length) {
        const ticket = ++asked;
        for (const node of told) marked.get(node)!.asked = ticket;
        apply(told, known.states, ticket, true);
      }
      void query(ask, true);
    },
    /** These comments changed state (the background said so answering this tab's batch): ask again about them only. */
    async recheck(ids: readonly string[]): Promise<void> {
      if (!enabled || !ids.length) return;
      const changed = new Set(ids);
      const nodes: Element[] = [];
      for (const [node, entry] of marked) if (changed.has(entry.id)) nodes.push(node);
      await query(nodes, true);
    },
    /** States may have changed (time passed, a reply seen, the popup acted): ask again for those on the page. */
    async refresh(): Promise<void> {
      waitingNodes();
      if (enabled) await query([...marked.keys()], false);
    },
    setEnabled,
  };
}

/** Our own elements: the comment watcher ignores their coming and going. */
export const isOwnNode = (node: Node): boolean => node.nodeName.startsWith('REPLY-RADAR-');

/** Whether `b` comes after `a` in the document. */
const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

export type Markers = ReturnType<typeof createMarkers>;
