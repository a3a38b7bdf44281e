import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { runCommand } from '../../utils/background/commands';
import { db } from '../../utils/db/database';
import { localTimeZone } from '../../utils/rules';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { CommandMessage } from '../../utils/messaging/protocol';
import type { ManagedPage, PageRef, StoredComment } from '../../utils/model';
import { storedComment } from './support/stored-comment';
import { storeComments } from './support/store';

const NOW = Date.UTC(2025, 2, 12, 15, 0);
const HOUR = 3_600_000;

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
  const postedAt = NOW - hoursAgo * HOUR;
  return storedComment({
    key: `facebook:${id}`,
    platform: 'facebook',
    id,
    pageKey: page.key,
    postUrl: 'https://www.facebook.com/acmecoffee/posts/1',
    permalink: `https://www.facebook.com/acmecoffee/posts/1?comment_id=${id}`,
    authorName,
    text: `A comment from ${authorName}`,
    postedAt,
    ...overrides,
  });
}

/**
 * Stands in for the background: records each command and runs the comment
 * actions through the background's own command code, so the list reacts.
 */
function fakeBackground(reply?: (message: CommandMessage) => { ok: boolean; error?: string } | undefined) {
  const sent: CommandMessage[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    const message = raw as CommandMessage;
    sent.push(message);
    const custom = reply?.(message);
    if (custom) return custom;
    if (message.type === 'comment-action' || message.type === 'comments-action') {
      return runCommand(db, message, Date.now(), { settings: DEFAULT_SETTINGS, timeZone: localTimeZone() });
    }
    return { ok: true };
  });
  return sent;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.pages.add(page);
  await storeComments([comment('1', 'Jane Doe', 30), comment('2', 'Bob Stone', 20), comment('3', 'Cy Young', 2)]);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The fake browser has no notion of an active tab; give the popup one. */
function showActiveTab(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, index: 0, url, active: true } as Browser.tabs.Tab]);
}

const rows = () => within(screen.getByRole('list', { name: /waiting for a reply/i })).getAllByRole('listitem');

