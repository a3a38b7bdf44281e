import type { ManagedPage, PageRef } from '../../utils/model';
import { identityFromAddress } from '../../utils/rules';

/**
 * Whether the page in the active tab is already managed, for "Track this
 * page". Compares what both sides know: platform ids, slugs, and what their
 * addresses name.
 */
export function isAlreadyManaged(ref: PageRef, pages: readonly ManagedPage[]): boolean {
  const refIdentity = identityFromAddress(ref.url, ref.platform) ?? {};
  const refIds = known([ref.id, refIdentity.id]);
  const refSlugs = known([ref.slug?.toLowerCase(), refIdentity.slug]);
  return pages.some((page) => {
    if (page.platform !== ref.platform) return false;
    const identity = identityFromAddress(page.url, page.platform) ?? {};
    const ids = known([page.platformId, identity.id]);
    const slugs = known([page.slug?.toLowerCase(), identity.slug]);
    return ids.some((id) => refIds.includes(id)) || slugs.some((slug) => refSlugs.includes(slug));
  });
}

function known(values: (string | undefined)[]): string[] {
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}
