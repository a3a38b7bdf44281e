import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateBadge } from '../../utils/background/signals';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import type { ManagedPage } from '../../utils/model';
import { DUE_SOON_COLOR, OVERDUE_COLOR } from '../../utils/rules/badge';
import { storedComment } from './support/stored-comment';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 8, 29, 11, 15);
const FACEBOOK: ManagedPage = { key: 'facebook:61550000000001', platform: 'facebook', name: 'Acme Coffee', addedAt: NOW - 30 * 24 * HOUR } as ManagedPage;
const LINKEDIN: ManagedPage = { key: 'linkedin:acme-coffee', platform: 'linkedin', name: 'Acme Coffee', addedAt: NOW - 30 * 24 * HOUR } as ManagedPage;

let db: ReplyRadarDb;

/** `count` one-comment conversations on `page`, each already overdue or only due soon, as the clock would have stored them. */
function conversations(page: ManagedPage, count: number, state: 'overdue' | 'due-soon', from = 0) {
  return Array.from({ length: count }, (_, i) => {
    const id = `${state === 'overdue' ? 1 : 2}${String(from + i).padStart(7, '0')}`;
    const postedAt = NOW - (state === 'overdue' ? 30 : 20) * HOUR - i;
    return storedComment({
      key: `${page.platform}:${id}`, platform: page.platform, id, pageKey: page.key, postedAt,
      convOverdueAt: postedAt + 24 * HOUR, convDueSoonAt: postedAt + 18 * HOUR, convWaitFrom: postedAt, convSize: 1,
    });
  });
}

async function badge() {
  await updateBadge(db, NOW);
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

beforeEach(async () => {
  db = openDatabase(`badge-counts-${Math.random()}`);
  await db.pages.bulkPut([FACEBOOK, LINKEDIN]);
});

describe('the badge counts', () => {
  it('are exact for a small pile: overdue in red, what is only due soon beside it in the title', async () => {
    await db.comments.bulkPut([...conversations(FACEBOOK, 3, 'overdue'), ...conversations(FACEBOOK, 2, 'due-soon'), ...conversations(LINKEDIN, 1, 'due-soon')]);
    expect(await badge()).toEqual({
      text: '3',
      color: rgb(OVERDUE_COLOR),
      title: 'Reply Radar — Acme Coffee (Facebook): 3 overdue, 2 due soon; Acme Coffee (LinkedIn): 1 due soon',
    });
  });

  it('are exact just under the cap, and amber when nothing is overdue', async () => {
    await db.comments.bulkPut(conversations(LINKEDIN, 999, 'due-soon'));
    expect(await badge()).toEqual({ text: '999', color: rgb(DUE_SOON_COLOR), title: 'Reply Radar — Acme Coffee (LinkedIn): 999 due soon' });
  });

  it('say "999+" for a huge pile, on the badge and for each page in the title', async () => {
    await db.comments.bulkPut([...conversations(FACEBOOK, 2_500, 'overdue'), ...conversations(LINKEDIN, 1_000, 'overdue'), ...conversations(LINKEDIN, 4, 'due-soon')]);
    expect(await badge()).toEqual({
      text: '999+',
      color: rgb(OVERDUE_COLOR),
      title: 'Reply Radar — Acme Coffee (Facebook): 999+ overdue; Acme Coffee (LinkedIn): 999+ overdue',
    });
  });

  it('add up pages on the badge: two pages under the cap each can show "999+" together', async () => {
    await db.comments.bulkPut([...conversations(FACEBOOK, 600, 'overdue'), ...conversations(LINKEDIN, 500, 'overdue')]);
    expect(await badge()).toMatchObject({ text: '999+', title: 'Reply Radar — Acme Coffee (Facebook): 600 overdue; Acme Coffee (LinkedIn): 500 overdue' });
  });

  it('say caught up when nothing waits', async () => {
    expect(await badge()).toMatchObject({ text: '', title: expect.not.stringContaining('overdue') });
  });
});
