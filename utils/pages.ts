import type { ManagedPage, PageRef, Platform } from './model';
import { PLATFORM_HOST } from './model';

/**
 * Managed-page identity: turning an address the user typed (or a page header
 * the adapter read) into one canonical key, and matching what an adapter saw
 * against the pages the user manages.
 */

const FACEBOOK_RESERVED = new Set([
  'permalink.php', 'photo', 'photo.php', 'watch', 'reel', 'groups', 'events', 'marketplace', 'messages', 'settings',
  'login', 'home.php', 'notifications', 'friends', 'gaming', 'stories', 'story.php', 'share', 'hashtag', 'search',
]);

export type ParsedAddress = { ok: true; ref: PageRef & { url: string } } | { ok: false; error: string };

/** Parse a page address as a user would paste it: with or without https://, www., trailing paths or tracking. */
export function parsePageAddress(input: string): ParsedAddress {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: 'Enter the page’s address, for example https://www.facebook.com/acmecoffee.' };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, error: `“${trimmed}” is not a web address.` };
  }
  const host = url.hostname.replace(/^(m|mobile|web|business)\./, 'www.').replace(/^(facebook|linkedin)\.com$/, 'www.$1.com');
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (host === PLATFORM_HOST.facebook) {
    const id = url.searchParams.get('id');
    if ((segments[0] === 'profile.php' || segments[0] === 'permalink.php') && id && /^\d+$/.test(id)) {
      return { ok: true, ref: { platform: 'facebook', id, url: `https://www.facebook.com/profile.php?id=${id}` } };
    }
    const first = segments[0];
    if (first && !FACEBOOK_RESERVED.has(first.toLowerCase()) && /^[\w.\-]+$/.test(first)) {
      if (/^\d+$/.test(first)) return { ok: true, ref: { platform: 'facebook', id: first, url: `https://www.facebook.com/profile.php?id=${first}` } };
      return { ok: true, ref: { platform: 'facebook', slug: first.toLowerCase(), url: `https://www.facebook.com/${first}` } };
    }
    return { ok: false, error: 'That Facebook address doesn’t name a page. Use the page’s own address, like https://www.facebook.com/acmecoffee.' };
  }
  if (host === PLATFORM_HOST.linkedin) {
    if ((segments[0] === 'company' || segments[0] === 'showcase') && segments[1]) {
      const slug = segments[1].toLowerCase();
      const ref: PageRef & { url: string } = { platform: 'linkedin', url: `https://www.linkedin.com/company/${slug}/` };
      if (/^\d+$/.test(slug)) ref.id = slug;
      else ref.slug = slug;
      return { ok: true, ref };
    }
    return { ok: false, error: 'That LinkedIn address isn’t a company page. Use an address like https://www.linkedin.com/company/acme-coffee/.' };
  }
  return { ok: false, error: 'Reply Radar works with Facebook and LinkedIn pages only.' };
}

export function pageKeyFor(ref: Pick<PageRef, 'platform' | 'id' | 'slug'>): string {
  return `${ref.platform}:${ref.slug ?? ref.id ?? ''}`;
}

const normalise = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * The managed page an adapter's reference points to. Address facts (id,
 * slug) decide. The name decides only when nothing contradicts it: a page
 * added by its vanity address is also reached through `profile.php?id=…`
 * links, and its name is what ties the two together.
 */
export function matchManagedPage(ref: PageRef | null | undefined, pages: readonly ManagedPage[]): ManagedPage | undefined {
  if (!ref) return undefined;
  const candidates = pages.filter((p) => p.platform === ref.platform);
  let slug = ref.slug?.toLowerCase();
  let id = ref.id;
  if (ref.url && !slug && !id) {
    const parsed = parsePageAddress(ref.url);
    if (parsed.ok) ({ slug, id } = parsed.ref);
  }
  const byAddress = candidates.find((p) => (id && p.platformId === id) || (slug && p.slug === slug));
  if (byAddress || !ref.name) return byAddress;
  const name = normalise(ref.name);
  return candidates.find(
    (p) => normalise(p.name) === name && !(id && p.platformId && p.platformId !== id) && !(slug && p.slug && p.slug !== slug),
  );
}

export function isPlatform(value: string): value is Platform {
  return value === 'facebook' || value === 'linkedin';
}
