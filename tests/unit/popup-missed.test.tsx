// Missed comments in the popup: their own tab, still answerable, and Undo puts them back.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { runCommand } from '../../utils/background/commands';
import { db } from '../../utils/db/database';
import { localTimeZone } from '../../utils/rules';
import { DEFAULT_SETTINGS, settingsItem } from '../../utils/settings';
import type { CommandMessage } from '../../utils/messaging/protocol';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { storedComment } from './support/stored-comment';
import { storeComments } from './support/store';

const NOW = Date.UTC(2025, 2, 12, 15, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const page: ManagedPage = {
  key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee', thresholdHours: null, addedAt: NOW - 1_000 * HOUR,
};

const comment = (id: string, authorName: string, ago: number, extra: Partial<StoredComment> = {}) =>
  storedComment({
    key: `facebook:${id}`, platform: 'facebook', id, pageKey: page.key, postUrl: 'https://www.facebook.com/acmecoffee/posts/1',
    permalink: `https://www.facebook.com/acmecoffee/posts/1?comment_id=${id}`, authorName, text: `A comment from ${authorName}`, postedAt: NOW - ago, ...extra,
  });

function fakeBackground() {
  const sent: CommandMessage[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    const message = raw as CommandMessage;
    sent.push(message);
    return runCommand(db, message, Date.now(), { settings: DEFAULT_SETTINGS, timeZone: localTimeZone() });
  });
  return sent;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.pages.add(page);
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await settingsItem.setValue(DEFAULT_SETTINGS);
});

describe('the Missed tab', () => {
  it('is not there while the rule is off and nothing is missed', async () => {
    await storeComments([comment('1', 'Jane Doe', 2 * HOUR)]);
    render(<Popup />);
    await screen.findByText('Jane Doe');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent?.replace(/\d.*/, '').trim())).toEqual(['Waiting', 'Snoozed', 'Done']);
  });

  it('lists missed comments apart from Waiting; answering one moves it to Done, and Undo puts it back in Missed', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, missedRule: { enabled: true, days: 30 } });
    await storeComments([
      comment('1', 'Jane Doe', 2 * HOUR),
      comment('2', 'Old Olga', 40 * DAY, { status: 'missed', missedAt: NOW - 10 * DAY }),
    ]);
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);
    await screen.findByText('Jane Doe');
    expect(screen.queryByText('Old Olga')).toBeNull();

    const tab = await screen.findByRole('tab', { name: /^Missed/ });
    await waitFor(() => expect(tab.textContent).toBe('Missed 1'));
    await user.click(tab);
    const list = await screen.findByRole('list', { name: /longer than the Missed rule allows/ });
    const row = within(list).getByRole('listitem');
    expect(row.textContent).toContain('Old Olga');
    expect(row.textContent).toContain('Missed · waited 40 days');

    await user.click(within(row).getByRole('button', { name: "Mark replied: Old Olga's comment" }));
    expect(sent).toEqual([{ type: 'comment-action', key: 'facebook:2', action: 'mark-replied' }]);
    expect(await screen.findByText('Nothing is missed.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByText('Old Olga')).toBeTruthy());
    expect((await db.comments.get('facebook:2'))?.status).toBe('missed');
  });
});
