// WCAG 2.5.3 (label in name): a voice-control user says what they see ("click
// Mark replied"), so every control's accessible name must contain its visible
// words, best at the start. Checked over every button, link, tab and menu item
// of the popup (rows, menus open) and the settings page.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeAccessibleName } from 'dom-accessibility-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../components/options/OptionsPage';
import { Popup } from '../../components/popup/Popup';
import { db } from '../../utils/db/database';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { storedComment } from './support/stored-comment';
import { storeComments } from './support/store';

const NOW = Date.UTC(2025, 2, 12, 15, 0);
const HOUR = 3_600_000;

const facebook: ManagedPage = {
  key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee', thresholdHours: null, addedAt: NOW - 1_000 * HOUR,
};
const linkedin: ManagedPage = {
  key: 'linkedin:acme-coffee', platform: 'linkedin', name: 'Acme Coffee', url: 'https://www.linkedin.com/company/acme-coffee/',
  slug: 'acme-coffee', thresholdHours: null, addedAt: NOW - 1_000 * HOUR,
};

function comment(id: string, authorName: string, hoursAgo: number, overrides: Partial<StoredComment> = {}): StoredComment {
  return storedComment({
    key: `facebook:${id}`, platform: 'facebook', id, pageKey: facebook.key,
    permalink: `https://www.facebook.com/acmecoffee/posts/1?comment_id=${id}`,
    authorName, text: `A comment from ${authorName}`, postedAt: NOW - hoursAgo * HOUR, ...overrides,
  });
}

/** The words a sighted user reads on the control: its text without the parts hidden from assistive technology. */
function visibleWords(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return normalise(clone.textContent ?? '');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Each control whose accessible name leaves out its visible words, as "visible → name". */
function labelInNameMismatches(container: HTMLElement): string[] {
  const controls = container.querySelectorAll('button, a[href], [role="tab"], [role="menuitem"], [role="button"]');
  return [...controls].flatMap((control) => {
    const visible = visibleWords(control);
    const name = normalise(computeAccessibleName(control));
    // Spaces are compared loosely: adjacent spans ("Waiting 2" "1 overdue") read as separate words on screen.
    const squash = (text: string) => text.replace(/\s/g, '');
    return visible && !squash(name).startsWith(squash(visible)) ? [`"${visible}" → "${name}"`] : [];
  });
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.pages.bulkAdd([facebook, linkedin]);
  await storeComments([
    comment('1', 'Jane Doe', 30, { text: 'Where is my order? This is unacceptable.', priorityReasons: ['question', 'complaint'] }),
    comment('2', 'Bob Stone', 20, { text: `${'A very long story about coffee. '.repeat(12)}The end.` }),
    comment('3', 'Cy Young', 2, { snoozedUntil: NOW + HOUR }),
    comment('4', 'Dee Ray', 40, { status: 'answered', answeredBy: 'user', answeredAt: NOW - HOUR, undo: { status: 'pending', answeredBy: null, answeredAt: null, snoozedUntil: null } }),
  ]);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('label in name', () => {
  it('names the row buttons by their visible words first ("Mark replied: Jane Doe\'s comment")', async () => {
    const user = userEvent.setup();
    const { container } = render(<Popup />);
    const row = (await screen.findByText('Jane Doe')).closest('li')!;
    expect(within(row).getByRole('button', { name: "Mark replied: Jane Doe's comment" })).toBeTruthy();
    expect(within(row).getByRole('button', { name: /^Snooze\b.*Jane Doe's comment/ })).toBeTruthy();
    expect(within(row).getByRole('button', { name: /^Won't reply\b.*Jane Doe's comment/ })).toBeTruthy();
    expect(within(row).getByRole('link', { name: /^Open\b.*Jane Doe's comment/ })).toBeTruthy();
    expect(labelInNameMismatches(container)).toEqual([]);

    await user.click(within(row).getByRole('button', { name: /^Snooze/ }));
    expect(screen.getByRole('menu')).toBeTruthy();
    expect(labelInNameMismatches(container)).toEqual([]);
  });

  it('holds for "More", the Snoozed tab and the Done tab', async () => {
    const user = userEvent.setup();
    const { container } = render(<Popup />);
    await user.click(await screen.findByRole('button', { name: /^More of Bob Stone's comment/ }));
    expect(screen.getByRole('button', { name: /^Less of Bob Stone's comment/ })).toBeTruthy();
    expect(labelInNameMismatches(container)).toEqual([]);

    await user.click(screen.getByRole('tab', { name: /^Snoozed/ }));
    await screen.findByRole('button', { name: /^Unsnooze/ });
    expect(labelInNameMismatches(container)).toEqual([]);

    await user.click(screen.getByRole('tab', { name: /^Done/ }));
    await screen.findByRole('button', { name: /^Undo/ });
    expect(labelInNameMismatches(container)).toEqual([]);
  });

  it('holds on the settings page', async () => {
    const { container } = render(<OptionsPage />);
    await screen.findAllByRole('button', { name: /^Edit/ });
    expect(labelInNameMismatches(container)).toEqual([]);
  });

  it('catches a name that leaves out the visible words', () => {
    const { container } = render(
      <button type="button" aria-label="Mark Jane Doe's comment replied">
        Mark replied
      </button>,
    );
    expect(labelInNameMismatches(container)).toEqual([`"mark replied" → "mark jane doe's comment replied"`]);
  });
});
