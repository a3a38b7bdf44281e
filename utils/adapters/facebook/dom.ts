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
/** A platform id as written: digits only. */
export const numeric = (v: string | null | undefined): v is string => !!v && /^\d+$/.test(v);
export const attr = (e: Element | null | undefined, k: string) => e?.getAttribute(k) ?? '';
const parsed = new WeakMap<Element, { href: string; url: URL | null }>();
/**
 * The address a link points to. Parsed once per link and address: reading a
 * comment asks for its timestamp link several times, and a parse is the
 * largest single cost of reading one. Treat the URL as read-only: it is shared.
 */
export function link(a: Element | null | undefined, href = attr(a, 'href')): URL | null {
  if (!a) return null;
  const known = parsed.get(a);
  if (known?.href === href) return known.url;
  const url = toUrl(href);
  parsed.set(a, { href, url });
  return url;
}
/** Elements of `node`'s own article, not of the articles nested inside it. */
export const owned = (node: Element, sel: string) => [...node.querySelectorAll(sel)].filter((e) => e.closest(ARTICLE) === node);

const queries = new WeakMap<URL, Map<string, string> | null>();
/**
 * One query parameter of an address, as `u.searchParams.get(key)` gives it.
 * Building a URLSearchParams for every timestamp link was about a tenth of
 * reading a comment; a query with nothing to decode (no `%`, no `+`) is split
 * as written instead, once per URL (URLs here are read-only, see `link`), and
 * any other goes to URLSearchParams, so the answer is the same either way.
 * Never iterates URLSearchParams: Firefox's Xray wrappers forbid that to
 * content scripts.
 */
export function param(u: URL, key: string): string | null {
  let query = queries.get(u);
  if (query === undefined) {
    const q = u.search;
    query = q.includes('%') || q.includes('+') ? null : new Map();
    if (query && q.length > 1) {
      for (const pair of q.slice(1).split('&')) {
        const eq = pair.indexOf('=');
        const k = eq < 0 ? pair : pair.slice(0, eq);
        // The first of a repeated name, as `get` answers; an empty pair names nothing.
        if (pair && !query.has(k)) query.set(k, eq < 0 ? '' : pair.slice(eq + 1));
      }
    }
    queries.set(u, query);
  }
  return query ? (query.get(key) ?? null) : u.searchParams.get(key);
}
