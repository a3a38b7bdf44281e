import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { conversationUpdates, viewConversation } from '../../utils/rules/conversation';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { storedComment } from './support/stored-comment';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NY = 'America/New_York';
const NOW = new TZDate(2026, 4, 12, 14, 0, NY).getTime(); // Tuesday 14:00 in New York
const page: ManagedPage = { key: 'facebook:acme', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acme', thresholdHours: null, addedAt: 0 };

/** A comment in thread "t1", posted `hoursAgo`; id "t1" is the opener. */
function inThread(id: string, hoursAgo: number, over: Partial<StoredComment> = {}): StoredComment {
  return storedComment({
    key: `facebook:${id}`,
    platform: 'facebook',
    id,
    pageKey: page.key,
    threadId: 't1',
    parentId: id === 't1' ? null : 't1',
    authorName: `Author of ${id}`,
    postedAt: NOW - hoursAgo * HOUR,
    ...over,
  });
}

/** The thread after its conversation was worked out, as it would be stored. */
function stored(thread: StoredComment[], settings: Settings = DEFAULT_SETTINGS): StoredComment[] {
  const updates = new Map(conversationUpdates(thread, page, settings, NY).map((c) => [c.key, c]));
  return thread.map((c) => updates.get(c.key) ?? c);
}

const leadsOf = (thread: StoredComment[]) => thread.filter((c) => c.convOverdueAt !== undefined);

describe('conversation due times', () => {
  it('puts one conversation on the earliest waiting comment, due when its first comment is', () => {
    const thread = stored([inThread('r2', 1), inThread('t1', 10), inThread('r1', 5, { priority: 1, priorityReasons: ['question'] })]);
    const [lead, ...others] = leadsOf(thread);
    expect(others).toEqual([]);
    expect(lead!.key).toBe('facebook:t1');
    // The question posted 5 h ago is due after 4 h, before the opener's 24 h.
    expect(lead!.convOverdueAt).toBe(NOW - 5 * HOUR + 4 * HOUR);
    expect(lead!.convDueSoonAt).toBe(NOW - 5 * HOUR + 3 * HOUR);
    expect(lead!.convSize).toBe(3);
    expect(lead!.convWaitFrom).toBe(0);
    expect(lead!.convNotifyAt).toBe(lead!.convOverdueAt);
  });

  it('reopens in the same thread when a visitor answers back after the page', () => {
    const thread = stored([
      inThread('t1', 30, { status: 'answered', answeredBy: 'page', answeredAt: NOW - 20 * HOUR }),
      inThread('p1', 20, { status: 'own', authorIsPage: true }),
      inThread('r1', 2),
    ]);
    expect(leadsOf(thread).map((c) => c.key)).toEqual(['facebook:r1']);
    expect(leadsOf(thread)[0]!.convOverdueAt).toBe(NOW - 2 * HOUR + 24 * HOUR);
  });

  it('moves the fields when the lead is answered, and clears them when nothing waits', () => {
    let thread = stored([inThread('t1', 10), inThread('r1', 5)]);
    thread = stored(thread.map((c) => (c.key === 'facebook:t1' ? { ...c, status: 'answered', answeredBy: 'user' } : c)));
    expect(leadsOf(thread).map((c) => c.key)).toEqual(['facebook:r1']);
    expect(thread.find((c) => c.key === 'facebook:t1')).not.toHaveProperty('convOverdueAt');
    thread = stored(thread.map((c) => ({ ...c, status: 'wont-reply' })));
    expect(leadsOf(thread)).toEqual([]);
    expect(thread.some((c) => 'convSize' in c)).toBe(false);
  });

  it('changes nothing that is already right', () => {
    const thread = stored([inThread('t1', 10), inThread('r1', 5)]);
    expect(conversationUpdates(thread, page, DEFAULT_SETTINGS, NY)).toEqual([]);
  });

  it('waits for the end of a snooze: a fully snoozed conversation is due no earlier', () => {
    const until = NOW + 2 * HOUR;
    const [lead] = leadsOf(stored([inThread('t1', 30, { snoozedUntil: until, notifiedAt: NOW - 5 * HOUR }), inThread('r1', 29, { snoozedUntil: NOW + 3 * HOUR })]));
    expect(lead!.convWaitFrom).toBe(until);
    expect(lead!.convOverdueAt).toBe(until);
    // Told before the snooze, so told once more when it runs out.
    expect(lead!.convNotifyAt).toBe(until);
  });

  it('keeps a conversation waiting while only some of it is snoozed', () => {
    const [lead] = leadsOf(stored([inThread('t1', 30, { snoozedUntil: NOW + HOUR }), inThread('r1', 2)]));
    expect(lead!.convWaitFrom).toBe(0);
    expect(lead!.convOverdueAt).toBe(NOW + HOUR); // the opener, once its snooze ends: before the reply's own 22 h
  });

  it('needs no notification once told, until a new comment is due', () => {
    const told = stored([inThread('t1', 30, { notifiedAt: NOW - HOUR })]);
    expect(leadsOf(told)[0]).not.toHaveProperty('convNotifyAt');
    const [lead] = leadsOf(stored([...told, inThread('r1', 1)]));
    expect(lead!.convNotifyAt).toBe(NOW - HOUR + 24 * HOUR);
  });

  it('counts only business hours when they are on', () => {
    const businessHours: Settings = {
      ...DEFAULT_SETTINGS,
      defaultThresholdHours: 0.5,
      businessHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
    };
    const friday = new TZDate(2026, 4, 8, 16, 45, NY).getTime();
    const [lead] = leadsOf(stored([inThread('t1', 0, { postedAt: friday })], businessHours));
    expect(lead!.convOverdueAt).toBe(new TZDate(2026, 4, 11, 9, 15, NY).getTime()); // Monday 9:15
  });
});

describe('viewConversation', () => {
  it('shows the first comment waiting, the rest behind it, and the urgency of the most urgent', () => {
    const view = viewConversation(
      [inThread('r1', 5, { priority: 1, priorityReasons: ['question'] }), inThread('t1', 10), inThread('r2', 1), inThread('p1', 4, { status: 'own' })],
      page,
      DEFAULT_SETTINGS,
      NOW,
      NY,
    )!;
    expect(view.key).toBe('facebook:t1');
    expect(view.first.key).toBe('facebook:t1');
    expect(view.waiting.map((c) => c.key)).toEqual(['facebook:t1', 'facebook:r1', 'facebook:r2']);
    expect(view.urgent.comment.key).toBe('facebook:r1');
    expect(view.urgent.assessment.severity).toBe('overdue');
  });

  it('starts from the earliest comment not snoozed, and is nothing when all are', () => {
    const view = viewConversation([inThread('t1', 10, { snoozedUntil: NOW + HOUR }), inThread('r1', 5)], page, DEFAULT_SETTINGS, NOW, NY)!;
    expect(view.first.key).toBe('facebook:r1');
    expect(view.snoozed.map((c) => c.key)).toEqual(['facebook:t1']);
    expect(viewConversation([inThread('t1', 10, { snoozedUntil: NOW + HOUR })], page, DEFAULT_SETTINGS, NOW, NY)).toBeNull();
  });
});
