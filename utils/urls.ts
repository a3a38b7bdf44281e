import type { Platform } from './model';
import { PLATFORM_HOST } from './model';

/**
 * A link we may store and show: https and on the platform's own host only.
 * Anything else (javascript:, data:, another host) becomes null, so no UI can
 * ever render it as a link.
 */
export function safePlatformUrl(raw: string | null | undefined, platform: Platform): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.hostname === PLATFORM_HOST[platform] ? url.href : null;
  } catch {
    return null;
  }
}

/** The same check without knowing the platform: either platform's host. */
export function isSafeLink(raw: string | null | undefined): raw is string {
  return safePlatformUrl(raw, 'facebook') !== null || safePlatformUrl(raw, 'linkedin') !== null;
}
