/**
 * The domain vocabulary shared by every part of Reply Radar.
 *
 * Two shapes matter most:
 * - `ObservedComment`: what a platform adapter read off a page, sent by the
 *   content script. Raw, untrusted, with time as the page printed it.
 * - `StoredComment`: what the background keeps in IndexedDB, with resolved
 *   times, status and the user's decisions.
 */

export type Platform = 'facebook' | 'linkedin';
export const PLATFORMS: readonly Platform[] = ['facebook', 'linkedin'];

export const PLATFORM_LABEL: Record<Platform, string> = {
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
};

/** Each platform's canonical host: the only host a stored link may point to. */
export const PLATFORM_HOST: Record<Platform, string> = {
  facebook: 'www.facebook.com',
  linkedin: 'www.linkedin.com',
};

/**
 * Every host where we read a platform. Desktop Facebook is served at
 * `web.facebook.com` in several countries (Indonesia, the Philippines): the
 * same site, whose links we store at the canonical host.
 */
export const PLATFORM_READ_HOSTS: Record<Platform, readonly string[]> = {
  facebook: ['www.facebook.com', 'web.facebook.com'],
  linkedin: ['www.linkedin.com'],
};

/** The platform a host belongs to, among the hosts we read. */
export function platformOfHost(host: string): Platform | null {
  for (const platform of PLATFORMS) if (PLATFORM_READ_HOSTS[platform].includes(host)) return platform;
  return null;
}

/**
 * Who a page is, as far as the DOM or a URL tells. `id` is the platform's
 * numeric id when known (Facebook page id, LinkedIn company id); `slug` is the
 * vanity name in the address (`acmecoffee`, `acme-coffee`).
 */
export interface PageRef {
  platform: Platform;
  name?: string;
  url?: string;
  id?: string;
  slug?: string;
  /** A LinkedIn showcase page (`/showcase/…`). */
  showcase?: boolean;
  /** The page's picture as the page shows it (platform CDN address). */
  avatarUrl?: string;
}

/** How a comment's posting time appeared on the page. Resolved in the background. */
export interface ObservedTime {
  /** The visible relative label: "2h", "Yesterday at 4:12 PM", "3d", "now". */
  label?: string;
  /** A fuller label when the markup has one (tooltip, aria-label, datetime). */
  absoluteLabel?: string;
  /** Epoch milliseconds when the id itself encodes the time (LinkedIn). */
  epochMs?: number;
}

export interface ObservedComment {
  platform: Platform;
  /** The platform's own comment id; see `idSource`. */
  id: string;
  /** `platform`: read from the platform's ids. `fallback`: a deterministic hash, used only when no id exists. */
  idSource: 'platform' | 'fallback';
  /** Platform id of the comment this one replies to, or null for a top-level comment. */
  parentId: string | null;
  /** Address of the post the comment belongs to (canonical, no tracking parameters). */
  postUrl: string | null;
  /** Address that opens this comment. */
  permalink: string | null;
  authorName: string;
  authorUrl: string | null;
  /** Headline or subtitle under the name (LinkedIn), when shown. */
  authorHeadline?: string;
  /** The platform marked the author as the post's author ("Author" badge). */
  authorIsPostAuthor: boolean;
  /** Text as the reader sees it; "[photo]" and the like for media-only comments. */
  text: string;
  time: ObservedTime;
  /**
   * Names in a collapsed-replies summary ("Acme Coffee replied · 1 reply").
   * Lets us know a thread was answered without the reply being rendered.
   */
  repliedByNames?: string[];
  /** The post's owner, when the adapter can see it; decides which managed page this belongs to. */
  postOwner?: PageRef;
}

export type CommentStatus =
  /** A visitor comment still waiting for the page. */
  | 'pending'
  /** Answered: by the page in its thread, or marked replied by the user. */
  | 'answered'
  /** The user decided not to answer. Kept, but out of the metrics. */
  | 'wont-reply'
  /**
   * Waited longer than the Missed rule allows (settings, off by default): kept and counted in
   * Insights as not answered, but no longer nudging. Waiting again when the visitor writes again.
   */
  | 'missed'
  /** Written by the managed page itself: not incoming work. */
  | 'own';

export type AnsweredBy = 'page' | 'user';
export type PriorityReason = 'question' | 'complaint';
export type PostedAtSource = 'absolute' | 'relative' | 'id' | 'first-seen';

