// The Missed rule: who is missed and when, who comes back, and that a page's answer still answers.
import { describe, expect, it } from 'vitest';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { fromMissed, isMissedAt, missedToWake, toMissed } from '../../utils/rules/missed';
import { resolveThread } from '../../utils/rules/thread';
import { storedComment } from './support/stored-comment';

const DAY = 24 * 3_600_000;
const NOW = Date.UTC(2026, 11, 5, 9, 0);
const on = { enabled: true, days: 30 };
const page: ManagedPage = {
  key: 'facebook:acme', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acme', slug: 'acme', thresholdHours: null, addedAt: 0,
};

const comment = (id: string, daysAgo: number, extra: Partial<StoredComment> = {}) =>
  storedComment({
    key: `facebook:${id}`, platform: 'facebook', id, pageKey: page.key, threadId: '1', parentId: id === '1' ? null : '1',
    authorName: `Visitor ${id}`, authorUrl: `https://www.facebook.com/visitor.${id}`, postedAt: NOW - daysAgo * DAY, ...extra,
  });

describe('the Missed rule', () => {
  it('is off by default: nothing is ever missed', () => {
    expect(isMissedAt(comment('1', 400), { enabled: false, days: 30 }, NOW)).toBe(false);
  });

  it('misses a comment waiting the rule’s days or longer, not one younger', () => {
    expect(isMissedAt(comment('1', 30), on, NOW)).toBe(true);
    expect(isMissedAt(comment('1', 29.9), on, NOW)).toBe(false);
    expect(isMissedAt(comment('1', 31), { enabled: true, days: 60 }, NOW)).toBe(false);
  });

  it('leaves alone what is answered, set aside, the page’s own, or snoozed right now', () => {
    for (const status of ['answered', 'wont-reply', 'own', 'missed'] as const) expect(isMissedAt(comment('1', 90, { status }), on, NOW)).toBe(false);
    expect(isMissedAt(comment('1', 90, { snoozedUntil: NOW + DAY }), on, NOW)).toBe(false);
    expect(isMissedAt(comment('1', 90, { snoozedUntil: NOW - DAY }), on, NOW)).toBe(true);
  });

  it('counts a comment brought back by its visitor from then, not from its posting', () => {
    const woken = comment('1', 90, { wokeAt: NOW - 10 * DAY });
    expect(isMissedAt(woken, on, NOW)).toBe(false);
    expect(isMissedAt(woken, on, NOW + 20 * DAY)).toBe(true);
  });

  it('moves to Missed and back keeping everything else, its Undo included', () => {
    const undo = { status: 'pending' as const, answeredBy: null, answeredAt: null, snoozedUntil: NOW - 40 * DAY };
    const before = comment('1', 90, { undo });
    const missed = toMissed(before, NOW);
    expect(missed).toEqual({ ...before, status: 'missed', missedAt: NOW });
    expect(fromMissed(missed, NOW + DAY)).toEqual({ ...before, status: 'pending', wokeAt: NOW + DAY });
  });

  it('wakes a missed comment when a visitor writes in its thread after it was missed', () => {
    const missed = toMissed(comment('1', 90), NOW - 5 * DAY);
    const again = comment('2', 1);
    expect(missedToWake([missed, again], [again])).toEqual(['facebook:1']);
    // Another thread, or an old comment only now scrolled into view, is not the visitor writing again.
    expect(missedToWake([missed], [comment('3', 1, { threadId: '9', parentId: '9' })])).toEqual([]);
    const old = comment('4', 60);
    expect(missedToWake([missed, old], [old])).toEqual([]);
    // Already seen before: not new.
    expect(missedToWake([missed, again], [])).toEqual([]);
  });

  it('keeps a missed comment missed when its thread is judged again, until the page answers it', () => {
    const missed = toMissed(comment('1', 90), NOW - DAY);
    expect(resolveThread([missed, comment('2', 80)], page, new Map(), NOW)).toEqual([]);
    const reply = comment('3', 0.5, { authorName: 'Acme Coffee', authorUrl: 'https://www.facebook.com/acme' });
    const [answered] = resolveThread([missed, reply], page, new Map(), NOW);
    expect(answered).toMatchObject({ key: 'facebook:1', status: 'answered', answeredBy: 'page' });
  });
});