describe('popup actions', () => {
  it('marks a comment replied, removes it from Waiting, and undoes it from the toast', async () => {
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);
    await user.click(await screen.findByRole('button', { name: "Mark replied: Jane Doe's comment" }));
    expect(sent).toContainEqual({ type: 'comment-action', key: 'facebook:1', action: 'mark-replied' });
    await waitFor(() => expect(screen.queryByText('Jane Doe')).toBeNull());
    expect(screen.getByRole('status').textContent).toContain("Marked Jane Doe's comment replied.");

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(sent.at(-1)).toEqual({ type: 'comment-action', key: 'facebook:1', action: 'undo' });
    await screen.findByText('Jane Doe');
    expect(screen.getByRole('status').textContent).toContain('Undone.');
  });

  it('snoozes for one hour from now', async () => {
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);
    await user.click(await screen.findByRole('button', { name: "Snooze Bob Stone's comment" }));
    const menu = screen.getByRole('menu', { name: "Snooze Bob Stone's comment until" });
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      '1 hour',
      '3 hours',
      'Tomorrow 9:00 AM',
      'Pick a time…',
    ]);
    await user.click(within(menu).getByRole('menuitem', { name: '1 hour' }));
    expect(sent).toContainEqual({ type: 'comment-action', key: 'facebook:2', action: 'snooze', until: NOW + HOUR });
    await waitFor(() => expect(screen.queryByText('Bob Stone')).toBeNull());
    await user.click(screen.getByRole('tab', { name: /Snoozed/ }));
    expect(await screen.findByText('Bob Stone')).toBeTruthy();
  });

  it('snoozes until a picked time, refusing a time in the past', async () => {
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);
    await user.click(await screen.findByRole('button', { name: "Snooze Cy Young's comment" }));
    await user.click(screen.getByRole('menuitem', { name: 'Pick a time…' }));
    const input = screen.getByLabelText('Snooze until');
    fireEvent.change(input, { target: { value: '2020-01-01T09:00' } });
    await user.click(screen.getByRole('button', { name: "Snooze Cy Young's comment until this time" }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a time in the future.');
    expect(sent.filter((message) => message.type === 'comment-action')).toEqual([]);

    fireEvent.change(input, { target: { value: '2025-03-20T09:30' } });
    await user.click(screen.getByRole('button', { name: "Snooze Cy Young's comment until this time" }));
    // datetime-local values are wall-clock time where the user is.
    expect(sent).toContainEqual({ type: 'comment-action', key: 'facebook:3', action: 'snooze', until: new Date(2025, 2, 20, 9, 30).getTime() });
  });

  it("sets a comment to won't reply and opens one through the background", async () => {
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);
    await user.click(await screen.findByRole('button', { name: "Won't reply to Cy Young's comment" }));
    expect(sent).toContainEqual({ type: 'comment-action', key: 'facebook:3', action: 'wont-reply' });
    await user.click(screen.getByRole('link', { name: "Open Jane Doe's comment on Facebook" }));
    expect(sent).toContainEqual({ type: 'open-comment', key: 'facebook:1' });
  });

  it('unsnoozes from the Snoozed tab and undoes from the Done tab', async () => {
    const user = userEvent.setup();
    await storeComments([
      comment('4', 'Sid Snoozed', 5, { snoozedUntil: NOW + 3 * HOUR }),
      comment('5', 'Dora Done', 5, {
        status: 'answered',
        answeredBy: 'user',
        answeredAt: NOW - HOUR,
        undo: { status: 'pending', answeredBy: null, answeredAt: null, snoozedUntil: null },
      }),
    ]);
    const sent = fakeBackground();
    render(<Popup />);
    await user.click(await screen.findByRole('tab', { name: /Snoozed/ }));
    await user.click(screen.getByRole('button', { name: "Unsnooze Sid Snoozed's comment" }));
    expect(sent).toContainEqual({ type: 'comment-action', key: 'facebook:4', action: 'unsnooze' });
    await user.click(screen.getByRole('tab', { name: /Done/ }));
    await user.click(screen.getByRole('button', { name: "Undo, move Dora Done's comment back to Waiting" }));
    expect(sent).toContainEqual({ type: 'comment-action', key: 'facebook:5', action: 'undo' });
    await user.click(screen.getByRole('tab', { name: /Waiting/ }));
    await waitFor(() => expect(rows().map((row) => row.querySelector('.author')?.textContent)).toContain('Dora Done'));
    expect(rows().map((row) => row.querySelector('.author')?.textContent)).toContain('Sid Snoozed');
  });

  it('shows the background’s error as an alert and keeps the comment', async () => {
    const user = userEvent.setup();
    fakeBackground(() => ({ ok: false, error: 'Reply Radar could not save this change. Try again.' }));
    render(<Popup />);
    await user.click(await screen.findByRole('button', { name: "Mark replied: Jane Doe's comment" }));
    expect((await screen.findByRole('alert')).textContent).toContain('Reply Radar could not save this change. Try again.');
    expect(screen.getByText('Jane Doe')).toBeTruthy();
  });

  it('moves between rows with the arrow keys and reaches every action with Tab and Enter', async () => {
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);
    await screen.findByText('Jane Doe');
    const [first, second, third] = rows();
    // Roving focus: one row in the Tab order.
    expect(rows().map((row) => row.tabIndex)).toEqual([0, -1, -1]);

    act(() => first!.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(third);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(first);
    expect(rows().map((row) => row.tabIndex)).toEqual([0, -1, -1]);

    // Into the row: its selection box, Open, then Mark replied, activated with Enter.
    await user.tab();
    expect(document.activeElement).toBe(within(first!).getByRole('checkbox', { name: "Select Jane Doe's conversation" }));
    await user.tab();
    expect(document.activeElement).toBe(within(first!).getByRole('link', { name: "Open Jane Doe's comment on Facebook" }));
    await user.tab();
    expect(document.activeElement).toBe(within(first!).getByRole('button', { name: "Mark replied: Jane Doe's comment" }));
    // Arrows from a button inside a row move to the next row too.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{ArrowUp}');
    await user.tab();
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(sent).toContainEqual({ type: 'comment-action', key: 'facebook:1', action: 'mark-replied' });
    // The answered row leaves; focus lands on the row that took its place.
    await waitFor(() => expect(screen.queryByText('Jane Doe')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(rows()[0]));
    expect(rows()[0]!.textContent).toContain('Bob Stone');
  });

  it('opens the snooze menu from the keyboard and closes it with Escape', async () => {
    const user = userEvent.setup();
    const sent = fakeBackground();
    render(<Popup />);
    const snooze = await screen.findByRole('button', { name: "Snooze Jane Doe's comment" });
    act(() => snooze.focus());
    await user.keyboard('{Enter}');
    expect(snooze.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent).toBe('1 hour');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('3 hours');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(snooze);
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(sent).toContainEqual({ type: 'comment-action', key: 'facebook:1', action: 'snooze', until: NOW + 3 * HOUR });
  });

  it('offers to track the page in the active tab when it is not managed yet', async () => {
    const user = userEvent.setup();
    const sent = fakeBackground();
    showActiveTab('https://www.linkedin.com/company/acme-coffee/posts/');
    const shown: PageRef = { platform: 'linkedin', name: 'Acme Coffee Co.', url: 'https://www.linkedin.com/company/acme-coffee/', slug: 'acme-coffee' };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(shown);
    render(<Popup />);
    await user.click(await screen.findByRole('button', { name: 'Track this page' }));
    expect(sent).toContainEqual({ type: 'add-page', address: 'https://www.linkedin.com/company/acme-coffee/', name: 'Acme Coffee Co.', nameFromPage: true });
    expect(await screen.findByText(/Now tracking Acme Coffee Co\./)).toBeTruthy();
  });

  it('does not offer to track a page that is already managed', async () => {
    showActiveTab('https://www.facebook.com/AcmeCoffee/posts/1');
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/AcmeCoffee' } satisfies PageRef);
    render(<Popup />);
    await screen.findByText('Jane Doe');
    await waitFor(() => expect(sendMessage).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.queryByRole('button', { name: 'Track this page' })).toBeNull();
  });

  it('shows a thread with several waiting visitors as one row, settles it in one click, and Undo restores each', async () => {
    const user = userEvent.setup();
    const inThread = { threadId: '10', parentId: '10' };
    await storeComments([
      comment('10', 'Olga Opener', 31, { threadId: '10' }),
      comment('11', 'Sue Same', 26, inThread),
      comment('12', 'Tim Too', 25, inThread),
    ]);
    const sent = fakeBackground();
    render(<Popup />);
    const row = (await screen.findByText('Olga Opener')).closest('li')!;
    expect(rows().map((r) => r.querySelector('.author')?.textContent)).toEqual(['Olga Opener', 'Jane Doe', 'Bob Stone', 'Cy Young']);
    expect(within(row).getByText(/\+2 more waiting in this thread: Sue Same, Tim Too/)).toBeTruthy();
    expect(screen.queryByText('Sue Same')).toBeNull();

    await user.click(within(row).getByRole('button', { name: "Mark replied: Olga Opener's conversation, 3 comments" }));
    expect(sent).toContainEqual({ type: 'comments-action', keys: ['facebook:10', 'facebook:11', 'facebook:12'], action: 'mark-replied' });
    await waitFor(() => expect(screen.queryByText('Olga Opener')).toBeNull(), { timeout: 10_000 });
    expect(screen.getByRole('status').textContent).toContain("Marked Olga Opener's conversation replied (3 comments).");
    expect((await db.comments.bulkGet(['facebook:10', 'facebook:11', 'facebook:12'])).map((c) => c!.status)).toEqual(['answered', 'answered', 'answered']);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(sent.at(-1)).toEqual({ type: 'comments-action', keys: ['facebook:10', 'facebook:11', 'facebook:12'], action: 'undo' });
    await screen.findByText('Olga Opener');
    expect((await db.comments.bulkGet(['facebook:10', 'facebook:11', 'facebook:12'])).map((c) => c!.status)).toEqual(['pending', 'pending', 'pending']);
  });

  it('handles one comment of a conversation alone once expanded', async () => {
    const user = userEvent.setup();
    await storeComments([comment('10', 'Olga Opener', 30, { threadId: '10' }), comment('11', 'Sue Same', 26, { threadId: '10', parentId: '10' })]);
    const sent = fakeBackground();
    render(<Popup />);
    const row = (await screen.findByText('Olga Opener')).closest('li')!;
    await user.click(within(row).getByRole('button', { name: 'Show each' }));
    const members = within(row).getByRole('list', { name: "Comments waiting in Olga Opener's thread" });
    expect(within(members).getAllByRole('listitem').map((m) => m.querySelector('.author')?.textContent)).toEqual(['Olga Opener', 'Sue Same']);
    await user.click(within(members).getByRole('button', { name: "Won't reply to Olga Opener's comment" }));
    expect(sent).toContainEqual({ type: 'comment-action', key: 'facebook:10', action: 'wont-reply' });
    // What is left of the conversation is Sue's comment, now a row of its own.
    const authors = () => rows().map((r) => r.querySelector('.author')?.textContent);
    await waitFor(() => expect(authors()).toEqual(['Jane Doe', 'Sue Same', 'Bob Stone', 'Cy Young']), { timeout: 10_000 });
    expect(within(rows()[1]!).queryByText(/more waiting in this thread/)).toBeNull();
  });
});
