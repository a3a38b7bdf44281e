import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { db } from '../../utils/db/database';
import type { ManagedPage, ParserHealth, StoredComment } from '../../utils/model';
import { storedComment } from './support/stored-comment';
import { storeComments } from './support/store';

const NOW = Date.UTC(2025, 2, 12, 15, 0); // a Wednesday afternoon
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const acmeFacebook: ManagedPage = {
  key: 'facebook:acmecoffee',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee',
  thresholdHours: null,
  addedAt: NOW - 30 * DAY,
};
const acmeLinkedIn: ManagedPage = {
  key: 'linkedin:acme-coffee',
  platform: 'linkedin',
  name: 'Acme Coffee Co.',
  url: 'https://www.linkedin.com/company/acme-coffee/',
  slug: 'acme-coffee',
  thresholdHours: null,
  addedAt: NOW - 30 * DAY,
};

let nextId = 1;
function comment(overrides: Partial<StoredComment> & { authorName: string; hoursAgo: number }): StoredComment {
  const { hoursAgo, ...rest } = overrides;
  const id = String(nextId++);
  const page = rest.pageKey === acmeLinkedIn.key ? acmeLinkedIn : acmeFacebook;
  const postedAt = NOW - hoursAgo * HOUR;
  return storedComment({
    key: `${page.platform}:${id}`,
    platform: page.platform,
    id,
    pageKey: page.key,
    postUrl: `https://${page.platform === 'facebook' ? 'www.facebook.com' : 'www.linkedin.com'}/posts/1`,
    permalink: `https://${page.platform === 'facebook' ? 'www.facebook.com' : 'www.linkedin.com'}/posts/1?comment_id=${id}`,
    text: 'Lovely coffee.',
    postedAt,
    ...rest,
  });
}

