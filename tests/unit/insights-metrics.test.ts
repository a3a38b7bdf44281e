import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  dailySeries,
  fastestCount,
  fastestShareMean,
  mean,
  median,
  periodEnding,
  responseTime,
  summarize,
  type SummaryInput,
} from '../../utils/insights';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { storedComment } from './support/stored-comment';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NY = 'America/New_York';
// Wednesday 20 May 2026, 15:00 in New York.
const NOW = new TZDate(2026, 4, 20, 15, 0, NY).getTime();

const pageA: ManagedPage = {
  key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee', thresholdHours: null, addedAt: 0,
};
const pageB: ManagedPage = {
  key: 'linkedin:acme-coffee', platform: 'linkedin', name: 'Acme Coffee', url: 'https://www.linkedin.com/company/acme-coffee/',
  slug: 'acme-coffee', thresholdHours: null, addedAt: 0,
};

let serial = 0;
function comment(over: Partial<StoredComment> = {}): StoredComment {
  serial += 1;
  const postedAt = over.postedAt ?? NOW - HOUR;
  return storedComment({
    key: `facebook:${serial}`,
    platform: 'facebook',
    id: String(serial),
    pageKey: pageA.key,
    authorName: 'Bob Lee',
    text: 'hi',
    postedAt,
    firstSeenAt: postedAt,
    lastSeenAt: postedAt,
    ...over,
  });
}

/** A comment posted `agoHours` before NOW and answered by the page `afterHours` later. */
function answered(agoHours: number, afterHours: number, over: Partial<StoredComment> = {}): StoredComment {
  const postedAt = NOW - agoHours * HOUR;
  return comment({ postedAt, status: 'answered', answeredBy: 'page', answeredAt: postedAt + afterHours * HOUR, ...over });
}

function input(comments: StoredComment[], over: Partial<SummaryInput> = {}): SummaryInput {
  return { comments, pages: [pageA, pageB], settings: DEFAULT_SETTINGS, now: NOW, timeZone: NY, days: 7, pageKey: null, ...over };
}

describe('median, mean and the fastest 90 %', () => {
  it('takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(median([5, 1, 3])).toBe(3); // sorted 1, 3, 5 → 3
    expect(median([4, 1, 3, 2])).toBe(2.5); // sorted 1, 2, 3, 4 → (2 + 3) / 2
    expect(median([7])).toBe(7);
  });

  it('gives null, never NaN, for no values', () => {
    expect(median([])).toBeNull();
    expect(mean([])).toBeNull();
    expect(fastestShareMean([])).toBeNull();
  });

  it('keeps ceil(0.9 × n) responses: nothing dropped below 10, one of 10 or 11, two of 20', () => {
    expect(fastestCount(1)).toBe(1); // ceil(0.9)
    expect(fastestCount(9)).toBe(9); // ceil(8.1)
    expect(fastestCount(10)).toBe(9); // ceil(9.0)
    expect(fastestCount(11)).toBe(10); // ceil(9.9)
    expect(fastestCount(20)).toBe(18); // ceil(18.0)
    expect(fastestCount(21)).toBe(19); // ceil(18.9)
  });

  it('averages the fastest 9 of 10 responses, leaving the slowest out', () => {
    // 10, 1, 9, 2, …: 1..10 hours in any order. Fastest 9 = 1..9 → 45 / 9 = 5 h; all ten → 55 / 10 = 5.5 h.
    const hours = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(fastestShareMean(hours)).toBe(5);
    expect(mean(hours)).toBe(5.5);
    // With 5 responses ceil(4.5) = 5 keeps them all: 1 + 2 + 3 + 5 + 30 = 41 → 8.2.
    expect(fastestShareMean([30, 1, 2, 3, 5])).toBeCloseTo(8.2, 10);
  });
});

