import type { PageRef } from '../../model';

/*
 * LinkedIn serves three comment markups side by side (research: comment-markup.md §2):
 *   Ember ≤2024  article.comments-comment-item[data-id]     .comments-post-meta__*
 *   Ember 2025   article.comments-comment-entity[data-id]   .comments-comment-meta__*
 *   SDUI 2026    div[componentkey="replaceableComment_urn:li:comment:(urn:li:activity:P,C)"], hashed classes
 * The comment URN is the only marker all three share, so identity, nesting and
 * time all hang off it; the BEM classes are read when present, never required.
 */

export const WWW = 'www.linkedin.com';
export const HOST = `https://${WWW}`;
export const COMMENT =
  'article[data-id^="urn:li:comment:"],[class*=comments-comment-][data-id*="urn:li:comment:"],div[componentkey^="replaceableComment_urn:li:comment:"]';
/** `(activity:P,C)` in Ember, `(urn:li:activity:P,C)` in SDUI; the post may be a ugcPost or share. */
const URN = /urn:li:comment:\((?:urn:li:)?(\w+):(\d+),(\d+)\)/;
export const ACTOR = 'a[href*="/in/"],a[href*="/company/"],a[href*="/showcase/"]';
export const TEXT_BOX = '.comments-comment-item__main-content,[data-testid="expandable-text-box"]';

export const text = (el?: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Text of a line that LinkedIn doubles for screen readers: the visible copy only. */
export const line = (el?: Element | null): string => text(el?.querySelector('[aria-hidden=true]') ?? el);
export const urnOf = (el: Element) => URN.exec(el.getAttribute('data-id') || el.getAttribute('componentkey') || el.id || '');

/** SDUI renders each comment as three nested divs sharing one componentkey: the outermost stands for all. */
export function outermost(el: Element): Element {
  const key = el.getAttribute('componentkey');
  for (let up; key && (up = el.parentElement?.closest(COMMENT)) && up.getAttribute('componentkey') === key; ) el = up;
  return el;
}
export const nodeOf = (el?: Element | null): Element | null => {
  const c = el?.closest(COMMENT);
  return c ? outermost(c) : null;
};
/**
 * Elements of `node` itself, not of the replies nested inside it. One query
 * for `sel` and the comment nodes together: results come in document order, so
 * a nested reply's elements follow it in one run and are skipped by a
 * `contains` on it, where asking each element for its comment would walk up
 * the tree matching the comment selectors from every one of them. SDUI's inner
 * divs that share the comment's componentkey are the comment itself.
 */
export function own(node: Element, sel: string): Element[] {
  const key = node.getAttribute('componentkey');
  const out: Element[] = [];
  let nested: Element | null = null;
  for (const e of node.querySelectorAll(`${sel},${COMMENT}`)) {
    if (nested?.contains(e)) continue;
    nested = null;
    if (e.matches(COMMENT) && !(key && e.getAttribute('componentkey') === key)) nested = e;
    else if (e.matches(sel)) out.push(e);
  }
  return out;
}

export type Own = (sel: string) => Element[];

/**
 * `own` for one reading of `node`: the selectors in `common` are answered
 * from a single query of the comment's subtree, the others by `own`. Reading a
 * comment asks for half a dozen kinds of element; substring selectors such as
 * `[class*=badge]` make each query walk and test every element of the subtree,
 * replies included, so one walk instead of six is most of the reading's cost.
 */
export function ownOnce(node: Element, common: readonly string[]): Own {
  const found = new Map<string, Element[]>(common.map((sel) => [sel, []]));
  for (const e of own(node, common.join(','))) for (const sel of common) if (e.matches(sel)) found.get(sel)!.push(e);
  return (sel) => found.get(sel) ?? own(node, sel);
}

/** The text of `el` as `textContent` gives it, leaving out what's inside elements matching `skip`. */
export function textWithout(el: Element, skip: string): string {
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue;
      else if (c.nodeType === 1 && !(c as Element).matches(skip)) walk(c);
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** A person or company link reduced to its canonical address. */
export function profile(href: string | null): { url: string; kind: string; key: string; showcase?: boolean } | null {
  try {
    const u = new URL(href ?? '', HOST);
    const m = /^\/(in|company|showcase)\/([^/?#]+)/.exec(u.pathname);
    if (!m || !/(^|\.)linkedin\.com$/.test(u.hostname)) return null;
    // A showcase page is a company page under another path: same kind, its own address.
    const kind = m[1] === 'showcase' ? 'company' : m[1]!;
    return { url: `${HOST}/${m[1]}/${m[2]}/`, kind, key: decodeURIComponent(m[2]!), ...(m[1] === 'showcase' && { showcase: true }) };
  } catch {
    return null;
  }
}

export function companyRef(key: string, name?: string, showcase?: boolean): PageRef {
  const ref: PageRef = { platform: 'linkedin', url: `${HOST}/${showcase ? 'showcase' : 'company'}/${key}/` };
  if (showcase) ref.showcase = true;
  if (/^\d+$/.test(key)) ref.id = key;
  else ref.slug = key;
  if (name) ref.name = name;
  return ref;
}

/** Whatever a page does to its DOM, the adapter answers: it never throws into the observer. */
export const safe =
  <A extends unknown[], R>(fn: (...args: A) => R, fallback: R) =>
  (...args: A): R => {
    try {
      return fn(...args);
    } catch {
      return fallback;
    }
  };
