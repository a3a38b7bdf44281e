// Which comments a bulk action reaches is a rule, decided here and nowhere else (the popup counts
// with it before acting, the background acts with it).
import { describe, expect, it } from 'vitest';
import { inBulkScope, olderThanCutoff, type BulkScope } from '../../utils/rules/bulk';
import { storedComment } from './support/stored-comment';

const NOW = Date.UTC(2026, 11, 5, 9, 0);
const DAY = 24 * 3_600_000;
const POST = 'https://www.facebook.com/acmecoffee/posts/1';
const tracked = new Set(['facebook:acme', 'facebook:beta']);

const comment = (id: string, daysAgo: number, extra: Parameters<typeof storedComment>[0] extends infer F ? Partial<F> : never = {}) =>
  storedComment({ key: `facebook:${id}`, platform: 'facebook', id, pageKey: 'facebook:acme', postUrl: POST, postedAt: NOW - daysAgo * DAY, ...extra });

const olderThan7: BulkScope = { kind: 'older-than', days: 7, pageKeys: null };
const post: BulkScope = { kind: 'post', pageKey: 'facebook:acme', postUrl: POST };

describe('bulk scope', () => {
  it('reaches what has waited 7 days or more, not what is younger', () => {
    expect(olderThanCutoff(NOW, 7)).toBe(NOW - 7 * DAY);
    expect(inBulkScope(comment('1', 7), olderThan7, tracked, NOW)).toBe(true);
    expect(inBulkScope(comment('2', 30), olderThan7, tracked, NOW)).toBe(true);
    expect(inBulkScope(comment('3', 6.9), olderThan7, tracked, NOW)).toBe(false);
  });

  it('leaves alone what is not waiting right now: answered, set aside, or snoozed', () => {
    expect(inBulkScope(comment('1', 10, { status: 'answered' }), olderThan7, tracked, NOW)).toBe(false);
    expect(inBulkScope(comment('2', 10, { status: 'wont-reply' }), olderThan7, tracked, NOW)).toBe(false);
    expect(inBulkScope(comment('3', 10, { status: 'own' }), olderThan7, tracked, NOW)).toBe(false);
    expect(inBulkScope(comment('4', 10, { snoozedUntil: NOW + DAY }), olderThan7, tracked, NOW)).toBe(false);
    // A snooze that has run out is waiting again.
    expect(inBulkScope(comment('5', 10, { snoozedUntil: NOW - 1 }), olderThan7, tracked, NOW)).toBe(true);
  });

  it('keeps to the pages the popup shows, and to tracked pages', () => {
    const beta = comment('1', 10, { pageKey: 'facebook:beta' });
    expect(inBulkScope(beta, { kind: 'older-than', days: 7, pageKeys: ['facebook:acme'] }, tracked, NOW)).toBe(false);
    expect(inBulkScope(beta, { kind: 'older-than', days: 7, pageKeys: ['facebook:beta'] }, tracked, NOW)).toBe(true);
    expect(inBulkScope(comment('2', 10, { pageKey: 'facebook:gone' }), olderThan7, tracked, NOW)).toBe(false);
  });

  it('reaches every comment waiting on one post, whatever its age, and no other post', () => {
    expect(inBulkScope(comment('1', 0.01), post, tracked, NOW)).toBe(true);
    expect(inBulkScope(comment('2', 40), post, tracked, NOW)).toBe(true);
    expect(inBulkScope(comment('3', 1, { postUrl: `${POST}0` }), post, tracked, NOW)).toBe(false);
    expect(inBulkScope(comment('4', 1, { postUrl: null }), post, tracked, NOW)).toBe(false);
    expect(inBulkScope(comment('5', 1, { pageKey: 'facebook:beta' }), post, tracked, NOW)).toBe(false);
  });
});
