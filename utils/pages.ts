import type { ManagedPage, ObservedComment, PageRef, Platform } from './model';
import { PLATFORM_LABEL } from './model';
import { identityFromAddress, isPageName, normalizeName, pageIdentity, pageNames, sameName } from './rules/identity';
import { t } from './i18n/messages';

/**
 * Managed-page identity: turning an address the user typed (or a page header
 * the adapter read) into one canonical key, and matching what an adapter saw
 * against the pages the user manages.
 */

const HOSTS: Record<string, Platform> = {
  'www.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
};

export type ParsedAddress = { ok: true; ref: PageRef & { url: string } } | { ok: false; error: string };

/**
 * Parse a page address as a user would paste it: with or without https://,
 * www. or m., with trailing paths or tracking. The one place that turns what
 * was typed into a managed page's identity and canonical address; which path
 * names which page is `identityFromAddress`'s job, shared with the reply rules.
 */
export function parsePageAddress(input: string): ParsedAddress {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: t('errors.address.missing') };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, error: t('errors.address.notAnAddress') };
  }
  const host = url.hostname.toLowerCase().replace(/^(m|mobile|web|business)\./, 'www.').replace(/^(facebook|linkedin)\.com$/, 'www.$1.com');
  const platform = HOSTS[host];
  if (!platform || !/^https?:$/.test(url.protocol)) {
    return { ok: false, error: t('errors.address.otherSite') };
  }
  // A post's permalink names its page by id: accept it, people paste what they have open.
  const permalinkPage = platform === 'facebook' && url.pathname === '/permalink.php' ? url.searchParams.get('id') : null;
  const identity = permalinkPage && /^\d+$/.test(permalinkPage) ? { id: permalinkPage } : identityFromAddress(url.href, platform);
  if (identity?.person) return { ok: false, error: t('errors.address.person') };
  if (!identity?.id && !identity?.slug) {
    return { ok: false, error: t('errors.address.notAPage') };
  }
  const showcase = platform === 'linkedin' && /^\/showcase\//i.test(url.pathname);
  const ref: PageRef & { url: string } = { platform, url: canonicalPageUrl(platform, { ...identity, showcase }) };
  if (identity.id) ref.id = identity.id;
  else if (identity.slug) ref.slug = identity.slug;
  if (showcase) ref.showcase = true;
  return { ok: true, ref };
}

/** The address a page is shown and opened by: its vanity address when known, else its numeric one. */
export function canonicalPageUrl(platform: Platform, identity: { id?: string; slug?: string; showcase?: boolean }): string {
  if (platform === 'linkedin') return `https://www.linkedin.com/${identity.showcase ? 'showcase' : 'company'}/${identity.slug ?? identity.id}/`;
  return identity.slug ? `https://www.facebook.com/${identity.slug}` : `https://www.facebook.com/profile.php?id=${identity.id}`;
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
  const byAddress = candidates.find((p) => namedBy(p, { id, slug }));
  if (byAddress || !ref.name) return byAddress;
  const name = normalise(ref.name);
  return candidates.find((p) => pageNames(p).some((n) => normalise(n) === name) && !contradicts(p, { id, slug }));
}

/** Whether the id or slug names this page. */
export function namedBy(page: ManagedPage, ref: { id?: string | undefined; slug?: string | undefined }): boolean {
  const known = pageIdentity(page);
  return Boolean((ref.id && known.id === ref.id) || (ref.slug && known.slug === ref.slug.toLowerCase()));
}

/** Whether the id or slug belongs to another page than this one. */
export function contradicts(page: ManagedPage, ref: { id?: string | undefined; slug?: string | undefined }): boolean {
  const known = pageIdentity(page);
  return Boolean((ref.id && known.id && known.id !== ref.id) || (ref.slug && known.slug && known.slug !== ref.slug.toLowerCase()));
}

/**
 * What the user sees for a page: its name, never a bare number. A page added by its numeric
 * address starts out named by that number; until it shows its own name it reads "Facebook page
 * 6155…0001", the number shortened so it reads as a label, with both ends kept to tell pages apart.
 */