const question = { priority: 1 as const, priorityReasons: ['question' as const] };

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
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('popup list', () => {
  it('lists the most overdue first, then the next due: questions, due sooner, come up sooner', async () => {
    await db.pages.bulkAdd([acmeFacebook]);
    // Default thresholds: 24 h (due soon from 18 h), questions 4 h (due soon from 3 h).
    await storeComments([
      comment({ authorName: 'Olive Ok', hoursAgo: 2 }),
      comment({ authorName: 'Dan Duesoon', hoursAgo: 20 }),
      comment({ authorName: 'Nora Newer', hoursAgo: 25 }),
      comment({ authorName: 'Otto Oldest', hoursAgo: 30 }),
      comment({ authorName: 'Quinn Question', hoursAgo: 5.5, ...question }),
      comment({ authorName: 'Sam Soonquestion', hoursAgo: 3.5, ...question }),
      comment({ authorName: 'Olga Older', hoursAgo: 10 }),
    ]);
    render(<Popup />);
    await screen.findByText('Olive Ok');
    // Overdue since: Otto 6 h, Quinn (a question, 4 h limit) 1 h 30, Nora 1 h; then due in 30 min, 4 h, 14 h, 22 h.
    expect(rowAuthors()).toEqual([
      'Otto Oldest',
      'Quinn Question',
      'Nora Newer',
      'Sam Soonquestion',
      'Dan Duesoon',
      'Olga Older',
      'Olive Ok',
    ]);
  });

  it('shows the waited time with its severity in words, and the question tag', async () => {
    await db.pages.add(acmeFacebook);
    await storeComments([
      comment({ authorName: 'Otto Oldest', hoursAgo: 26 }),
      comment({ authorName: 'Quinn Question', hoursAgo: 1, ...question }),
    ]);
    render(<Popup />);
    const overdueRow = (await screen.findByText('Otto Oldest')).closest('li')!;
    expect(within(overdueRow).getByText(/Overdue/).closest('.waited')?.textContent).toBe('Overdue · 26 hr');
    expect(within(overdueRow).getByText('Acme Coffee · Facebook')).toBeTruthy();
    const questionRow = screen.getByText('Quinn Question').closest('li')!;
    expect(within(questionRow).getByText('Question')).toBeTruthy();
    expect(within(questionRow).queryByText(/Overdue|Due soon/)).toBeNull();
  });

  it('never shows a page as a bare number: a page known only by its number reads as one, a learned name replaces it', async () => {
    const byNumber: ManagedPage = { ...acmeFacebook, name: '61550000000001', platformId: '61550000000001', url: 'https://www.facebook.com/profile.php?id=61550000000001' };
    delete byNumber.slug;
    await db.pages.bulkAdd([byNumber, acmeLinkedIn]);
    await storeComments([comment({ authorName: 'Otto Oldest', hoursAgo: 26 })]);
    render(<Popup />);
    const row = (await screen.findByText('Otto Oldest')).closest('li')!;
    expect(within(row).getByText('Facebook page 6155…0001 · Facebook')).toBeTruthy();
    expect(screen.getByRole('option', { name: /^Facebook page 6155…0001/ })).toBeTruthy();
    expect(screen.queryByText(/(^|\s)61550000000001/)).toBeNull();

    await act(() => db.pages.update(byNumber.key, { name: 'Acme Coffee', nameSource: 'page', learnedName: 'Acme Coffee' }));
    expect(await within(row).findByText('Acme Coffee · Facebook')).toBeTruthy();
  });

  it('filters by platform, by page with counts, and searches author and text', async () => {
    const user = userEvent.setup();
    await db.pages.bulkAdd([acmeFacebook, acmeLinkedIn]);
    await storeComments([
      comment({ authorName: 'Jane Doe', hoursAgo: 3, text: 'Do you ship to Canada?' }),
      comment({ authorName: 'Bob Stone', hoursAgo: 4, text: 'I want a refund, the mug arrived broken' }),
      comment({ authorName: 'Li Wei', hoursAgo: 5, text: 'Congrats on the new café!', pageKey: acmeLinkedIn.key }),
    ]);
    render(<Popup />);
    await screen.findByText('Jane Doe');

    const pageSelect = screen.getByRole('combobox', { name: 'Page' });
    expect(await within(pageSelect).findByRole('option', { name: 'Acme Coffee (2)' })).toBeTruthy();
    expect(within(pageSelect).getByRole('option', { name: 'Acme Coffee Co. (1)' })).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'linkedin');
    await waitFor(() => expect(rowAuthors()).toEqual(['Li Wei']));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Page' }), acmeFacebook.key);
    await waitFor(() => expect(rowAuthors().sort()).toEqual(['Bob Stone', 'Jane Doe']));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Page' }), 'all');
    const search = screen.getByRole('searchbox', { name: /search comments/i });
    await user.type(search, 'REFUND');
    await waitFor(() => expect(rowAuthors()).toEqual(['Bob Stone']));
    await user.clear(search);
    await user.type(search, 'jane');
    await waitFor(() => expect(rowAuthors()).toEqual(['Jane Doe']));
    await user.clear(search);
    await user.type(search, 'cafe'); // finds "café"
    await waitFor(() => expect(rowAuthors()).toEqual(['Li Wei']));
    await user.clear(search);
    await user.type(search, 'nobody wrote this');
    expect(await screen.findByText('No comments match these filters.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowAuthors()).toHaveLength(3));
  });

  it('shows snoozed comments in Snoozed and recent answers in Done, not in Waiting', async () => {
    const user = userEvent.setup();
    await db.pages.add(acmeFacebook);
    await storeComments([
      comment({ authorName: 'Wanda Waiting', hoursAgo: 2 }),
      comment({ authorName: 'Sid Snoozed', hoursAgo: 3, snoozedUntil: NOW + 2 * HOUR }),
      comment({ authorName: 'Ada Answered', hoursAgo: 6, status: 'answered', answeredBy: 'page', answeredAt: NOW - HOUR }),
      comment({
        authorName: 'Will Wontreply',
        hoursAgo: 8,
        status: 'wont-reply',
        answeredBy: 'user',
        answeredAt: NOW - 2 * HOUR,
        undo: { status: 'pending', answeredBy: null, answeredAt: null, snoozedUntil: null },
      }),
      comment({ authorName: 'Old Answer', hoursAgo: 300, status: 'answered', answeredBy: 'page', answeredAt: NOW - 8 * DAY }),
    ]);
    render(<Popup />);
    await screen.findByText('Wanda Waiting');
    expect(rowAuthors()).toEqual(['Wanda Waiting']);

    await user.click(screen.getByRole('tab', { name: /Snoozed/ }));
    const snoozedList = await screen.findByRole('list', { name: /snoozed comments/i });
    expect(within(snoozedList).getByText('Sid Snoozed')).toBeTruthy();
    expect(within(snoozedList).getByRole('button', { name: "Unsnooze Sid Snoozed's comment" })).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: /Done/ }));
    const doneList = await screen.findByRole('list', { name: /answered or set aside/i });
    const doneAuthors = within(doneList)
      .getAllByRole('listitem')
      .map((row) => row.querySelector('.author')?.textContent);
    expect(doneAuthors).toEqual(['Ada Answered', 'Will Wontreply']);
    expect(within(doneList).getByText(/Replied on the page/)).toBeTruthy();
    expect(within(doneList).getByText(/Won't reply/)).toBeTruthy();
    // Only the user's own decision can be undone; the page's reply can't be unsaid.
    expect(within(doneList).getAllByRole('button', { name: /^Undo/ })).toHaveLength(1);
  });

  it('counts every decision of the week on the Done tab, shows the newest 100, and the next ones on Show more', async () => {
    const user = userEvent.setup();
    await db.pages.add(acmeFacebook);
    await storeComments([
      comment({ authorName: 'Wanda Waiting', hoursAgo: 2 }),
      ...Array.from({ length: 130 }, (_, i) =>
        comment({ authorName: `Done ${i}`, hoursAgo: 100, status: 'answered', answeredBy: 'page', answeredAt: NOW - HOUR - i * 60_000 }),
      ),
    ]);
    render(<Popup />);
    await screen.findByText('Wanda Waiting');
    const tab = screen.getByRole('tab', { name: /Done/ });
    await waitFor(() => expect(tab.textContent).toBe('Done 130'));
    await user.click(tab);
    const doneList = await screen.findByRole('list', { name: /answered or set aside/i });
    const authors = () => within(doneList).getAllByRole('listitem').map((row) => row.querySelector('.author')?.textContent);
    expect(authors()[0]).toBe('Done 0');
    // Rows come a page at a time: the list never holds more than asked for, and the last ones arrive on Show more.
    expect(authors().length).toBeLessThan(130);
    for (let clicks = 0; clicks < 3 && authors().length < 130; clicks++) {
      await user.click(within(screen.getByRole('tabpanel')).getByRole('button', { name: /^Show/ }));
      await waitFor(() => expect(authors().length).toBeGreaterThan(12 + clicks * 100 - 1));
    }
    await waitFor(() => expect(authors()).toHaveLength(130));
    expect(authors().at(-1)).toBe('Done 129');
  });

  it('updates while open when the background records a new comment', async () => {
    await db.pages.add(acmeFacebook);
    await storeComments(comment({ authorName: 'First Person', hoursAgo: 2 }));
    render(<Popup />);
    await screen.findByText('First Person');
    await act(async () => {
      await storeComments(comment({ authorName: 'Late Arrival', hoursAgo: 30 }));
    });
    await screen.findByText('Late Arrival');
    expect(rowAuthors()).toEqual(['Late Arrival', 'First Person']);
  });

  it('renders hostile comment text as text and links only to the platform', async () => {
    await db.pages.add(acmeFacebook);
    await storeComments([
      comment({ authorName: 'Mallory', hoursAgo: 2, text: '<img src=x onerror=alert(1)>', permalink: 'javascript:alert(1)' }),
      comment({ authorName: 'Eve', hoursAgo: 3, permalink: 'https://www.facebook.com.evil.example/posts/1' }),
      comment({ authorName: 'Jane Doe', hoursAgo: 4 }),
    ]);
    const { container } = render(<Popup />);
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link', { name: /Mallory/ })).toBeNull();
    expect(screen.getByRole('button', { name: "Open Mallory's comment on Facebook" })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Eve/ })).toBeNull();
    const janeLink = screen.getByRole('link', { name: "Open Jane Doe's comment on Facebook" });
    expect(janeLink.getAttribute('href')).toMatch(/^https:\/\/www\.facebook\.com\/posts\/1\?comment_id=/);
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.(facebook|linkedin)\.com\//);
  });

  it('cuts very long text and shows more on expand', async () => {
    const user = userEvent.setup();
    await db.pages.add(acmeFacebook);
    const long = `${'word '.repeat(1_500)}END`; // 7,503 characters
    await storeComments(comment({ authorName: 'Verbose Vic', hoursAgo: 2, text: long }));
    render(<Popup />);
    const row = (await screen.findByText('Verbose Vic')).closest('li')!;
    const text = () => row.querySelector('p.text')!.textContent!;
    expect(text().length).toBeLessThanOrEqual(501);
    expect(text().endsWith('…')).toBe(true);
    await user.click(within(row).getByRole('button', { name: "More of Verbose Vic's comment" }));
    expect(text().length).toBeGreaterThan(4_000);
    expect(text().length).toBeLessThanOrEqual(5_001);
    expect(text()).not.toContain('END');
  });

  it('says all caught up and when each page was last checked', async () => {
    await db.pages.bulkAdd([acmeFacebook, acmeLinkedIn]);
    const health: ParserHealth = {
      key: 'facebook:https://www.facebook.com/acmecoffee/posts/1',
      platform: 'facebook',
      pageKey: acmeFacebook.key,
      url: 'https://www.facebook.com/acmecoffee/posts/1',
      checkedAt: NOW - 12 * 60_000,
      commentAreaVisible: true,
      recognised: 4,
      skipped: 0,
    };
    await db.health.add(health);
    render(<Popup />);
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
    const checked = screen.getByRole('list', { name: /last checked/i });
    expect(within(checked).getByText(/last checked 12 minutes ago/)).toBeTruthy();
    expect(within(checked).getByText(/not checked yet/)).toBeTruthy();
  });

  it('welcomes a first-time user with a way to the options page', async () => {
    const user = userEvent.setup();
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<Popup />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Reply Radar' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'All caught up' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add your pages' }));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('warns when a managed page shows comments the adapter did not recognise', async () => {
    await db.pages.bulkAdd([acmeFacebook, acmeLinkedIn]);
    const check = (page: ManagedPage, url: string, minutesAgo: number, recognised: number): ParserHealth => ({
      key: `${page.platform}:${url}`,
      platform: page.platform,
      pageKey: page.key,
      url,
      checkedAt: NOW - minutesAgo * 60_000,
      commentAreaVisible: true,
      recognised,
      skipped: 3,
    });
    await db.health.bulkAdd([
      check(acmeLinkedIn, 'https://www.linkedin.com/feed/update/urn:li:activity:7100/', 5, 0),
      // Facebook broke once, but the latest check read comments fine: no warning.
      check(acmeFacebook, 'https://www.facebook.com/acmecoffee/posts/1', 60, 0),
      check(acmeFacebook, 'https://www.facebook.com/acmecoffee/posts/2', 10, 6),
    ]);
    render(<Popup />);
    expect(
      await screen.findByText(/LinkedIn's layout was not recognised on this page \(www\.linkedin\.com\/feed\/update\/urn:li:activity:7100\/\)/),
    ).toBeTruthy();
    expect(screen.getByText(/Comments there are not being tracked/)).toBeTruthy();
    expect(screen.queryByText(/Facebook's layout was not recognised/)).toBeNull();
  });

  it("says when the times of some comments on a page couldn't be read in its language", async () => {
    await db.pages.add(acmeFacebook);
    await db.health.add({
      key: 'facebook:https://www.facebook.com/acmecoffee/posts/3',
      platform: 'facebook',
      pageKey: acmeFacebook.key,
      url: 'https://www.facebook.com/acmecoffee/posts/3',
      checkedAt: NOW - 60_000,
      commentAreaVisible: true,
      recognised: 8,
      skipped: 0,
      unreadTimes: 3,
    });
    render(<Popup />);
    expect(
      await screen.findByText(
        `${acmeFacebook.name}: couldn't read the time of 3 comments on this page (www.facebook.com/acmecoffee/posts/3). They count from when Reply Radar first saw them.`,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/layout was not recognised/)).toBeNull();
  });

  it('says when a page with no comment read is in an interface language it has no words for, and not once comments are read', async () => {
    await db.pages.add(acmeFacebook);
    const health = {
      key: 'facebook:https://www.facebook.com/acmecoffee/posts/4',
      platform: 'facebook' as const,
      pageKey: acmeFacebook.key,
      url: 'https://www.facebook.com/acmecoffee/posts/4',
      checkedAt: NOW - 60_000,
      commentAreaVisible: false,
      recognised: 0,
      skipped: 0,
      unknownLanguage: 'sw',
    };
    await db.health.add(health);
    const view = render(<Popup />);
    expect(
      await screen.findByText(
        `${acmeFacebook.name}: Facebook shows this page in a language Reply Radar doesn't read (sw), so it can't tell whether the post has no comments or its layout changed (www.facebook.com/acmecoffee/posts/4).`,
      ),
    ).toBeTruthy();
    view.unmount();
    await db.health.put({ ...health, recognised: 3 });
    render(<Popup />);
    await screen.findByRole('heading', { name: 'All caught up' });
    expect(screen.queryByText(/in a language Reply Radar doesn't read/)).toBeNull();
  });

  it('shows a recent storage error as an alert, and forgets an old one', async () => {
    await db.pages.add(acmeFacebook);
    await db.meta.put({ key: 'storage-error', value: { message: 'QuotaExceededError', full: true, at: NOW - HOUR } });
    let view = render(<Popup />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Your browser's storage for Reply Radar is full, so new comments are not being saved \(.*\)\. Free some disk space/);
    view.unmount();
    await db.meta.put({ key: 'storage-error', value: { message: 'comment-action: UnknownError: disk broke', full: false, at: NOW - HOUR } });
    view = render(<Popup />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Reply Radar could not save new comments \(.*\): comment-action: UnknownError: disk broke\./);
    view.unmount();
    await db.meta.put({ key: 'storage-error', value: { message: 'QuotaExceededError', at: NOW - 3 * DAY } });
    render(<Popup />);
    await screen.findByRole('heading', { name: 'All caught up' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens a backlog of 2,000 waiting comments with a window of rows, and reads more when asked', async () => {
    const user = userEvent.setup();
    await db.pages.add(acmeFacebook);
    const many: StoredComment[] = [];
    // The popup reads waiting conversations only: the answered history beside them is never read.
    for (let i = 0; i < 2_500; i++) {
      const pending = i % 5 !== 0;
      many.push(
        comment({
          authorName: `Person ${i}`,
          hoursAgo: 1 + (i % 400) / 10,
          text: `Comment number ${i} about our beans`,
          status: pending ? 'pending' : 'answered',
          answeredBy: pending ? null : 'page',
          answeredAt: pending ? null : NOW - 30 * DAY,
        }),
      );
    }
    await storeComments(many);
    render(<Popup />);
    const list = await screen.findByRole('list', { name: /waiting for a reply/i }, { timeout: 10_000 });
    // A window of rows, never all 2,000 (how fast it opens is measured by `npm run bench`).
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(100), { timeout: 30_000 });
    // Counted up to the badge's cap: past it the tab says "999+", as the badge does, and what is not shown is a floor.
    await waitFor(() => expect(screen.getByRole('tab', { name: /Waiting/ }).textContent).toContain('999+'));
    await user.click(await screen.findByRole('button', { name: /Show 100 more \(900\+ not shown\)/ }));
    // The next hundred are read when asked for.
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(200), { timeout: 30_000 });
  }, 60_000);
});
