import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/popup/Popup';
import { startPopupReads } from '../../components/popup/early-reads';
import { FIRST_PAINT_ROWS } from '../../components/popup/RovingList';
import { db } from '../../utils/db/database';
import { earlySource } from '../../utils/db/early-source';
import { waitingConversations } from '../../utils/db/queries';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { storedComment } from './support/stored-comment';
import { storeComments } from './support/store';

// The popup's first screen is read before React starts (early-reads.ts), in few trips to IndexedDB.

const NOW = Date.UTC(2025, 2, 12, 15, 0);
const HOUR = 3_600_000;

const acme: ManagedPage = {
  key: 'facebook:acmecoffee',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee',
  thresholdHours: null,
  addedAt: NOW - 30 * 24 * HOUR,
};

let nextId = 1;
function comment(authorName: string, hoursAgo: number, overrides: Partial<StoredComment> = {}): StoredComment {
  const id = String(nextId++);
  return storedComment({ key: `facebook:${id}`, platform: 'facebook', id, pageKey: acme.key, postedAt: NOW - hoursAgo * HOUR, authorName, ...overrides });
}

function rowAuthors(): string[] {
  const list = screen.getByRole('list', { name: /waiting for a reply/i });
  return within(list)
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.author')?.textContent ?? '');
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.pages.add(acme);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the first screen of the waiting list', () => {
  it('skips snoozed conversations even when more of them come first than one read takes', async () => {
    // Snoozed for another hour after 30 h: due again in an hour, so they come before comments due in 22 h.
    const snoozed = Array.from({ length: 15 }, (_, i) => comment(`Snoozed ${i}`, 30, { snoozedUntil: NOW + HOUR }));
    const waiting = Array.from({ length: 14 }, (_, i) => comment(`Waiting ${String(i).padStart(2, '0')}`, 2 - i / 100));
    await storeComments([...snoozed, ...waiting]);
    for (const pageKeys of [null, [acme.key]]) {
      const page = await waitingConversations(NOW, FIRST_PAINT_ROWS, pageKeys);
      expect(page.threads.map(({ lead }) => lead.authorName)).toEqual(waiting.slice(0, FIRST_PAINT_ROWS).map((c) => c.authorName));
      expect(page.more).toBe(true);
    }
  });

  it('shows a conversation in its whole thread', async () => {
    const lead = comment('Vera Visitor', 30);
    const reply = comment('Vera Visitor', 29, { threadId: lead.id, parentId: lead.id, text: 'Anyone there?' });
    await storeComments([lead, reply, comment('Otto Other', 2)]);
    const page = await waitingConversations(NOW, FIRST_PAINT_ROWS, null);
    expect(page.threads.map(({ lead, thread }) => [lead.authorName, thread.length])).toEqual([
      ['Vera Visitor', 2],
      ['Otto Other', 1],
    ]);
  });

  it('shows what was read before React, and stays current as comments arrive', async () => {
    await storeComments([comment('Otto Oldest', 30), comment('Nora Newer', 25)]);
    render(<Popup early={startPopupReads()} />);
    await screen.findByText('Otto Oldest');
    expect(rowAuthors()).toEqual(['Otto Oldest', 'Nora Newer']);
    await act(() => storeComments(comment('Ada Arrived', 40)));
    await screen.findByText('Ada Arrived');
    expect(rowAuthors()).toEqual(['Ada Arrived', 'Otto Oldest', 'Nora Newer']);
  });
});

describe('a read started early', () => {
  it('hands its value to a late subscriber, stops when the last one leaves and starts again for a new one', () => {
    const stops: number[] = [];
    let starts = 0;
    let emit: (value: number) => void = () => {};
    const source = earlySource<number>((next) => {
      starts++;
      emit = next;
      return () => stops.push(starts);
    });
    expect(starts).toBe(1);
    emit(7);
    const seen: number[] = [];
    const first = source.subscribe((value) => seen.push(value));
    expect(source.getValue()).toBe(7);
    emit(8);
    first.unsubscribe();
    expect(stops).toEqual([1]);
    const again = source.subscribe((value) => seen.push(value));
    expect(starts).toBe(2);
    again.unsubscribe();
    expect(seen).toEqual([7, 8, 8]);
  });
});
