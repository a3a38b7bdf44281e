import type { ManagedPage, StoredComment } from '../model';
import { thresholdHoursFor } from '../rules';
import type { Settings } from '../settings';
import { HOUR_MS, inPeriod, periodEnding, type Period, type PeriodDays } from './period';
import { tallyComments, type InsightsTally } from './tally';
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
  const period = periodEnding(input.now, input.days);
  return summarizeTally(tallyComments({ ...input, period }), input.pages, input.settings, input.timeZone);
}

/** The figures of a selection and period, from what they rest on (see `InsightsTally`). */
export function summarizeTally(
  tally: InsightsTally,
  pages: readonly ManagedPage[],
  settings: Settings,
  timeZone: string,
): InsightsSummary {
  const pagesByKey = new Map(pages.map((page) => [page.key, page]));
  let wontReply = 0;
  let missed = 0;
  let pending = 0;
  for (const day of tally.days) {
    wontReply += day.wontReply;
    missed += day.missed;
    pending += day.pending;
  }

  let withinThreshold = 0;
  let within24h = 0;
  const times: ResponseTime[] = [];
  for (const comment of tally.answered) {
    const time = responseTime(comment, settings, timeZone);
    if (!time) continue;
    times.push(time);
    // The threshold is kept on the same clock as the overdue alerts: business hours when they are on.
    if (time.countedMs <= thresholdHoursFor(comment, pagesByKey.get(comment.pageKey), settings) * HOUR_MS) withinThreshold += 1;
    if (time.calendarMs <= DAY_LIMIT_HOURS * HOUR_MS) within24h += 1;
  }
  // Decided: answered; missed (it waited past the rule's days without an answer, so it missed both limits);
  // and still waiting past the limit. A comment still waiting inside its limit hasn't missed anything yet.
  const thresholdDecided = times.length + missed + tally.pendingOverdue;
  const dayDecided = times.length + missed + tally.pendingOver24h;

  const businessHours = settings.businessHours.enabled;
  const duration = (statistic: (values: readonly number[]) => number | null): Duration => ({
    calendarMs: statistic(times.map((time) => time.calendarMs)),
    businessMs: businessHours ? statistic(times.map((time) => time.countedMs)) : null,
  });

  const received = tally.answered.length + wontReply + missed + pending;
  return {
    period: tally.period,
    businessHours,
    received,
    wontReply,
    missed,
    answered: times.length,
    estimated: times.filter((time) => time.estimated).length,
    withinThreshold: rate(withinThreshold, thresholdDecided),
    within24h: rate(within24h, dayDecided),
    medianResponse: duration(median),
    meanResponse: duration(mean),
    fastest90Response: duration(fastestShareMean),
    fastest90Count: fastestCount(times.length),
    pendingNow: tally.waiting,
    overdueNow: tally.overdue,
  };
}

function rate(within: number, total: number): Rate {
  return { within, total, rate: total === 0 ? null : within / total };
}
