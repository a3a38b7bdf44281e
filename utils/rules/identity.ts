import type { ManagedPage, Platform } from '../model';
import { PLATFORM_HOST } from '../model';

/**
 * Who an address names, as far as it can tell. `person` marks addresses that
 * can only belong to a human (LinkedIn `/in/`, Facebook group member links),
 * so they can never be the managed page.
 */
export interface AddressIdentity {
  id?: string;
  slug?: string;
  person?: boolean;
}

/** Facebook paths whose first segment is a feature, not a page's vanity name. */
const FACEBOOK_NON_PAGE_SEGMENTS = new Set([
  'permalink.php', 'story.php', 'photo.php', 'photo', 'photos', 'watch', 'reel', 'reels', 'share',
  'events', 'marketplace', 'hashtag', 'search', 'login', 'home.php', 'notifications', 'messages',
]);

const NUMERIC = /^\d+$/;

export function identityFromAddress(address: string | null | undefined, platform: Platform): AddressIdentity | null {
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address, `https://${PLATFORM_HOST[platform]}/`);
  } catch {
    return null;
  }
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  return platform === 'facebook' ? facebookIdentity(url, segments) : linkedinIdentity(segments);
}

function facebookIdentity(url: URL, segments: string[]): AddressIdentity | null {
  const [first, second, third, fourth] = segments;
  if (!first) return null;
  if (first === 'profile.php') {
    const id = url.searchParams.get('id');
    return id && NUMERIC.test(id) ? { id } : null;
  }
  // Group member links name a person inside the group, never the page.
  if (first === 'groups' && third === 'user' && fourth) return { id: fourth, person: true };
  if (first === 'people' && third && NUMERIC.test(third)) return { id: third };
  if (first === 'pg' && second) return slugOrId(second);
  if (FACEBOOK_NON_PAGE_SEGMENTS.has(first.toLowerCase()) || first === 'groups') return null;
  return slugOrId(first);
}

function linkedinIdentity(segments: string[]): AddressIdentity | null {
  const [first, second] = segments;
  if (!first || !second) return null;
  if (first === 'in') return { slug: second.toLowerCase(), person: true };
  if (first === 'company' || first === 'showcase' || first === 'school') return slugOrId(second);
  return null;
}

function slugOrId(segment: string): AddressIdentity {
  return NUMERIC.test(segment) ? { id: segment } : { slug: segment.toLowerCase() };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Everything we know names the managed page: its stored id and slug, and what its address says. */
export function pageIdentity(page: ManagedPage): AddressIdentity {
  const fromUrl = identityFromAddress(page.url, page.platform) ?? {};
  return {
    id: page.platformId ?? fromUrl.id,
    slug: page.slug?.toLowerCase() ?? fromUrl.slug,
  };
}

/** Every name the page goes by: the one the user gave it and the one the page itself shows. */
export function pageNames(page: Pick<ManagedPage, 'name' | 'learnedName'>): string[] {
  const names = [page.name, page.learnedName].filter((n): n is string => Boolean(n?.trim()));
  return [...new Set(names)];
}

/** Whether `candidate` is one of the page's names (badges after it ignored). */
export function isPageName(candidate: string, page: Pick<ManagedPage, 'name' | 'learnedName'>): boolean {
  return pageNames(page).some((name) => sameName(candidate, name));
}

/**
 * Labels the platforms print right after a name ("Acme Coffee Author",
 * "Acme Coffee • Top fan"). A name followed only by these is still that name.
 */
const BADGE_WORDS = [
  'author', 'top fan', 'rising fan', 'valued commenter', 'admin', 'moderator', 'verified', 'follow',
  'you', '1st', '2nd', '3rd', '3rd+', 'premium', 'autor', 'autora', 'fan destacado', 'fan destacada',
];

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Whether `candidate` is `name`, ignoring case, accents, spacing and trailing badges. */
export function sameName(candidate: string, name: string): boolean {
  const target = normalizeName(name);
  let rest = normalizeName(candidate);
  if (!target || !rest.startsWith(target)) return false;
  rest = rest.slice(target.length);
  // Peel off separators and badge words until nothing, or something unknown, is left.
  for (;;) {
    rest = rest.replace(/^[\s,·•|()\-–—]+/u, '');
    if (rest === '') return true;
    const badge = BADGE_WORDS.find((word) => rest.startsWith(word) && !/^[\p{L}\p{N}]/u.test(rest.slice(word.length)));
    if (!badge) return false;
    rest = rest.slice(badge.length);
  }
}
