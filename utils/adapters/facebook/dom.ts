/** Facebook's address and the DOM helpers every Facebook surface reads with. */

export const HOST = 'https://www.facebook.com';
export const ARTICLE = '[role=article]';
// The comment text; `html` carries a lang too.
export const BODY = ':not(html)[lang]';

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Hosts that serve the same Facebook; links read there are kept at www. */
export const isFacebookHost = (host: string) => host === 'www.facebook.com' || host === 'web.facebook.com';
export const toUrl = (href: string | null | undefined): URL | null => {
  try {
    const u = href ? new URL(href, HOST) : null;
    if (u?.hostname === 'web.facebook.com') u.hostname = 'www.facebook.com';
    return u;
  } catch {
    return null;
  }
};
export const attr = (e: Element | null | undefined, k: string) => e?.getAttribute(k) ?? '';
const parsed = new WeakMap<Element, { href: string; url: URL | null }>();
/**
 * The address a link points to. Parsed once per link and address: reading a
 * comment asks for its timestamp link several times, and a parse is the
 * largest single cost of reading one. Treat the URL as read-only: it is shared.
 */
export function link(a: Element | null | undefined): URL | null {
  if (!a) return null;
  const href = attr(a, 'href');
  const known = parsed.get(a);
  if (known?.href === href) return known.url;
  const url = toUrl(href);
  parsed.set(a, { href, url });
  return url;
}
/** Elements of `node`'s own article, not of the articles nested inside it. */
export const owned = (node: Element, sel: string) => [...node.querySelectorAll(sel)].filter((e) => e.closest(ARTICLE) === node);
