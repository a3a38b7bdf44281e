import { TZDate } from '@date-fns/tz';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../utils/background/commands';
import { db } from '../../utils/db/database';
import { commentsInView, readInsightsTally } from '../../utils/db/insights';
import {
  dayIndex,
  overdueCutoff,
  periodDayStarts,
  periodEnding,
  summarizeTally,
  tallyComments,
  visitorCommentsIn,
  type AnsweredComment,
  type InsightsTally,
  type PeriodDays,
} from '../../utils/insights';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { assess, localTimeZone } from '../../utils/rules';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { random } from './support/random';
import { storedComment } from './support/stored-comment';
import { storeComments } from './support/store';

// Insights reads counts off the indexes instead of every comment (utils/db/insights.ts). Whatever is
// stored, the tally it reads must be the one worked out from the comments themselves (`tallyComments`,
// which the figures' own tests check by hand), so the figures are exactly those.

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const TZ = localTimeZone();
const NOW = new TZDate(2026, 4, 20, 15, 7, TZ).getTime() + 123; // Wednesday 20 May 2026, not on a round minute
/** Early in the day, so the cutoffs fall early in theirs too. */
const EARLY = new TZDate(2026, 4, 20, 3, 7, TZ).getTime() + 123;

const facebook: ManagedPage = {
  key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee', thresholdHours: null, addedAt: 0,
};
const linkedin: ManagedPage = {
  key: 'linkedin:acme-coffee', platform: 'linkedin', name: 'Acme Coffee', url: 'https://www.linkedin.com/company/acme-coffee/',
  slug: 'acme-coffee', thresholdHours: 6, addedAt: 0,
};
/** Comments kept from a page the user stopped tracking. */
const GONE = 'facebook:oldbakery';

const nineToFive: Settings = {
  ...DEFAULT_SETTINGS,
  priorityThresholdHours: 2,
  businessHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
};

let serial = 0;
function comment(pageKey: string, postedAt: number, over: Partial<StoredComment> = {}): StoredComment {
  serial += 1;
  const platform = pageKey.startsWith('linkedin') ? 'linkedin' : 'facebook';
  const id = String(serial);
  return storedComment({ key: `${platform}:${id}`, platform, id, pageKey, postedAt, ...over });
}

/** Every kind of comment, at random times over the last 40 days, some in threads, some snoozed. */
function randomComments(seed: number, count: number): StoredComment[] {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const comments: StoredComment[] = [];
  for (let i = 0; i < count; i++) {
    const pageKey = pick([facebook.key, facebook.key, linkedin.key, GONE]);
    const postedAt = NOW - Math.floor(next() * 40 * DAY) + (next() < 0.03 ? 2 * HOUR : 0); // a few stamped after now
    const status = pick(['pending', 'pending', 'pending', 'answered', 'answered', 'wont-reply', 'missed', 'own'] as const);
    const priority = next() < 0.35 ? 1 : 0;
    const over: Partial<StoredComment> = { status, priority, priorityReasons: priority ? ['question'] : [] };
    // Some join the thread of an earlier comment of the same page, so a conversation holds several.
    const earlier = comments.filter((c) => c.pageKey === pageKey);
    if (earlier.length > 0 && next() < 0.3) over.threadId = pick(earlier).threadId;
    if (status === 'answered') over.answeredAt = next() < 0.05 ? null : postedAt + Math.floor(next() * 3 * DAY) - (next() < 0.05 ? MIN : 0);
    if (status === 'answered') over.answeredBy = 'page';
    if (status === 'wont-reply') over.answeredAt = postedAt + HOUR;
    if (status === 'missed') over.missedAt = NOW - DAY;
    if (status === 'own') over.authorIsPage = true;
    if (status === 'pending' && next() < 0.2) over.snoozedUntil = NOW + (next() < 0.7 ? 1 : -1) * Math.floor(next() * 2 * DAY);
    comments.push(comment(pageKey, postedAt, over));
  }
  return comments;
}

