import type { ManagedPage, PageRef, Platform } from './model';
import { identityFromAddress } from './rules/identity';

/**
 * Managed-page identity: turning an address the user typed (or a page header
 * the adapter read) into one canonical key, and matching what an adapter saw
 * against the pages the user manages.
 */

const HOSTS: Record<string, Platform> = {
  'www.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
};
const EXAMPLES = 'like https://www.facebook.com/yourpage or https://www.linkedin.com/company/yourpage/';

export type ParsedAddress = { ok: true; ref: PageRef & { url: string } } | { ok: false; error: string };

/**
 * Parse a page address as a user would paste it: with or without https://,
 * www. or m., with trailing paths or tracking. The one place that turns what
 * was typed into a managed page's identity and canonical address; which path
 * names which page is `identityFromAddress`'s job, shared with the reply rules.
 */
export function parsePageAddress(input: string): ParsedAddress {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: `Enter the page's address, ${EXAMPLES}.` };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, error: `That doesn't look like an address. Enter one ${EXAMPLES}.` };
  }
  const host = url.hostname.toLowerCase().replace(/^(m|mobile|web|business)\./, 'www.').replace(/^(facebook|linkedin)\.com$/, 'www.$1.com');
  const platform = HOSTS[host];
  if (!platform || !/^https?:$/.test(url.protocol)) {
    return { ok: false, error: 'Reply Radar works with Facebook and LinkedIn pages only.' };
  }
  // A post's permalink names its page by id: accept it, people paste what they have open.
  const permalinkPage = platform === 'facebook' && url.pathname === '/permalink.php' ? url.searchParams.get('id') : null;
  const identity = permalinkPage && /^\d+$/.test(permalinkPage) ? { id: permalinkPage } : identityFromAddress(url.href, platform);
  if (identity?.person) return { ok: false, error: "That is a person's profile. Enter the address of the page you manage." };
  if (!identity?.id && !identity?.slug) {
    return { ok: false, error: `That address doesn't name a page. Open the page itself and copy its address, ${EXAMPLES}.` };
  }
  const ref: PageRef & { url: string } = { platform, url: canonicalPageUrl(platform, identity) };
  if (identity.id) ref.id = identity.id;
  else if (identity.slug) ref.slug = identity.slug;
  return { ok: true, ref };
}

function canonicalPageUrl(platform: Platform, identity: { id?: string; slug?: string }): string {
  if (platform === 'linkedin') return `https://www.linkedin.com/company/${identity.id ?? identity.slug}/`;
  return identity.id ? `https://www.facebook.com/profile.php?id=${identity.id}` : `https://www.facebook.com/${identity.slug}`;
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
