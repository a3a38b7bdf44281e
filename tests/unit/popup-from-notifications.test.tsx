import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { db } from '../../utils/db/database';
import type { ManagedPage } from '../../utils/model';
import { storedComment } from './support/stored-comment';
import { storeComments } from './support/store';

const NOW = Date.UTC(2026, 8, 29, 11, 15);
const HOUR = 3_600_000;
const POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Qx7&id=61550000000001';

const acme: ManagedPage = {
  key: 'facebook:61550000000001',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/profile.php?id=61550000000001',
  platformId: '61550000000001',
  thresholdHours: null,
  addedAt: NOW - 30 * 24 * HOUR,
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('popup: comments known from notifications', () => {
  it('lists them like any other, noted as from notifications until their post is read, and Open goes to the comment', async () => {
    await db.pages.add(acme);
    await storeComments([
      storedComment({
        key: 'facebook:1122334455667701', platform: 'facebook', id: '1122334455667701', pageKey: acme.key, postedAt: NOW - 30 * HOUR,
        authorName: 'Priya Shah', text: 'Do you still have the oat-milk pumpkin latte?', postUrl: POST, permalink: `${POST}&comment_id=1122334455667701`,
        postedAtSource: 'relative', fromNotification: true,
      }),
      storedComment({ key: 'facebook:2', platform: 'facebook', id: '2', pageKey: acme.key, postedAt: NOW - 2 * HOUR, authorName: 'Bob Lee', postUrl: POST }),
    ]);
    const opened = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    render(<Popup />);
    const row = (await screen.findByText('Priya Shah')).closest('li')!;
    expect(within(row).getByText(/From notifications/)).toBeTruthy();
    expect(within(row).getByText(/^Overdue/)).toBeTruthy();
    const other = screen.getByText('Bob Lee').closest('li')!;
    expect(within(other).queryByText(/From notifications/)).toBeNull();

    const open = within(row).getByRole('link', { name: /^Open/ });
    expect(open.getAttribute('href')).toBe(`${POST}&comment_id=1122334455667701`);
    await userEvent.setup().click(open);
    expect(opened).toHaveBeenCalledWith({ type: 'open-comment', key: 'facebook:1122334455667701' });
  });
});
