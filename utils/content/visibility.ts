/**
 * Which comment nodes are on or near the screen, at a cost that does not grow
 * with the comments off screen. A post can hold thousands of waiting
 * comments; an IntersectionObserver following all of them recomputes every
 * one's geometry on each frame the page lays out, which on a growing page is
 * most frames (measured: the largest part of what markers cost the page).
 *
 * So nothing follows the nodes all the time:
 * - a node just watched is observed once, for its first report (with a margin,
 *   so a marker is in place before it scrolls in), then left alone;
 * - when the page scrolls or resizes, a grid of points over the viewport is
 *   hit-tested (a fixed number of `elementFromPoint` calls, whatever the page
 *   holds) and each hit is walked up to the watched node that contains it.
 * Nodes drawn longest ago are let go when too many are drawn, so scrolling
 * through thousands of comments leaves a bounded number of markers behind.
 */

export interface Visibility {
  watch(node: Element): void;
  unwatch(node: Element): void;
  isNear(node: Element): boolean;
  disconnect(): void;
}

/** The most nodes reported near at once; past it, the ones seen longest ago are reported gone. */
const MAX_NEAR = 150;
/** At most one look at the screen this often while the page scrolls (the last scroll always gets one). */
const CHECK_MS = 120;
/** The grid: columns across the viewport, and a row this often down it (a comment is taller). */
const COLUMNS = [0.1, 0.3, 0.5, 0.7, 0.9];
const ROW_PX = 40;
/** How far up from a hit we look for the watched comment around it. */
const MAX_DEPTH = 60;

export function screenVisibility(onChange: (node: Element, near: boolean) => void, doc: Document = document): Visibility {
  const view = doc.defaultView;
  if (!view || typeof IntersectionObserver !== 'function' || typeof doc.elementFromPoint !== 'function') return everywhere();
  const watched = new Set<Element>();
  /** Near nodes, oldest sighting first. */
  const near = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const seen = (node: Element) => {
    const fresh = !near.has(node);
    near.delete(node);
    near.add(node);
    if (fresh) onChange(node, true);
  };
  const gone = (node: Element) => {
    if (near.delete(node)) onChange(node, false);
  };
  const trim = () => {
    for (const node of near) {
      if (near.size <= MAX_NEAR) break;
      gone(node);
    }
  };

  // One report per node, then it is no longer observed.
  const firstLook = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        firstLook.unobserve(entry.target);
        if (entry.isIntersecting && watched.has(entry.target)) seen(entry.target);
      }
      trim();
    },
    { rootMargin: '150% 0px' },
  );

  function look(): void {
    timer = undefined;
    if (!watched.size) return;
    const width = view!.innerWidth;
    const height = view!.innerHeight;
    const hits = new Set<Element>();
    for (const column of COLUMNS) {
      for (let y = ROW_PX / 2; y < height; y += ROW_PX) {
        const hit = doc.elementFromPoint(width * column, y);
        if (hit) hits.add(hit);
      }
    }
    const found = new Set<Element>();
    for (const hit of hits) {
      let e: Element | null = hit;
      for (let depth = 0; e && depth < MAX_DEPTH && !watched.has(e); depth++) e = e.parentElement;
      if (e && watched.has(e)) found.add(e);
    }
    for (const node of found) seen(node);
    trim();
  }

  const schedule = () => {
    timer ??= setTimeout(look, CHECK_MS);
  };
  const listening = { capture: true, passive: true } as const;
  // Scroll events don't bubble; captured on the document they come from every scrolling box, dialogs included.
  doc.addEventListener('scroll', schedule, listening);
  view.addEventListener('resize', schedule, listening);

  return {
    watch(node) {
      if (watched.has(node)) return;
      watched.add(node);
      firstLook.observe(node);
    },
    unwatch(node) {
      if (!watched.delete(node)) return;
      firstLook.unobserve(node);
      near.delete(node);
    },
    isNear: (node) => near.has(node),
    disconnect() {
      firstLook.disconnect();
      doc.removeEventListener('scroll', schedule, listening);
      view.removeEventListener('resize', schedule, listening);
      if (timer !== undefined) clearTimeout(timer);
      watched.clear();
      near.clear();
    },
  };
}

/** Every node counts as near: for documents without layout (tests) or browsers without IntersectionObserver. */
export function everywhere(): Visibility {
  return { watch() {}, unwatch() {}, isNear: () => true, disconnect() {} };
}
