import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../components/options/OptionsPage';
import { toBackup } from '../../utils/backup';
import { db } from '../../utils/db/database';
import type { CommandMessage } from '../../utils/messaging/protocol';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../utils/settings';
import { useLanguage } from './support/i18n';
import { storedComment } from './support/stored-comment';

const page: ManagedPage = {
  key: 'facebook:acmecoffee',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee',
  thresholdHours: null,
  addedAt: 1_700_000_000_000,
};

function pendingComment(id: string): StoredComment {
  return storedComment({
    key: `facebook:${id}`,
    platform: 'facebook',
    id,
    pageKey: page.key,
    authorName: 'Jane Doe',
    text: 'Hello',
    postedAt: 1_700_000_000_000,
    firstSeenAt: 1_700_000_000_000,
    lastSeenAt: 1_700_000_000_000,
  });
}

/** Records the commands the page sends; answers with `reply` (ok by default). */
function fakeBackground(reply: (message: CommandMessage) => unknown = () => ({ ok: true })) {
  const sent: CommandMessage[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    const message = raw as CommandMessage;
    sent.push(message);
    return reply(message);
  });
  return sent;
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  cleanup();
});

async function renderOptions() {
  const view = render(<OptionsPage />);
  await screen.findByRole('heading', { name: 'Your pages' });
  return view;
}