export interface StoredComment {
  /** Primary key: `${platform}:${id}`. */
  key: string;
  platform: Platform;
  id: string;
  idSource: 'platform' | 'fallback';
  /** Key of the managed page (`ManagedPage.key`). */
  pageKey: string;
  postUrl: string | null;
  permalink: string | null;
  /** Platform id of the parent comment, null for top-level. */
  parentId: string | null;
  /** Platform id of the top-level comment of this thread (itself when top-level). */
  threadId: string;
  authorName: string;
  authorUrl: string | null;
  authorHeadline?: string;
  authorIsPage: boolean;
  text: string;
  /** When the comment was posted (ms), from the page when known, else first seen. */
  postedAt: number;
  postedAtSource: PostedAtSource;
  firstSeenAt: number;
  lastSeenAt: number;
  status: CommentStatus;
  answeredBy: AnsweredBy | null;
  answeredAt: number | null;
  /** Key of the page's reply that answered it, when seen. */
  answerKey: string | null;
  snoozedUntil: number | null;
  /** 1 when a question or complaint, else 0 (indexable). */
  priority: 0 | 1;
  priorityReasons: PriorityReason[];
  /** When we last raised a notification that included this comment. */
  notifiedAt: number | null;
  /**
   * Known only from a notification list ("commented on your post"): its post
   * hasn't been read yet. Cleared when it is, and the post's reading wins.
   */
  fromNotification?: true;
  /** When the Missed rule moved it to Missed. */
  missedAt?: number;
  /** When a visitor writing again brought it back from Missed: the rule counts its wait from here. */
  wokeAt?: number;
  /**
   * The names in the collapsed "‹Name› replied · 1 reply" row last seen under it (top-level comments
   * only). Kept so that when the page's own name is learned later, the row still says it answered.
   */
  repliedByNames?: string[];
  /** The status before the user's last action, for Undo. */
  undo: { status: CommentStatus; answeredBy: AnsweredBy | null; answeredAt: number | null; snoozedUntil: number | null } | null;
  /*
   * On a conversation's lead comment only (the earliest one waiting in its
   * thread), absent on every other: the conversation's due times, indexed.
   * See `ConversationDue` in utils/rules/conversation.ts.
   */
  convOverdueAt?: number;
  convDueSoonAt?: number;
  convWaitFrom?: number;
  convNotifyAt?: number;
  convSize?: number;
}

export interface ManagedPage {
  /** `${platform}:${slug or id}`, from the address it was first added by; kept when learning reveals the other. */
  key: string;
  platform: Platform;
  /** The name shown everywhere: the user's own when they set one, else the one the page shows. */
  name: string;
  /**
   * Where `name` came from. `user`: typed by the user, never overwritten by learning. `page`: read
   * off the page. Absent: a placeholder from the address, replaced by the first name learned.
   */
  nameSource?: 'user' | 'page';
  /** The name the page itself last showed, kept beside a corrected `name` so both identify the page. */
  learnedName?: string;
  url: string;
  /** Numeric platform id when known (Facebook page id, LinkedIn company id). */
  platformId?: string;
  /** Vanity name in the address, lowercase (`acmecoffee`, `acme-coffee`). */
  slug?: string;
  /** LinkedIn showcase pages live under `/showcase/` instead of `/company/`. */
  showcase?: boolean;
  /** The page's picture on the platform's CDN, as the page showed it. */
  avatarUrl?: string;
  /** When the page last showed us who it is. */
  learnedAt?: number;
  /** Hours before a comment on this page is overdue; null uses the default. */
  thresholdHours: number | null;
  addedAt: number;
}

/** What the adapter saw about a page's comment area, for the popup's warning. */
export interface ParserHealth {
  /** `${platform}:${url}` of the visited address. */
  key: string;
  platform: Platform;
  pageKey: string | null;
  url: string;
  checkedAt: number;
  commentAreaVisible: boolean;
  recognised: number;
  skipped: number;
  /** Comments on this address whose time label couldn't be read (they count from first seen). */
  unreadTimes?: number;
  /** The page's `<html lang>` when Reply Radar has no words for it: an empty post can't be told from a changed layout there. */
  unknownLanguage?: string;
  /** What was read there: a notification list, or (absent) comments under posts. */
  surface?: 'notifications';
}

export function commentKey(platform: Platform, id: string): string {
  return `${platform}:${id}`;
}
