import { PLATFORM_HOST } from '../../utils/model';

const ALLOWED_HOSTS = new Set<string>(Object.values(PLATFORM_HOST));

/**
 * The address to put in an href, or null. Stored addresses come from pages we
 * don't control, so only https: links to the platforms' own hosts are linked;
 * anything else (javascript:, data:, look-alike hosts) is shown as no link.
 */
export function safePlatformHref(address: string | null | undefined): string | null {
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname) || url.username || url.password) return null;
  return url.href;
}
