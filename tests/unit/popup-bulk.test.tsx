// Tools for the pile: tick several conversations and act on them at once, set aside everything waiting
// on one post or for more than 7 days, and take any of it back from the toast, each comment as it was.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { runCommand } from '../../utils/background/commands';
import { db } from '../../utils/db/database';
import { localTimeZone } from '../../utils/rules';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { CommandMessage } from '../../utils/messaging/protocol';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { storedComment } from './support/stored-comment';
import { storeComments } from './support/store';

const NOW = Date.UTC(2025, 2, 12, 15, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const POST_1 = 'https://www.facebook.com/acmecoffee/posts/1';
const POST_2 = 'https://www.facebook.com/acmecoffee/posts/2';

const page: ManagedPage = {
  key: 'facebook:acmecoffee',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee',
  thresholdHours: null,
  addedAt: NOW - 1_000 * HOUR,
};

function comment(id: string, authorName: string, hoursAgo: number, overrides: Partial<StoredComment> = {}): StoredComment {
  return storedComment({
    key: `facebook:${id}`,
    platform: 'facebook',
    id,
    pageKey: page.key,
    postUrl: POST_1,
    permalink: `${POST_1}?comment_id=${id}`,
    authorName,
    text: `A comment from ${authorName}`,
    postedAt: NOW - hoursAgo * HOUR,
    ...overrides,
  });
}

/** The background, as far as the popup can tell: each command recorded, and run by the background's own code. */
function fakeBackground() {
  const sent: CommandMessage[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    const message = raw as CommandMessage;
    sent.push(message);
    return runCommand(db, message, Date.now(), { settings: DEFAULT_SETTINGS, timeZone: localTimeZone() });
  });
  return sent;
}