/** Comments exactly on the edges the counts cut at: the period's start, midnights, 24 h, each time limit. */
function edgeComments(settings: Settings, days: PeriodDays, now = NOW): StoredComment[] {
  const period = periodEnding(now, days);
  const instants = [period.start, period.start - 1, period.start + 1, now - DAY, now - DAY - 1, now - DAY + 1, now, now + 1];
  for (const dayStart of periodDayStarts(period, TZ)) instants.push(dayStart - 1, dayStart, dayStart + 1);
  for (const page of [facebook, linkedin, undefined]) {
    for (const priority of [0, 1] as const) {
      const hours = priority === 1 ? Math.min(settings.priorityThresholdHours, page?.thresholdHours ?? settings.defaultThresholdHours) : page?.thresholdHours ?? settings.defaultThresholdHours;
      const cutoff = overdueCutoff(hours * HOUR, period, settings, TZ);
      instants.push(cutoff - 1, cutoff, cutoff + 1, now - hours * HOUR);
    }
  }
  return instants.flatMap((postedAt) =>
    [facebook.key, linkedin.key, GONE].flatMap((pageKey) => [
      comment(pageKey, postedAt, { priority: 1, priorityReasons: ['question'] }),
      comment(pageKey, postedAt),
      comment(pageKey, postedAt, { status: 'wont-reply', answeredAt: postedAt }),
      comment(pageKey, postedAt, { status: 'missed', missedAt: now }),
      comment(pageKey, postedAt, { status: 'answered', answeredBy: 'page', answeredAt: postedAt + HOUR }),
    ]),
  );
}

/** The answered comments in a stable order: the tally's order is not part of what it says. */
function comparable(tally: InsightsTally) {
  // Only what the figures read of each (the read takes it from the index keys, not the rows).
  const fields = ({ key, pageKey, status, priority, postedAt, postedAtSource, answeredAt }: AnsweredComment) => ({ key, pageKey, status, priority, postedAt, postedAtSource, answeredAt });
  return { ...tally, answered: tally.answered.map(fields).sort((a, b) => (a.key < b.key ? -1 : 1)) };
}

async function expectSameTally(settings: Settings, label: string, now = NOW) {
  const pages = await db.pages.toArray();
  const stored = await db.comments.toArray();
  for (const days of [7, 30] as const) {
    const period = periodEnding(now, days);
    for (const pageKey of [null, facebook.key, linkedin.key]) {
      const expected = tallyComments({ comments: stored, pages, settings, timeZone: TZ, period, pageKey });
      const read = await readInsightsTally({ pageKey, period, settings, timeZone: TZ });
      expect(comparable(read), `${label}, ${days} days, ${pageKey ?? 'all pages'}`).toEqual(comparable(expected));
      // The export holds exactly the comments the figures counted.
      const exported = await commentsInView(pageKey, period);
      const inView = visitorCommentsIn(pageKey === null ? stored : stored.filter((c) => c.pageKey === pageKey), period);
      expect(exported.map((c) => c.key).sort()).toEqual(inView.map((c) => c.key).sort());
      expect(summarizeTally(read, pages, settings, TZ).received).toBe(inView.length);
    }
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.pages.bulkAdd([facebook, linkedin]);
});

describe('Insights read off the indexes', () => {
  for (const [name, settings] of [
    ['default settings', DEFAULT_SETTINGS],
    ['business hours and a 2 h priority limit', nineToFive],
  ] as const) {
    it(`counts what the comments themselves give, with ${name}`, async () => {
      for (const seed of [1, 2, 3]) {
        await db.comments.clear();
        await storeComments(randomComments(seed, 400), settings);
        await expectSameTally(settings, `seed ${seed}`);
      }
    });

    it(`cuts at the same instants as the comments themselves, with ${name}`, async () => {
      await storeComments([...edgeComments(settings, 7), ...edgeComments(settings, 30)], settings);
      await expectSameTally(settings, 'edges');
      await db.comments.clear();
      await storeComments([...edgeComments(settings, 7, EARLY), ...edgeComments(settings, 30, EARLY)], settings);
      await expectSameTally(settings, 'edges, early in the day', EARLY);
    });
  }

  it('counts a conversation overdue through a snoozed comment, once, as the comments themselves do', async () => {
    const late = comment(facebook.key, NOW - 3 * DAY, { snoozedUntil: NOW + HOUR });
    const fresh = comment(facebook.key, NOW - HOUR, { threadId: late.threadId });
    const alone = comment(facebook.key, NOW - 3 * DAY, { snoozedUntil: NOW + DAY });
    await storeComments([late, fresh, alone, comment(linkedin.key, NOW - 2 * DAY)]);
    const period = periodEnding(NOW, 7);
    const read = await readInsightsTally({ pageKey: null, period, settings: DEFAULT_SETTINGS, timeZone: TZ });
    // Three conversations wait; the snoozed thread and the snoozed single comment are past their limit, so is LinkedIn's.
    expect(read).toMatchObject({ waiting: 3, overdue: 3 });
    expect((await readInsightsTally({ pageKey: facebook.key, period, settings: DEFAULT_SETTINGS, timeZone: TZ })).overdue).toBe(2);
  });

  it('leaves waiting comments of a page no longer tracked out of the conversations, and keeps them in the rates', async () => {
    await storeComments([comment(GONE, NOW - 3 * DAY), comment(GONE, NOW - HOUR), comment(facebook.key, NOW - 2 * DAY)]);
    const read = await readInsightsTally({ pageKey: null, period: periodEnding(NOW, 7), settings: DEFAULT_SETTINGS, timeZone: TZ });
    expect(read).toMatchObject({ waiting: 1, overdue: 1, pendingOverdue: 2, pendingOver24h: 2 });
  });
});

