import type { ObservedTime, Platform, PostedAtSource } from '../model';
import { parseFacebookTime } from './facebook-time';
import { parseLinkedInTime } from './linkedin-time';

export interface ResolvedTime {
  at: number;
  source: PostedAtSource;
}

/**
 * Turns the time a page printed into epoch milliseconds. Runs in the
 * background, not the content script: date parsing and its locales would
 * triple the script we inject into every Facebook tab.
 *
 * `lang` is the page's `<html lang>`: labels are read in that language only.
 * Falls back to the moment we first saw the comment, and says so.
 */
export function resolvePostedAt(platform: Platform, time: ObservedTime, observedAt: number, lang?: string): ResolvedTime {
  const parsed = platform === 'facebook' ? parseFacebookTime(time, observedAt, lang) : parseLinkedInTime(time, observedAt);
  // A time in the future is a misread (clock skew or a wrong locale guess): never trust it.
  if (parsed && parsed.at <= observedAt + 60_000) return parsed;
  return { at: observedAt, source: 'first-seen' };
}
