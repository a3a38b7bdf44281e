import { TZDate } from '@date-fns/tz';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InsightsView } from '../../components/insights/InsightsView';
import { db } from '../../utils/db/database';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { localTimeZone } from '../../utils/rules';
import { DEFAULT_SETTINGS, settingsItem } from '../../utils/settings';
import { storedComment } from './support/stored-comment';
import { storeComments } from './support/store';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 4, 20, 19, 0); // Wednesday 20 May 2026

const facebook: ManagedPage = {
  key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee', thresholdHours: null, addedAt: 0,
};
const linkedin: ManagedPage = {
  key: 'linkedin:acme-coffee', platform: 'linkedin', name: 'Acme Coffee', url: 'https://www.linkedin.com/company/acme-coffee/',
  slug: 'acme-coffee', thresholdHours: null, addedAt: 0,
};
const quiet: ManagedPage = {
  key: 'facebook:quietbakery', platform: 'facebook', name: 'Quiet Bakery', url: 'https://www.facebook.com/quietbakery',
  slug: 'quietbakery', thresholdHours: null, addedAt: 0,
};

let nextId = 1;
function comment(postedAt: number, over: Partial<StoredComment> = {}): StoredComment {
  const id = String(nextId++);
  const platform = over.pageKey === linkedin.key ? 'linkedin' : 'facebook';
  return storedComment({
    key: `${platform}:${id}`, platform, id,
    pageKey: facebook.key,
    permalink: `https://www.${platform}.com/posts/1?comment_id=${id}`,
    threadId: id,
    authorName: `Visitor ${id}`,
    text: 'Is the shop open on Sunday?',
    postedAt,
    firstSeenAt: postedAt,
    lastSeenAt: postedAt,
    ...over,
  });
}

function answered(agoHours: number, afterHours: number, over: Partial<StoredComment> = {}): StoredComment {
  const postedAt = NOW - agoHours * HOUR;
  return comment(postedAt, { status: 'answered', answeredBy: 'page', answeredAt: postedAt + afterHours * HOUR, ...over });
}

/** The same data set as the metrics test; the figures below are worked out there. */
function seedComments(): StoredComment[] {
  return [
    answered(40, 1),
    answered(50, 3, { priority: 1, priorityReasons: ['question'] }),
    answered(60, 5, { priority: 1, priorityReasons: ['complaint'] }),
    answered(100, 30),
    comment(NOW - 20 * HOUR, { status: 'wont-reply', answeredAt: NOW - 19 * HOUR }),
    comment(NOW - 2 * HOUR),
    comment(NOW - 3 * DAY),
    comment(NOW - 5 * HOUR, { status: 'own', authorIsPage: true }),
    answered(10 * 24, 6),
    comment(NOW - 40 * DAY),
    answered(30, 2, { pageKey: linkedin.key }),
  ];
}