describe('Insights after the user answers and takes it back', () => {
  it('reads exactly the comments the user marked replied, and none once undone or set aside', async () => {
    const rules = { settings: DEFAULT_SETTINGS, timeZone: TZ };
    const waiting = [comment(facebook.key, NOW - 3 * HOUR), comment(facebook.key, NOW - 2 * HOUR), comment(linkedin.key, NOW - HOUR)];
    await storeComments(waiting);
    const answeredKeys = async () => {
      await expectSameTally(DEFAULT_SETTINGS, 'after the commands');
      const read = await readInsightsTally({ pageKey: null, period: periodEnding(NOW, 7), settings: DEFAULT_SETTINGS, timeZone: TZ });
      return read.answered.map((c) => [c.key, c.answeredAt]).sort();
    };
    const [first, second, third] = waiting.map((c) => c.key) as [string, string, string];
    await runCommand(db, { type: 'comments-action', keys: [first, third], action: 'mark-replied' }, NOW, rules);
    expect(await answeredKeys()).toEqual([[first, NOW], [third, NOW]].sort());
    await runCommand(db, { type: 'comment-action', key: first, action: 'undo' }, NOW, rules);
    expect(await answeredKeys()).toEqual([[third, NOW]]);
    await runCommand(db, { type: 'comment-action', key: third, action: 'wont-reply' }, NOW, rules);
    expect(await answeredKeys()).toEqual([]);
    await runCommand(db, { type: 'comment-action', key: second, action: 'mark-replied' }, NOW + MIN, rules);
    expect(await answeredKeys()).toEqual([[second, NOW + MIN]]);
  });
});

describe('the cutoff of a time limit', () => {
  it('is the last posting time assess judges overdue, with business hours on or off', () => {
    for (const settings of [DEFAULT_SETTINGS, nineToFive]) {
      for (const hours of [2, 4, 24, 72]) {
        const period = periodEnding(NOW, 30);
        const cutoff = overdueCutoff(hours * HOUR, period, settings, TZ);
        const page = { ...facebook, thresholdHours: hours };
        const overdue = (postedAt: number) => assess(comment(facebook.key, postedAt), page, settings, NOW, TZ).severity === 'overdue';
        expect(overdue(cutoff)).toBe(true);
        expect(overdue(cutoff + 1)).toBe(false);
      }
    }
  });

  it('lies before the period when nothing posted in it can be late yet', () => {
    const period = periodEnding(NOW, 7);
    expect(overdueCutoff(8 * DAY, period, DEFAULT_SETTINGS, TZ)).toBe(period.start - 1);
  });
});

describe('days of the period', () => {
  it('puts an instant in the day whose local midnight starts it', () => {
    const starts = periodDayStarts(periodEnding(NOW, 7), TZ);
    expect(starts).toHaveLength(9); // 8 days touched, and the midnight after the last
    expect(dayIndex(starts, starts[0]! + 1)).toBe(0);
    expect(dayIndex(starts, starts[3]!)).toBe(3);
    expect(dayIndex(starts, starts[3]! - 1)).toBe(2);
    expect(dayIndex(starts, NOW)).toBe(7);
  });
});
