import type { PageRef } from '../../model';
import { HOST, isFacebookHost, numeric, param } from './dom';

/** Facebook addresses: which page an address names, and the canonical form of profile and post links. */

// First path segments that are Facebook's own, not a page's vanity name.
const RESERVED =
  /^(messages|settings|login|notifications|groups|marketplace|gaming|events|friends|bookmarks|saved|help|privacy|policies|ads|business|pages|search|stories|hashtag|reels?|watch|photos?|videos|me)$/i;

/** The query parameters that name a post; everything else in a post link is tracking. */
const POST_KEYS = ['story_fbid', 'id', 'fbid', 'v'];
export const POST_LIKE = /[?&](story_fbid|fbid|v)=|\/(posts|videos|reel)\//;

/** A profile link without its tracking: `/jane.doe.77`, `/profile.php?id=…` (the id is the profile). */
export function profileUrl(u: URL): string | null {
  if (u.pathname !== '/profile.php') return HOST + u.pathname.replace(/\/+$/, '');
  const id = param(u, 'id');
  return id ? `${HOST}/profile.php?id=${id}` : null;
}

/** The address with only the query parameters `keys` names, in that order: what is left is tracking. */
export function keptParams(u: URL, keys: readonly string[]): string {
  // Built as a string: a URL object and searchParams.set re-serialise on every call, once per comment.
  const kept = keys.flatMap((k) => {
    const v = param(u, k);
    return v ? [`${k}=${encodeURIComponent(v)}`] : [];
  });
  return HOST + u.pathname + (kept.length ? `?${kept.join('&')}` : '');
}

/** A post address reduced to what names the post. */
export const postUrl = (u: URL): string => keptParams(u, POST_KEYS);

export function pageFromUrl(url: URL): PageRef | null {
  if (!isFacebookHost(url.hostname)) return null;
  const [first] = url.pathname.split('/').filter(Boolean);
  const id = /^(profile|permalink)\.php$/.test(first ?? '') ? param(url, 'id') : numeric(first) ? first : null;
  if (id) return numeric(id) ? { platform: 'facebook', id, url: `${HOST}/profile.php?id=${id}` } : null;
  if (!first || !/^[\w.-]+$/.test(first) || first.includes('.php') || RESERVED.test(first)) return null;
  return { platform: 'facebook', slug: first.toLowerCase(), url: `${HOST}/${first}` };
}

/** Whether this address is a surface where comments are read. */
export function handlesUrl(url: URL): boolean {
  if (!isFacebookHost(url.hostname)) return false;
  const seg = url.pathname.split('/').filter(Boolean);
  const q = url.searchParams;
  if (!seg.length) return true; // the feed, where a post opens in a dialog
  if (seg[0] === 'profile.php') return q.has('id');
  if (seg[0] === 'permalink.php' || seg[0] === 'story.php') return q.has('story_fbid');
  if (seg[0] === 'photo' || seg[0] === 'photo.php') return q.has('fbid');
  if (seg[0] === 'reel') return !!seg[1];
  if (seg[0] === 'watch') return q.has('v');
  if (!pageFromUrl(url)) return false;
  return seg.length === 1 || (/^(posts|photos|videos)$/.test(seg[1] ?? '') && seg.length > 2);
}