export function pageDisplayName(page: Pick<ManagedPage, 'name' | 'platform'> & Partial<Pick<ManagedPage, 'learnedName' | 'platformId'>>): string {
  const name = page.name.trim();
  if (name && !/^\d+$/.test(name)) return name;
  const learned = page.learnedName?.trim();
  if (learned && !/^\d+$/.test(learned)) return learned;
  const id = page.platformId ?? (/^\d+$/.test(name) ? name : '');
  const number = id.length > 9 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id;
  return number
    ? t('common.unnamedPage', { platform: PLATFORM_LABEL[page.platform], number })
    : t('common.unnamedPageNoNumber', { platform: PLATFORM_LABEL[page.platform] });
}

/** A name that only repeats the address (id, slug or URL): a placeholder until the page shows its own. */
export function isPlaceholderName(page: Pick<ManagedPage, 'name' | 'platformId' | 'slug' | 'url'>): boolean {
  const name = page.name.trim().toLowerCase();
  return !name || [page.platformId, page.slug, page.url].some((v) => v && v.toLowerCase() === name);
}

/** A page record as version 3 keeps it: its address's id or slug filled in, and where its name came from. */
export function upgradedPage(page: ManagedPage): Partial<ManagedPage> {
  const fromUrl = identityFromAddress(page.url, page.platform) ?? {};
  const platformId = page.platformId ?? fromUrl.id;
  const slug = page.slug?.toLowerCase() ?? fromUrl.slug;
  const patch: Partial<ManagedPage> = {};
  if (platformId) patch.platformId = platformId;
  if (slug) patch.slug = slug;
  if (page.platform === 'linkedin' && /\/showcase\//i.test(page.url)) patch.showcase = true;
  // A name someone chose (or "Track this page" read) before we told the two apart is kept as the user's.
  if (!page.nameSource && !isPlaceholderName({ ...page, ...patch })) patch.nameSource = 'user';
  return patch;
}

/** What a page looked like in one place: the names and addresses that were shown together. */
export type PageSighting = Pick<PageRef, 'platform' | 'name' | 'id' | 'slug' | 'showcase' | 'avatarUrl'>;

const MAX_NAME = 300;

/**
 * The page record after a sighting of it, or null when the sighting teaches
 * nothing new. Fills in the id or slug it lacked, takes the name the page
 * shows (unless the user set their own) and the current avatar.
 */
export function applySighting(page: ManagedPage, sighting: PageSighting, now: number): ManagedPage | null {
  const next: ManagedPage = { ...page };
  if (sighting.id && !next.platformId) next.platformId = sighting.id;
  if (sighting.slug && !next.slug) next.slug = sighting.slug.toLowerCase();
  if (sighting.showcase && !next.showcase) next.showcase = true;
  const name = sighting.name?.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  if (name && !/^\d+$/.test(name)) {
    next.learnedName = name;
    if (next.nameSource !== 'user') Object.assign(next, { name, nameSource: 'page' });
  }
  const avatar = safeAvatarUrl(sighting.avatarUrl, page.platform);
  if (avatar) next.avatarUrl = avatar;
  next.url = canonicalPageUrl(page.platform, { id: next.platformId, slug: next.slug, showcase: next.showcase });
  const changed = (Object.keys(next) as (keyof ManagedPage)[]).some((k) => next[k] !== page[k]);
  return changed ? { ...next, learnedAt: now } : null;
}

/**
 * Whether two versions of a page decide "written by the page" alike: the same id and
 * vanity name, and the same names once spelling is set aside. Only a change here can turn
 * a stored comment's answer, so only a change here is worth judging a page's threads again
 * (at 100,000 comments, a re-judge is seconds); a new picture or a learned name equal to
 * the one the user typed is not.
 */
export function judgesAlike(a: ManagedPage, b: ManagedPage): boolean {
  const [ia, ib] = [pageIdentity(a), pageIdentity(b)];
  if (ia.id !== ib.id || ia.slug !== ib.slug) return false;
  const names = (page: ManagedPage) => [...new Set(pageNames(page).map(normalizeName))].sort().join('\n');
  return names(a) === names(b);
}

/**
 * One record from two that turned out to be the same page. `keep` (the older)
 * keeps its key; the user's choices survive from either: a name they typed,
 * their own reply time.
 */
export function mergedPage(keep: ManagedPage, drop: ManagedPage): ManagedPage {
  const userNamed = [keep, drop].find((p) => p.nameSource === 'user');
  const learned = [keep, drop].filter((p) => p.learnedName).sort((a, b) => (b.learnedAt ?? 0) - (a.learnedAt ?? 0))[0];
  const pageNamed = [keep, drop].find((p) => p.nameSource === 'page');
  const merged: ManagedPage = {
    ...drop,
    ...keep,
    name: userNamed?.name ?? learned?.learnedName ?? pageNamed?.name ?? keep.name,
    thresholdHours: keep.thresholdHours ?? drop.thresholdHours,
    addedAt: Math.min(keep.addedAt, drop.addedAt),
  };
  const nameSource = userNamed ? 'user' : learned || pageNamed ? 'page' : undefined;
  if (nameSource) merged.nameSource = nameSource;
  else delete merged.nameSource;
  if (learned?.learnedName) merged.learnedName = learned.learnedName;
  const avatar = [keep, drop].filter((p) => p.avatarUrl).sort((a, b) => (b.learnedAt ?? 0) - (a.learnedAt ?? 0))[0]?.avatarUrl;
  if (avatar) merged.avatarUrl = avatar;
  const platformId = keep.platformId ?? drop.platformId;
  const slug = keep.slug ?? drop.slug;
  if (platformId) merged.platformId = platformId;
  if (slug) merged.slug = slug;
  merged.url = canonicalPageUrl(keep.platform, { id: platformId, slug, showcase: merged.showcase });
  return merged;
}

/** The platforms' picture hosts. Anything else is not a page's avatar and is never stored. */
const AVATAR_HOSTS: Record<Platform, RegExp> = {
  facebook: /(^|\.)(fbcdn\.net|facebook\.com)$/,
  linkedin: /(^|\.)licdn\.com$/,
};

export function safeAvatarUrl(raw: string | undefined, platform: Platform): string | undefined {
  if (!raw || raw.length > 4_000) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && AVATAR_HOSTS[platform].test(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function isPlatform(value: string): value is Platform {
  return value === 'facebook' || value === 'linkedin';
}

/**
 * What a batch of comments shows about the managed pages whose posts they are
 * under: the post header's name beside the address it links to, and the
 * address the page's own replies are written under (a page added by its
 * vanity name replies as `profile.php?id=…`). A reply counts as the page's
 * when the platform marks it the post's author, or it carries the name the
 * post header shows; and only when its address contradicts nothing known.
 * Only sightings that would teach something are returned.
 */
export function sightingsFromComments(comments: readonly ObservedComment[], pages: readonly ManagedPage[]): PageSighting[] {
  const found = new Map<string, PageSighting>();
  const add = (page: ManagedPage, sighting: PageSighting) => {
    if (applySighting(page, sighting, 0)) found.set(JSON.stringify(sighting), sighting);
  };
  for (const c of comments) {
    const owner = c.postOwner;
    if (!owner || (!owner.id && !owner.slug)) continue;
    const page = pages.find((p) => p.platform === owner.platform && p.platform === c.platform && namedBy(p, owner));
    if (!page) continue;
    const ownerAddress = { platform: owner.platform, ...(owner.id && { id: owner.id }), ...(owner.slug && { slug: owner.slug.toLowerCase() }) };
    if (owner.name) add(page, { ...ownerAddress, name: owner.name });
    const author = identityFromAddress(c.authorUrl, c.platform);
    if (!author || author.person || (!author.id && !author.slug)) continue;
    const namedAsHeader = Boolean(owner.name && sameName(c.authorName, owner.name));
    const isPage = (c.authorIsPostAuthor || namedAsHeader) && (namedAsHeader || isPageName(c.authorName, page));
    const sighting = { ...ownerAddress, ...(author.id && { id: author.id }), ...(author.slug && { slug: author.slug }) };
    if (isPage && !contradicts(page, sighting) && !contradicts(page, ownerAddress) && !(owner.id && author.id && owner.id !== author.id) && !(owner.slug && author.slug && owner.slug.toLowerCase() !== author.slug)) {
      add(page, sighting);
    }
  }
  return [...found.values()];
}
