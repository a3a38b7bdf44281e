import type { ManagedPage, StoredComment } from '../model';
import { assess, thresholdHoursFor } from '../rules';
import type { Settings } from '../settings';
import { HOUR_MS, inPeriod, periodEnding, type Period, type PeriodDays } from './period';
import { responseTime, type ResponseTime } from './response';
import { fastestCount, fastestShareMean, mean, median } from './stats';

/** Below this many comments a rate or an average is shown as "too few to judge". */
export const MIN_COMMENTS_TO_JUDGE = 10;
/** The fixed limit of the second response rate. Calendar hours, whatever the business hours. */
export const DAY_LIMIT_HOURS = 24;

export function tooFewToJudge(count: number): boolean {
  return count < MIN_COMMENTS_TO_JUDGE;
}

export interface Rate {
  /** Answered within the limit. */
  within: number;
  /** What the rate rests on: visitor comments of the period, won't-reply left out. */
  total: number;
  /** within / total, or null when total is 0. */
  rate: number | null;
}

/** One duration figure, in plain hours and in business hours (null when business hours are off, or no data). */
export interface Duration {
  calendarMs: number | null;
  businessMs: number | null;
}

export interface InsightsSummary {
  period: Period;
  businessHours: boolean;
  /** Visitor comments (not the page's own) posted in the period, won't-reply included. */
  received: number;
  wontReply: number;
  /** Moved to Missed by the Missed rule: counted in the rates as not answered. */
  missed: number;
  answered: number;
  /** Answered comments whose posting time is only "first seen", so their response time is a lower bound. */
  estimated: number;
  withinThreshold: Rate;
  within24h: Rate;
  /** Response-time figures rest on `answered` comments. */
  medianResponse: Duration;
  meanResponse: Duration;
  fastest90Response: Duration;
  /** How many of the answered comments the fastest-90 % mean keeps. */
  fastest90Count: number;
  /** Conversations waiting in the selection (a thread's pending comments, whenever posted, snoozed included). */
  pendingNow: number;
  /** Those with a comment past its threshold right now. */
  overdueNow: number;
}

export interface SummaryInput {
  comments: readonly StoredComment[];
  pages: readonly ManagedPage[];
  settings: Settings;
  now: number;
  timeZone: string;
  days: PeriodDays;
  /** One managed page's key, or null for all pages together. */
  pageKey: string | null;
}

/** Comments of one page, or all of them when `pageKey` is null. */
export function forPage<T extends Pick<StoredComment, 'pageKey'>>(comments: readonly T[], pageKey: string | null): T[] {
  return pageKey === null ? [...comments] : comments.filter((comment) => comment.pageKey === pageKey);
}

/** Visitor comments (the page's own replies are not incoming work) posted within the period. */
export function visitorCommentsIn(comments: readonly StoredComment[], period: Period): StoredComment[] {
  return comments.filter((comment) => comment.status !== 'own' && inPeriod(comment.postedAt, period));
}

export function summarize(input: SummaryInput): InsightsSummary {
  const { settings, now, timeZone } = input;
  const period = periodEnding(now, input.days);
  const pagesByKey = new Map(input.pages.map((page) => [page.key, page]));
  const selected = forPage(input.comments, input.pageKey);
  const received = visitorCommentsIn(selected, period);
  const considered = received.filter((comment) => comment.status !== 'wont-reply');

  let withinThreshold = 0;
  let within24h = 0;
  // A comment still waiting inside its time limit hasn't missed anything yet: it counts once its limit has passed.
  let thresholdDecided = 0;
  let dayDecided = 0;
  const times: ResponseTime[] = [];
  for (const comment of considered) {
    const time = responseTime(comment, settings, timeZone);
    if (!time) {
      // Missed waited past the rule's days without an answer: it missed both limits.
      if (comment.status === 'missed') {
        thresholdDecided += 1;
        dayDecided += 1;
        continue;
      }
      if (comment.status !== 'pending') continue;
      const page = pagesByKey.get(comment.pageKey);
      if (assess(comment, page, settings, now, timeZone).severity === 'overdue') thresholdDecided += 1;
      if (now - comment.postedAt > DAY_LIMIT_HOURS * HOUR_MS) dayDecided += 1;
      continue;
    }
    thresholdDecided += 1;
    dayDecided += 1;
    times.push(time);
    // The threshold is kept on the same clock as the overdue alerts: business hours when they are on.
    if (time.countedMs <= thresholdHoursFor(comment, pagesByKey.get(comment.pageKey), settings) * HOUR_MS) withinThreshold += 1;
    if (time.calendarMs <= DAY_LIMIT_HOURS * HOUR_MS) within24h += 1;
  }

  // Waiting and overdue count conversations, as the badge does: a thread's waiting comments are one.
  const conversations = new Map<string, boolean>();
  for (const comment of selected) {
    if (comment.status !== 'pending') continue;
    const thread = `${comment.platform}|${comment.threadId}`;
    if (conversations.get(thread)) continue;
    conversations.set(thread, assess(comment, pagesByKey.get(comment.pageKey), settings, now, timeZone).severity === 'overdue');
  }

  const businessHours = settings.businessHours.enabled;
  const duration = (statistic: (values: readonly number[]) => number | null): Duration => ({
    calendarMs: statistic(times.map((time) => time.calendarMs)),
    businessMs: businessHours ? statistic(times.map((time) => time.countedMs)) : null,
  });

  return {
    period,
    businessHours,
    received: received.length,
    wontReply: received.length - considered.length,
    missed: considered.filter((comment) => comment.status === 'missed').length,
    answered: times.length,
    estimated: times.filter((time) => time.estimated).length,
    withinThreshold: rate(withinThreshold, thresholdDecided),
    within24h: rate(within24h, dayDecided),
    medianResponse: duration(median),
    meanResponse: duration(mean),
    fastest90Response: duration(fastestShareMean),
    fastest90Count: fastestCount(times.length),
    pendingNow: conversations.size,
    overdueNow: [...conversations.values()].filter(Boolean).length,
  };
}

function rate(within: number, total: number): Rate {
  return { within, total, rate: total === 0 ? null : within / total };
}