describe('options: managed pages', () => {
  it('adds a page by its address', async () => {
    const user = userEvent.setup();
    const sent = fakeBackground(() => ({ ok: true, value: { ...page, name: 'Acme Coffee' } }));
    await renderOptions();
    await user.type(screen.getByRole('textbox', { name: 'Page address' }), 'www.facebook.com/acmecoffee');
    await user.type(screen.getByRole('textbox', { name: 'Name (optional)' }), 'Acme Coffee');
    await user.click(screen.getByRole('button', { name: 'Add page' }));
    expect(sent).toEqual([{ type: 'add-page', address: 'https://www.facebook.com/acmecoffee', name: 'Acme Coffee' }]);
    expect(await screen.findByText(/Added Acme Coffee\./)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Page address' }) as HTMLInputElement).value).toBe('');
  });

  it('explains an address that is not a page, without sending anything', async () => {
    const user = userEvent.setup();
    const sent = fakeBackground();
    await renderOptions();
    const address = screen.getByRole('textbox', { name: 'Page address' });
    await user.click(screen.getByRole('button', { name: 'Add page' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Enter the page's address/);
    await user.type(address, 'https://twitter.com/acme');
    await user.click(screen.getByRole('button', { name: 'Add page' }));
    expect(screen.getByRole('alert').textContent).toMatch(/works with Facebook and LinkedIn pages/);
    await user.clear(address);
    await user.type(address, 'https://www.linkedin.com/in/jane-doe/');
    await user.click(screen.getByRole('button', { name: 'Add page' }));
    expect(screen.getByRole('alert').textContent).toMatch(/person's profile/);
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('shows the background’s refusal next to the field', async () => {
    const user = userEvent.setup();
    fakeBackground(() => ({ ok: false, error: 'Acme Coffee is already in your pages.' }));
    await renderOptions();
    await user.type(screen.getByRole('textbox', { name: 'Page address' }), 'https://www.facebook.com/acmecoffee');
    await user.click(screen.getByRole('button', { name: 'Add page' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Acme Coffee is already in your pages.');
  });

  it('lists pages with their waiting count, renames and sets an own threshold', async () => {
    const user = userEvent.setup();
    await db.pages.add(page);
    await db.comments.bulkAdd([pendingComment('1'), pendingComment('2')]);
    const sent = fakeBackground();
    await renderOptions();
    const item = within(screen.getByRole('list', { name: 'Managed pages' })).getByRole('listitem');
    expect(await within(item).findByText(/2 comments waiting · Reply time: default \(24 hr\)/)).toBeTruthy();

    await user.click(within(item).getByRole('button', { name: 'Edit Acme Coffee' }));
    const name = within(item).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Acme Coffee Roasters');
    const hours = within(item).getByRole('textbox', { name: 'Own reply time (hours)' });
    await user.type(hours, 'soon');
    await user.click(within(item).getByRole('button', { name: 'Save' }));
    expect(within(item).getByText(/Enter a number of hours greater than 0/)).toBeTruthy();
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);

    await user.clear(hours);
    await user.type(hours, '6');
    await user.click(within(item).getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([{ type: 'update-page', key: page.key, name: 'Acme Coffee Roasters', thresholdHours: 6 }]);
  });

  it('punctuates what the page taught as each language does: French puts a no-break space before the colon', async () => {
    await db.pages.add({ ...page, key: 'facebook:61550000000001', slug: 'acmecoffee', platformId: '61550000000001', name: 'Acme Coffee', nameSource: 'page', learnedName: 'Acme Coffee', learnedAt: 1_700_000_100_000 });
    fakeBackground();
    await useLanguage('fr');
    try {
      render(<OptionsPage />);
      const learned = await screen.findByRole('group', { name: 'Appris de la page' });
      expect([...learned.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Nom\u00A0:', 'Identifiant de la page\u00A0:', 'Adresse\u00A0:']);
    } finally {
      await useLanguage('en');
    }
  });

  it('shows what the page taught about itself, and lets the user correct the name it goes by', async () => {
    const user = userEvent.setup();
    const avatar = 'https://scontent.xx.fbcdn.net/v/t39.30808-1/acme_n.jpg';
    await db.pages.add({
      ...page, key: 'facebook:61550000000001', slug: 'acmecoffee', platformId: '61550000000001', name: 'Acme Coffee',
      nameSource: 'page', learnedName: 'Acme Coffee', avatarUrl: avatar, learnedAt: 1_700_000_100_000,
    });
    const sent = fakeBackground();
    await renderOptions();
    const item = within(screen.getByRole('list', { name: 'Managed pages' })).getByRole('listitem');
    const learned = item.querySelector<HTMLElement>('dl[aria-label="Learned from the page"]')!;
    const pairs = [...learned.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(pairs).toEqual([['Name:', 'Acme Coffee'], ['Page ID:', '61550000000001'], ['Address:', 'facebook.com/acmecoffee'], ['Picture:', 'View picture']]);
    expect(within(learned).getByRole('link', { name: 'View picture' }).getAttribute('href')).toBe(avatar);
    // Nothing is loaded from the platform to show it: a link, not an image.
    expect(item.querySelector('img')).toBeNull();

    await user.click(within(item).getByRole('button', { name: 'Edit Acme Coffee' }));
    const name = within(item).getByRole('textbox', { name: 'Name' });
    expect(name.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(item).getByText('The page shows itself as “Acme Coffee”. Keep that name and it follows the page when it is renamed.')).toBeTruthy();
    await user.clear(name);
    await user.type(name, 'Acme (main shop)');
    await user.click(within(item).getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([{ type: 'update-page', key: 'facebook:61550000000001', name: 'Acme (main shop)', thresholdHours: null }]);
  });

  it('never shows a page added by its number as the bare number, and starts its name empty to be filled in', async () => {
    const user = userEvent.setup();
    await db.pages.add({
      key: 'facebook:61550000000001', platform: 'facebook', name: '61550000000001', platformId: '61550000000001',
      url: 'https://www.facebook.com/profile.php?id=61550000000001', thresholdHours: null, addedAt: 1_700_000_000_000,
    });
    await renderOptions();
    const item = within(screen.getByRole('list', { name: 'Managed pages' })).getByRole('listitem');
    expect(within(item).getByRole('heading', { level: 3 }).textContent).toBe('Facebook page 6155…0001');
    expect(within(item).getByText('Not seen yet. Open the page once and Reply Radar learns its name and addresses from it.')).toBeTruthy();
    await user.click(within(item).getByRole('button', { name: 'Edit Facebook page 6155…0001' }));
    expect((within(item).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('');
  });

  it('clears an own threshold back to the default when left blank', async () => {
    const user = userEvent.setup();
    await db.pages.add({ ...page, thresholdHours: 6 });
    const sent = fakeBackground();
    await renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Edit Acme Coffee' }));
    await user.clear(screen.getByRole('textbox', { name: 'Own reply time (hours)' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([{ type: 'update-page', key: page.key, name: 'Acme Coffee', thresholdHours: null }]);
  });

  it('removes a page, asking whether to keep its comments', async () => {
    const user = userEvent.setup();
    await db.pages.add(page);
    const sent = fakeBackground();
    await renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Remove Acme Coffee' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Acme Coffee?' });
    expect((within(dialog).getByRole('radio', { name: /Keep its comments/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('radio', { name: /Delete its comments/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Remove page' }));
    expect(sent).toEqual([{ type: 'remove-page', key: page.key, deleteComments: true }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('closes the remove dialog with Escape without removing anything', async () => {
    const user = userEvent.setup();
    await db.pages.add(page);
    const sent = fakeBackground();
    await renderOptions();
    const remove = await screen.findByRole('button', { name: 'Remove Acme Coffee' });
    await user.click(remove);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(sent).toEqual([]);
  });
});

describe('options: settings', () => {
  it('refuses a threshold that is not a positive number, and saves a valid one', async () => {
    const user = userEvent.setup();
    await renderOptions();
    const threshold = screen.getByRole('textbox', { name: 'Default reply time (hours)' });
    await user.clear(threshold);
    await user.type(threshold, '-3');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('Enter a number of hours greater than 0, like 24 or 1.5.')).toBeTruthy();
    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Nothing was saved/)).toBeTruthy();
    expect((await loadSettings()).defaultThresholdHours).toBe(DEFAULT_SETTINGS.defaultThresholdHours);

    await user.clear(threshold);
    await user.type(threshold, '12');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect((await loadSettings()).defaultThresholdHours).toBe(12);
  });

  it('saves business hours, quiet hours, keywords and switches together', async () => {
    const user = userEvent.setup();
    await renderOptions();
    await user.click(screen.getByRole('checkbox', { name: 'Count only business hours' }));
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    await user.clear(screen.getByLabelText('Day starts'));
    await user.type(screen.getByLabelText('Day starts'), '08:30');
    await user.click(screen.getByRole('checkbox', { name: /Quiet hours/ }));
    await user.type(screen.getByRole('textbox', { name: 'Extra complaint words' }), 'cold, late\nrude, Cold');
    await user.click(screen.getByRole('checkbox', { name: 'Notify me when a comment becomes overdue' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    const saved = await loadSettings();
    expect(saved.businessHours).toEqual({ enabled: true, days: [1, 2, 3, 4, 5, 6], start: '08:30', end: '17:00' });
    expect(saved.quietHours.enabled).toBe(true);
    expect(saved.complaintKeywords).toEqual(['cold', 'late', 'rude']);
    expect(saved.notificationsEnabled).toBe(false);
  });

  it('turns the Missed rule on with its days, off by default, refusing days that are not a whole number', async () => {
    const user = userEvent.setup();
    await renderOptions();
    const toggle = screen.getByRole('checkbox', { name: 'Move comments waiting too long to Missed' });
    const days = screen.getByRole('textbox', { name: 'Days before a comment is missed' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect((days as HTMLInputElement).disabled).toBe(true);
    expect((days as HTMLInputElement).value).toBe('30');

    await user.click(toggle);
    await user.clear(days);
    await user.type(days, '2.5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('Enter a whole number of days, from 1 to 3,650.')).toBeTruthy();
    expect((await loadSettings()).missedRule).toEqual({ enabled: false, days: 30 });

    await user.clear(days);
    await user.type(days, '14');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await loadSettings()).missedRule).toEqual({ enabled: true, days: 14 });
  });

  it('refuses business hours that end before they start', async () => {
    const user = userEvent.setup();
    await renderOptions();
    await user.click(screen.getByRole('checkbox', { name: 'Count only business hours' }));
    await user.clear(screen.getByLabelText('Day ends'));
    await user.type(screen.getByLabelText('Day ends'), '07:00');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('The end of the working day must be after its start.')).toBeTruthy();
    expect((await loadSettings()).businessHours.enabled).toBe(false);
  });

  it('follows settings saved elsewhere while the form is untouched', async () => {
    await renderOptions();
    await act(async () => {
      await saveSettings({ priorityThresholdHours: 2 });
    });
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Questions and complaints (hours)' }) as HTMLInputElement).value).toBe('2'),
    );
  });
});

describe('options: data', () => {
  const validBackup = () =>
    JSON.stringify(toBackup({ settings: DEFAULT_SETTINGS, pages: [page], comments: [pendingComment('1')], exportedAt: Date.UTC(2025, 2, 1) }));

  it('shows why a file is not a backup, and sends nothing', async () => {
    const user = userEvent.setup();
    const sent = fakeBackground();
    await renderOptions();
    await user.upload(screen.getByLabelText('Backup file'), new File(['not json at all'], 'backup.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a Reply Radar backup.*not JSON.*Your current data was not changed/);
    await user.upload(screen.getByLabelText('Backup file'), new File(['{"version":3}'], 'other.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toMatch(/not JSON/));
    expect(screen.getByRole('alert').textContent).toMatch(/not a Reply Radar backup/);
    expect(screen.queryByRole('button', { name: 'Import this backup' })).toBeNull();
    expect(sent).toEqual([]);
  });

  it('previews a valid backup, imports it in parts, and shows the background’s error when it fails', async () => {
    const user = userEvent.setup();
    let fail = true;
    const sent = fakeBackground((message) => {
      if (message.type === 'import-start') return { ok: true, value: { importId: 'import-1' } };
      if (message.type === 'import-commit' && fail) return { ok: false, error: 'The database is full.' };
      return { ok: true };
    });
    await renderOptions();
    const file = new File([validBackup()], 'reply-radar-backup-2025-03-01.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Backup file'), file);
    expect(await screen.findByText(/with 1 page and 1 comment/)).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Import this backup' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The backup was not imported: The database is full. Your current data was not changed.',
    );
    expect(sent).toEqual([
      { type: 'import-start' },
      { type: 'import-chunk', importId: 'import-1', first: 0, comments: [pendingComment('1')] },
      { type: 'import-commit', importId: 'import-1', settings: DEFAULT_SETTINGS, pages: [page], comments: 1 },
    ]);

    fail = false;
    await user.click(screen.getByRole('button', { name: 'Import this backup' }));
    expect(await screen.findByText('Backup imported: 1 page and 1 comment.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows a labelled progress bar while an import is under way', async () => {
    const user = userEvent.setup();
    let release: () => void = () => {};
    const commitHeld = new Promise<void>((resolve) => (release = resolve));
    fakeBackground(async (message) => {
      if (message.type === 'import-start') return { ok: true, value: { importId: 'import-1' } };
      if (message.type === 'import-commit') await commitHeld;
      return { ok: true };
    });
    await renderOptions();
    await user.upload(screen.getByLabelText('Backup file'), new File([validBackup()], 'backup.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Import this backup' }));
    expect(await screen.findByRole('progressbar', { name: 'Saving the imported comments…' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export backup (JSON)' }) as HTMLButtonElement).disabled).toBe(true);
    release();
    expect(await screen.findByText('Backup imported: 1 page and 1 comment.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('deletes all data only after typing DELETE', async () => {
    const user = userEvent.setup();
    const sent = fakeBackground();
    await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Delete all data…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete all Reply Radar data?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await user.type(within(dialog).getByRole('textbox', { name: 'Type DELETE to confirm' }), 'delete');
    expect(confirm.disabled).toBe(true);
    await user.clear(within(dialog).getByRole('textbox', { name: 'Type DELETE to confirm' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Type DELETE to confirm' }), 'DELETE');
    await user.click(confirm);
    expect(sent).toEqual([{ type: 'delete-all-data' }]);
    expect(await screen.findByText('All Reply Radar data was deleted.')).toBeTruthy();
  });

  it('exports a backup that the import accepts, as a download', async () => {
    const user = userEvent.setup();
    await db.pages.add(page);
    await db.comments.add(pendingComment('1'));
    let blob: Blob | undefined;
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:backup';
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Export backup (JSON)' }));
    // Built in parts, then downloaded.
    await waitFor(() => expect(clicked).toEqual([expect.stringMatching(/^reply-radar-backup-\d{4}-\d{2}-\d{2}\.json$/)]));
    expect(await screen.findByText('Backup saved: 1 page and 1 comment.')).toBeTruthy();
    const { parseBackup } = await import('../../utils/backup');
    const parsed = parseBackup(await blob!.text());
    expect(parsed.ok && parsed.backup.comments.map((c) => c.key)).toEqual(['facebook:1']);
    createObjectURL.mockRestore();
    vi.restoreAllMocks();
  });
});