describe('summarize', () => {
  // Default settings: 24 h limit, 4 h for questions and complaints, business hours off.
  const data = [
    answered(40, 1), // 1 h: within 24 h limit, within 24 h
    answered(50, 3, { priority: 1, priorityReasons: ['question'] }), // 3 h ≤ 4 h priority limit
    answered(60, 5, { priority: 1, priorityReasons: ['complaint'] }), // 5 h > 4 h priority limit, but within 24 h
    answered(100, 30), // 30 h: late on both counts
    comment({ postedAt: NOW - 20 * HOUR, status: 'wont-reply', answeredAt: NOW - 19 * HOUR }), // out of the rates
    comment({ postedAt: NOW - 2 * HOUR }), // pending, not overdue yet
    comment({ postedAt: NOW - 3 * DAY }), // pending, overdue (72 h > 24 h)
    comment({ postedAt: NOW - 5 * HOUR, status: 'own', authorIsPage: true }), // the page's own reply: ignored
    answered(10 * 24, 6), // posted 10 days ago: only in the 30-day period
    comment({ postedAt: NOW - 40 * DAY }), // pending for 40 days: outside both periods, yet waiting and overdue now
    answered(30, 2, { platform: 'linkedin', pageKey: pageB.key }), // page B, 2 h
  ];

  it('computes rates, times and counts for all pages over 7 days', () => {
    const s = summarize(input(data));
    // Received: 4 answered + won't-reply + 2 pending (page A) + 1 answered (page B) = 8; own and old ones excluded.
    expect(s.received).toBe(8);
    expect(s.wontReply).toBe(1);
    expect(s.answered).toBe(5);
    // Rates rest on 8 − 1 won't-reply = 7, less the one still waiting inside its limits (posted 2 h ago) = 6:
    // the 5 answered and the overdue 3-day one. Within limit: 1 h, 3 h (priority), 2 h (page B) = 3 → 3/6.
    expect(s.withinThreshold).toEqual({ within: 3, total: 6, rate: 3 / 6 });
    // Within 24 h: 1, 3, 5, 2 = 4 of the same 6 (the 3-day one has waited over 24 h) → 4/6.
    expect(s.within24h).toEqual({ within: 4, total: 6, rate: 4 / 6 });
    // Times 1, 2, 3, 5, 30 h: median 3 h; mean 41 / 5 = 8.2 h; fastest ceil(4.5) = 5 keeps all → 8.2 h.
    expect(s.medianResponse).toEqual({ calendarMs: 3 * HOUR, businessMs: null });
    expect(s.meanResponse.calendarMs).toBeCloseTo(8.2 * HOUR, 3);
    expect(s.fastest90Response.calendarMs).toBeCloseTo(8.2 * HOUR, 3);
    expect(s.fastest90Count).toBe(5);
    // Waiting now: the three pending ones, whenever posted; overdue: the 3-day and the 40-day ones.
    expect(s.pendingNow).toBe(3);
    expect(s.overdueNow).toBe(2);
    expect(s.estimated).toBe(0);
  });

  it('narrows to one page', () => {
    const s = summarize(input(data, { pageKey: pageA.key }));
    // Page B's 2 h answer leaves: 7 received, 6 considered, 5 decided (the 2 h-old pending one isn't late yet);
    // within limit 1 h and 3 h = 2/5, within 24 h 1, 3, 5 = 3/5.
    expect(s.received).toBe(7);
    expect(s.withinThreshold).toEqual({ within: 2, total: 5, rate: 2 / 5 });
    expect(s.within24h).toEqual({ within: 3, total: 5, rate: 3 / 5 });
    // Times 1, 3, 5, 30 h: median (3 + 5) / 2 = 4 h.
    expect(s.medianResponse.calendarMs).toBe(4 * HOUR);
    expect(summarize(input(data, { pageKey: pageB.key })).pendingNow).toBe(0);
  });

  it('reaches back 30 days when asked', () => {
    const s = summarize(input(data, { days: 30 }));
    // Adds the 10-day-old comment answered in 6 h: times 1, 2, 3, 5, 6, 30 → median (3 + 5) / 2 = 4 h, mean 47 / 6 h.
    expect(s.received).toBe(9);
    expect(s.answered).toBe(6);
    expect(s.medianResponse.calendarMs).toBe(4 * HOUR);
    expect(s.meanResponse.calendarMs).toBeCloseTo((47 / 6) * HOUR, 3);
    // + the 6 h one; decided: 6 answered + the overdue 3-day one = 7.
    expect(s.withinThreshold).toEqual({ within: 4, total: 7, rate: 4 / 7 });
  });

  it("leaves won't-reply comments out of the rates, however many there are", () => {
    const wontReply = Array.from({ length: 5 }, () => comment({ status: 'wont-reply', answeredAt: NOW }));
    const s = summarize(input([answered(5, 1), ...wontReply]));
    // 6 received − 5 won't-reply = 1, answered within the limit → 1/1 = 100 %.
    expect(s.wontReply).toBe(5);
    expect(s.withinThreshold).toEqual({ within: 1, total: 1, rate: 1 });
    expect(s.answered).toBe(1);
  });

  it('counts missed comments as a figure, and as not answered in both rates', () => {
    const missed = (agoHours: number) => comment({ postedAt: NOW - agoHours * HOUR, status: 'missed', missedAt: NOW - HOUR });
    const summary = summarize(input([answered(50, 1), answered(60, 2), missed(100), missed(120), missed(24 * 30)]));
    expect(summary.missed).toBe(2); // the 30-day-old one was posted before the 7-day period
    expect(summary.received).toBe(4);
    expect(summary.withinThreshold).toEqual({ within: 2, total: 4, rate: 0.5 });
    expect(summary.within24h).toEqual({ within: 2, total: 4, rate: 0.5 });
    // Not waiting: no longer nudging, so not in "Waiting now" either.
    expect(summary.pendingNow).toBe(0);
    expect(summarize(input([answered(50, 1)])).missed).toBe(0);
  });

  it('counts conversations waiting and overdue: a thread where several visitors wait counts once', () => {
    const opener = comment({ postedAt: NOW - 30 * HOUR });
    const inThread = { threadId: opener.id, parentId: opener.id };
    const s = summarize(
      input([opener, comment({ postedAt: NOW - 26 * HOUR, ...inThread }), comment({ postedAt: NOW - HOUR, ...inThread }), comment({ postedAt: NOW - 2 * HOUR })]),
    );
    expect(s.pendingNow).toBe(2);
    expect(s.overdueNow).toBe(1);
    // The rates still rest on comments: each visitor is owed an answer.
    expect(s.received).toBe(4);
  });

  it('drops the slowest response from the fastest-90 % average once there are 10', () => {
    const s = summarize(input([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((h) => answered(48, h))));
    // Fastest 9 of 10: (1 + … + 9) / 9 = 5 h; all 10: 55 / 10 = 5.5 h; median (5 + 6) / 2 = 5.5 h.
    expect(s.fastest90Count).toBe(9);
    expect(s.fastest90Response.calendarMs).toBe(5 * HOUR);
    expect(s.meanResponse.calendarMs).toBe(5.5 * HOUR);
    expect(s.medianResponse.calendarMs).toBe(5.5 * HOUR);
  });

  it('gives no number, not zero or NaN, for an empty period', () => {
    const s = summarize(input([answered(20 * 24, 1)])); // only a comment from 20 days ago
    expect(s.received).toBe(0);
    expect(s.withinThreshold).toEqual({ within: 0, total: 0, rate: null });
    expect(s.within24h.rate).toBeNull();
    expect(s.medianResponse).toEqual({ calendarMs: null, businessMs: null });
    expect(s.meanResponse.calendarMs).toBeNull();
    expect(s.fastest90Response.calendarMs).toBeNull();
    expect(s.fastest90Count).toBe(0);
  });

  it("uses each page's own limit", () => {
    const strict = { ...pageA, thresholdHours: 2 };
    const s = summarize(input([answered(10, 3)], { pages: [strict, pageB] }));
    expect(s.withinThreshold.within).toBe(0); // 3 h > 2 h
    expect(s.within24h.within).toBe(1);
  });

  it('counts answers measured from "first seen" as estimated', () => {
    const s = summarize(input([answered(10, 1, { postedAtSource: 'first-seen' }), answered(10, 2, { postedAtSource: 'relative' }), answered(10, 3)]));
    expect(s.answered).toBe(3);
    expect(s.estimated).toBe(1);
  });
});

describe('business hours', () => {
  const nineToFive: Settings = {
    ...DEFAULT_SETTINGS,
    businessHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  };
  const friday4pm = new TZDate(2026, 4, 15, 16, 0, NY).getTime(); // Friday 15 May 2026
  const monday10am = new TZDate(2026, 4, 18, 10, 0, NY).getTime(); // Monday 18 May 2026
  const weekend = comment({ postedAt: friday4pm, status: 'answered', answeredBy: 'page', answeredAt: monday10am });

  it('measures Friday 16:00 → Monday 10:00 as 2 business hours (1 on Friday, 1 on Monday) and 66 clock hours', () => {
    expect(responseTime(weekend, nineToFive, NY)).toEqual({ calendarMs: 66 * HOUR, countedMs: 2 * HOUR, estimated: false });
    expect(responseTime(weekend, DEFAULT_SETTINGS, NY)).toEqual({ calendarMs: 66 * HOUR, countedMs: 66 * HOUR, estimated: false });
  });

  it('judges the time limit in business hours but the 24 h rate on the clock', () => {
    const strict = { ...pageA, thresholdHours: 3 };
    const on = summarize(input([weekend], { pages: [strict], settings: nineToFive }));
    expect(on.withinThreshold.within).toBe(1); // 2 business hours ≤ 3
    expect(on.within24h.within).toBe(0); // 66 h > 24 h
    expect(on.medianResponse).toEqual({ calendarMs: 66 * HOUR, businessMs: 2 * HOUR });
    const off = summarize(input([weekend], { pages: [strict] }));
    expect(off.withinThreshold.within).toBe(0); // 66 h > 3 h
    expect(off.medianResponse.businessMs).toBeNull();
  });
});

describe('responseTime', () => {
  it('is null for comments not answered, and never negative', () => {
    expect(responseTime(comment(), DEFAULT_SETTINGS, NY)).toBeNull();
    expect(responseTime(comment({ status: 'wont-reply', answeredAt: NOW }), DEFAULT_SETTINGS, NY)).toBeNull();
    // A reply whose coarse label puts it a minute before the comment counts as immediate.
    expect(responseTime(answered(5, -1 / 60), DEFAULT_SETTINGS, NY)?.calendarMs).toBe(0);
  });
});

describe('dailySeries', () => {
  it('has a point for each local day the period touches, and its days add up to the period', () => {
    const period = periodEnding(NOW, 7);
    const data = [
      answered(1, 0.5), // today (Wed 20 May), 30 min
      answered(2, 1.5), // today, 90 min
      comment({ postedAt: NOW - 3 * HOUR }), // today, pending
      answered(26, 4), // Tue 19 May 13:00, 4 h
      comment({ postedAt: NOW - 7 * DAY + HOUR, status: 'wont-reply', answeredAt: NOW }), // Wed 13 May 16:00
      answered(8 * 24, 1), // before the period
    ];
    const points = dailySeries(data, period, DEFAULT_SETTINGS, NY);
    // 13 May 15:00 → 20 May 15:00 touches 13, 14, …, 20 May: 8 days, the first and last in part.
    expect(points).toHaveLength(8);
    expect(points[0]!.dayStart).toBe(new TZDate(2026, 4, 13, 0, 0, NY).getTime());
    expect(points[7]!.dayStart).toBe(new TZDate(2026, 4, 20, 0, 0, NY).getTime());
    expect(points.reduce((n, p) => n + p.received, 0)).toBe(summarize(input(data)).received);
    // Today: 3 received, 2 answered, median of 30 and 90 min = 60 min.
    expect(points[7]).toMatchObject({ received: 3, answered: 2, medianCalendarMs: HOUR, medianBusinessMs: null });
    expect(points[6]).toMatchObject({ received: 1, answered: 1, medianCalendarMs: 4 * HOUR });
    expect(points[0]).toMatchObject({ received: 1, answered: 0, medianCalendarMs: null });
    expect(points[3]).toMatchObject({ received: 0, answered: 0, medianCalendarMs: null });
  });

  it('keeps local midnights across a daylight-saving change', () => {
    // US clocks went forward on Sunday 8 March 2026: that day has 23 hours.
    const now = new TZDate(2026, 2, 10, 12, 0, NY).getTime();
    const points = dailySeries([], periodEnding(now, 7), DEFAULT_SETTINGS, NY);
    expect(points.map((p) => new TZDate(p.dayStart, NY).getHours())).toEqual(Array(8).fill(0));
    expect(points.map((p) => new TZDate(p.dayStart, NY).getDate())).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });
});