const rows = () => within(screen.getByRole('list', { name: /waiting for a reply/i })).queryAllByRole('listitem');
const authorsShown = () => rows().map((row) => row.querySelector('.author')?.textContent);
const toast = () => document.querySelector('.toast-region')?.textContent ?? '';
const everything = async () => (await db.comments.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.pages.add(page);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('bulk actions in the popup', () => {
  it('ticks conversations from the keyboard, acts on them in one command, and Undo restores each comment exactly', async () => {
    await storeComments([
      comment('1', 'Jane Doe', 30),
      // Bob's thread has a second visitor waiting: ticking the row takes both.
      comment('2', 'Bob Stone', 20),
      comment('21', 'Dee Lane', 19, { parentId: '2', threadId: '2' }),
      comment('3', 'Cy Young', 2),
    ]);
    const before = await everything();
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);

    const jane = await screen.findByRole('checkbox', { name: "Select Jane Doe's conversation" });
    expect(screen.queryByRole('group', { name: 'Act on the selected conversations' })).toBeNull();
    jane.focus();
    await user.keyboard(' ');
    await user.click(screen.getByRole('checkbox', { name: "Select Bob Stone's conversation" }));
    const bar = screen.getByRole('group', { name: 'Act on the selected conversations' });
    expect(within(bar).getByText('2 conversations selected')).toBeTruthy();

    await user.click(within(bar).getByRole('button', { name: "Won't reply: the selected conversations" }));
    expect(sent.filter((m) => m.type !== 'open-comment')).toEqual([
      { type: 'comments-action', keys: ['facebook:1', 'facebook:2', 'facebook:21'], action: 'wont-reply' },
    ]);
    await waitFor(() => expect(authorsShown()).toEqual(['Cy Young']));
    expect(toast()).toContain("3 comments moved to Done (won't reply).");
    // The selection is spent: nothing stays ticked.
    expect(screen.queryByRole('group', { name: 'Act on the selected conversations' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(sent.at(-1)).toEqual({ type: 'comments-action', keys: ['facebook:1', 'facebook:2', 'facebook:21'], action: 'undo' });
    await waitFor(() => expect(authorsShown()).toEqual(['Jane Doe', 'Bob Stone', 'Cy Young']));
    expect(toast()).toContain('Undone.');
    expect(await everything()).toEqual(before);
  });

  it('selects all shown, snoozes them together, and says how many', async () => {
    await storeComments([comment('1', 'Jane Doe', 30), comment('2', 'Bob Stone', 20), comment('3', 'Cy Young', 2)]);
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);

    const all = await screen.findByRole('checkbox', { name: 'Select all shown (3)' });
    await user.click(all);
    expect(screen.getAllByRole('checkbox', { name: /^Select .+'s conversation$/ }).map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true]);
    await user.click(screen.getByRole('checkbox', { name: "Select Cy Young's conversation" }));
    expect((all as HTMLInputElement).indeterminate).toBe(true);
    expect(screen.getByText('2 conversations selected')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Snooze: the selected conversations' }));
    await user.click(within(screen.getByRole('menu', { name: 'Snooze the selected conversations until' })).getByRole('menuitem', { name: '3 hours' }));
    expect(sent).toContainEqual({ type: 'comments-action', keys: ['facebook:1', 'facebook:2'], action: 'snooze', until: NOW + 3 * HOUR });
    await waitFor(() => expect(authorsShown()).toEqual(['Cy Young']));
    expect(toast()).toMatch(/^Snoozed 2 comments until /);

    // Clear selection empties the bar without acting.
    await user.click(screen.getByRole('checkbox', { name: 'Select all shown (1)' }));
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect((screen.getByRole('checkbox', { name: "Select Cy Young's conversation" }) as HTMLInputElement).checked).toBe(false);
  });

  it("won't reply to all N waiting on one post, counted before acting, and Undo brings them back", async () => {
    await storeComments([
      comment('1', 'Jane Doe', 30),
      comment('2', 'Bob Stone', 20),
      comment('3', 'Cy Young', 2, { postUrl: POST_2, permalink: `${POST_2}?comment_id=3` }),
      // Snoozed on the same post: the user already decided about it, so it is left alone.
      comment('4', 'Ann Snooze', 10, { snoozedUntil: NOW + 5 * HOUR }),
    ]);
    const before = await everything();
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);

    await user.click(await screen.findByRole('button', { name: "Won't reply to all on this post… (where Jane Doe commented)" }));
    const confirm = await screen.findByRole('button', { name: "Won't reply to all 2 waiting on this post" });
    // Counting sent nothing: the count is read, the action waits for the second click.
    expect(sent).toEqual([]);
    await user.click(confirm);
    expect(sent).toEqual([
      { type: 'bulk-action', scope: { kind: 'post', pageKey: page.key, postUrl: POST_1 }, action: 'wont-reply' },
    ]);
    await waitFor(() => expect(authorsShown()).toEqual(['Cy Young']));
    expect(toast()).toContain("2 comments moved to Done (won't reply).");
    expect((await db.comments.get('facebook:4'))?.status).toBe('pending');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(sent.at(-1)).toEqual({ type: 'comments-action', keys: ['facebook:1', 'facebook:2'], action: 'undo' });
    await waitFor(() => expect(authorsShown()).toEqual(['Jane Doe', 'Bob Stone', 'Cy Young']));
    expect(await everything()).toEqual(before);
  });

  it("won't reply to everything waiting longer than 7 days, with the count shown first, and can cancel", async () => {
    await storeComments([
      comment('1', 'Old Olga', 10 * 24),
      comment('2', 'Older Otto', 30 * 24),
      comment('3', 'Fresh Fay', 3 * 24),
      comment('4', 'Snoozed Sam', 9 * 24, { snoozedUntil: NOW + DAY }),
    ]);
    const before = await everything();
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);

    const start = await screen.findByRole('button', { name: "Won't reply to all older than 7 days…" });
    await user.click(start);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(sent).toEqual([]);
    expect(authorsShown()).toEqual(['Older Otto', 'Old Olga', 'Fresh Fay']);

    await user.click(screen.getByRole('button', { name: "Won't reply to all older than 7 days…" }));
    await user.click(await screen.findByRole('button', { name: "Won't reply to all 2 waiting longer than 7 days" }));
    expect(sent).toEqual([{ type: 'bulk-action', scope: { kind: 'older-than', days: 7, pageKeys: null }, action: 'wont-reply' }]);
    await waitFor(() => expect(authorsShown()).toEqual(['Fresh Fay']));
    expect((await db.comments.get('facebook:4'))?.status).toBe('pending');

    // Ctrl+Z undoes it like the toast's button.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(authorsShown()).toEqual(['Older Otto', 'Old Olga', 'Fresh Fay']));
    expect(await everything()).toEqual(before);

    // Nothing that old any more: said so, and nothing to confirm.
    await storeComments([comment('1', 'Old Olga', 10 * 24, { status: 'answered', answeredBy: 'user', answeredAt: NOW }), comment('2', 'Older Otto', 30 * 24, { status: 'answered', answeredBy: 'user', answeredAt: NOW })]);
    await user.click(screen.getByRole('button', { name: "Won't reply to all older than 7 days…" }));
    expect(await screen.findByText('Nothing has waited longer than 7 days.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /waiting longer than/ })).toBeNull();
  });

  it('says it is at work while the background sets aside a large pile, with no Undo until it is done', async () => {
    await storeComments([comment('1', 'Old Olga', 10 * 24), comment('2', 'Older Otto', 30 * 24)]);
    const user = userEvent.setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
      await gate;
      return runCommand(db, raw as CommandMessage, Date.now(), { settings: DEFAULT_SETTINGS, timeZone: localTimeZone() });
    });
    render(<Popup />);
    await user.click(await screen.findByRole('button', { name: "Won't reply to all older than 7 days…" }));
    await user.click(await screen.findByRole('button', { name: "Won't reply to all 2 waiting longer than 7 days" }));
    await waitFor(() => expect(toast()).toContain('Working…'));
    expect(within(document.querySelector('.toast-region') as HTMLElement).queryByRole('button', { name: 'Undo' })).toBeNull();
    release();
    await waitFor(() => expect(toast()).toContain("2 comments moved to Done (won't reply)."));
  });
});
