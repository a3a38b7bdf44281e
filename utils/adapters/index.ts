import type { Platform } from '../model';
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import type { PlatformAdapter } from './types';

export const ADAPTERS: Record<Platform, PlatformAdapter> = {
  facebook: facebookAdapter,
  linkedin: linkedinAdapter,
};

/** The adapter for the page's host, or null on any other site. */
export function adapterForUrl(url: URL): PlatformAdapter | null {
  if (url.protocol !== 'https:') return null;
  if (url.hostname === 'www.facebook.com') return facebookAdapter;
  if (url.hostname === 'www.linkedin.com') return linkedinAdapter;
  return null;
}