/** The card named `title`: its value and everything written under it. */
function card(title: string) {
  const article = screen.getByRole('article', { name: title });
  return { value: article.querySelector('.figure-value')?.textContent, text: article.textContent ?? '' };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await Promise.all(db.tables.map((table) => table.clear()));
  history.replaceState(null, '', '/insights.html');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Insights view', () => {
  it('shows the last 30 days for all pages, then 7 days, then one page', async () => {
    const user = userEvent.setup();
    await db.pages.bulkAdd([facebook, linkedin, quiet]);
    await storeComments(seedComments());
    render(<InsightsView />);
    await screen.findByRole('article', { name: 'Median first response' });

    // 30 days, all pages: times 1, 2, 3, 5, 6, 30 h → median 4 h; 4 of the 7 decided (the pending one
    // posted 2 h ago isn't late yet) within the limit → 57 %.
    expect(screen.getByRole('button', { name: '30 days' }).getAttribute('aria-pressed')).toBe('true');
    expect(card('Median first response').value).toBe('4 hr');
    expect(card('Median first response').text).toContain('from 6 comments — too few to judge');
    expect(card('Response rate').value).toBe('57%');
    expect(card('Response rate').text).toContain('the share answered within the 24 hr time limit (4 hr for questions and complaints)');
    expect(card('Response rate').text).toContain('from 7 comments — too few to judge');
    expect(card('Waiting now').value).toBe('3');
    expect(card('Overdue now').value).toBe('2');
    expect(card("Won't reply").value).toBe('1');
    // Each figure says what it means.
    expect(card('Median first response').text).toContain('Half of the answered comments got their first reply faster than this');

    await user.click(screen.getByRole('button', { name: '7 days' }));
    // 7 days: times 1, 2, 3, 5, 30 h → median 3 h, mean 41 / 5 = 8.2 h = 8 h 12 min; 3 of the 6 decided within the limit = 50 %.
    // Each selection is read afresh: until it is, the figures are the last one's, and the page says it is busy.
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
    expect(card('Median first response').value).toBe('3 hr');
    expect(card('Average first response').value).toBe('8 hr, 12 min');
    expect(card('Average of the fastest 90%').text).toContain('the fastest 5 of 5 kept');
    expect(card('Response rate').value).toBe('50%');
    expect(card('Response rate within 24 h').value).toBe('67%'); // 4 of the 6 decided = 66.7 %

    await user.selectOptions(screen.getByRole('combobox', { name: 'Page' }), 'Acme Coffee (LinkedIn)');
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
    // LinkedIn alone: one comment answered in 2 h.
    expect(card('Median first response').value).toBe('2 hr');
    expect(card('Median first response').text).toContain('from 1 comment — too few to judge');
    expect(card('Waiting now').value).toBe('0');
    expect(screen.getByText(/Acme Coffee \(LinkedIn\) · last 7 days/)).toBeTruthy();
    expect(location.search).toBe('?page=linkedin%3Aacme-coffee&days=7');
  });

  it('shows missed comments as a figure and counts them as not answered in the rate', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, missedRule: { enabled: true, days: 30 } });
    await db.pages.bulkAdd([facebook, linkedin, quiet]);
    // Read straight off the index: a missed comment is neither answered, set aside nor waiting.
    await storeComments([...seedComments(), comment(NOW - 25 * DAY, { status: 'missed', missedAt: NOW - DAY })]);
    render(<InsightsView />);
    await screen.findByRole('article', { name: 'Missed' });
    expect(card('Missed').value).toBe('1');
    expect(card('Missed').text).toContain('still unanswered after 30 days');
    // 4 of the 8 decided within the limit: the missed one is the eighth (57 % without it).
    expect(card('Response rate').value).toBe('50%');
    expect(card('Waiting now').value).toBe('3');
    await settingsItem.setValue(DEFAULT_SETTINGS);
  });

  it('shows "—" for a page with no comments, never NaN', async () => {
    const user = userEvent.setup();
    await db.pages.bulkAdd([facebook, quiet]);
    await storeComments(seedComments());
    render(<InsightsView />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Page' }), 'Quiet Bakery (Facebook)');
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
    for (const title of ['Response rate', 'Response rate within 24 h', 'Median first response', 'Average first response', 'Average of the fastest 90%']) {
      expect(card(title).value).toBe('—');
      expect(card(title).text).toContain('no comments in this period');
    }
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveProperty('disabled', true);
  });

  it('draws the days as images with a summary, and the numbers in a table', async () => {
    await db.pages.bulkAdd([facebook, linkedin]);
    await storeComments(seedComments());
    render(<InsightsView />);
    const images = await screen.findAllByRole('img');
    // 30 days: 9 visitor comments received, 6 answered (the metrics test works these out).
    expect(images[0]!.getAttribute('aria-label')).toMatch(/9 received, 6 of them answered/);
    expect(images[1]!.getAttribute('aria-label')).toMatch(/^Median response time per day in hours/);
    const table = screen.getByRole('table', { name: /by day of posting/ });
    // A row per day the 30-day period touches (31), plus the header row.
    expect(within(table).getAllByRole('row')).toHaveLength(32);
  });

  it('exports the comments in view as CSV, one row per comment', async () => {
    const user = userEvent.setup();
    await db.pages.bulkAdd([facebook, linkedin]);
    await storeComments(seedComments());
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:insights-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(<InsightsView />);
    await user.click(await screen.findByRole('button', { name: '7 days' }));
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toBeDefined());
    const lines = (await saved!.text()).trim().split('\r\n');
    // Header + the 8 visitor comments posted in the last 7 days (own reply and older ones left out).
    expect(lines).toHaveLength(9);
    expect(lines[0]).toContain('permalink');
    expect(lines.filter((line) => line.startsWith('LinkedIn,'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes("won't reply"))).toHaveLength(1);
  });

  it('adds business hours when they are on, and flags estimated posting times', async () => {
    const tz = localTimeZone();
    const friday4pm = new TZDate(2026, 4, 15, 16, 0, tz).getTime(); // Friday 15 May 2026, local time
    const monday10am = new TZDate(2026, 4, 18, 10, 0, tz).getTime();
    vi.setSystemTime(new TZDate(2026, 4, 18, 12, 0, tz).getTime());
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      businessHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
    });
    await db.pages.add(facebook);
    await db.comments.add(
      comment(friday4pm, { status: 'answered', answeredBy: 'page', answeredAt: monday10am, postedAtSource: 'first-seen' }),
    );
    render(<InsightsView />);
    await screen.findByRole('article', { name: 'Median first response' });
    // Friday 16:00 → Monday 10:00 is 66 h on the clock, 2 h of them inside 9–17 on weekdays.
    await waitFor(() => expect(card('Median first response').text).toContain('2 hr in business hours'));
    expect(card('Median first response').value).toBe('2 days, 18 hr'); // 66 h
    expect(card('Median first response').text).toContain('1 estimated');
    expect(card('Response rate').text).toContain('counting business hours only');
  });
});
