import { platformOfHost, type Platform } from '../model';
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
  const platform = platformOfHost(url.hostname);
  return platform ? ADAPTERS[platform] : null;
}
