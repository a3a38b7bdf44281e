import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { facebookNotifications } from '../../utils/adapters/facebook/notifications';
import { linkedinNotifications } from '../../utils/adapters/linkedin/notifications';
import type { ObservedComment } from '../../utils/model';
import { createNotificationWatcher } from '../../utils/content/notification-watcher';

const FIXTURES = join(__dirname, '..', 'fixtures');
const html = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const settle = () => new Promise((r) => setTimeout(r, 20));

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function watch(reader: typeof facebookNotifications, markup: string, address: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(markup, 'text/html').documentElement.innerHTML;
  const batches: ObservedComment[][] = [];
  const watcher = createNotificationWatcher({
    reader,
    doc: document,
    currentUrl: () => new URL(address),
    onComments: (c) => batches.push(c),
    scheduleIdle: (work) => setTimeout(() => work(() => 50), 0),
  });
  watcher.start();
  stop = () => watcher.stop();
  return { watcher, batches };
}

describe('notification watcher', () => {
  it('sends the comments of the bell panel once, then only a new item as it arrives', async () => {
    const { watcher, batches } = watch(facebookNotifications, html('facebook/notifications/dropdown-panel.html'), 'https://www.facebook.com/');
    await settle();
    expect(batches.flat().map((c) => c.authorName)).toEqual(['Priya Shah', 'Tom Nguyen', 'Lena Park', 'Jane Doe']);
    expect(watcher.stats()).toEqual({ recognised: 5, skipped: 0 });

    // Facebook re-renders a row in place (its time ticks) and streams a new one in at the top.
    const grid = document.querySelector('[role=grid]')!;
    const again = grid.firstElementChild!.cloneNode(true) as Element;
    const fresh = grid.firstElementChild!.cloneNode(true) as Element;
    const link = fresh.querySelector('a')!;
    link.setAttribute('href', link.getAttribute('href')!.replace('comment_id=1122334455667701', 'comment_id=1122334455667799'));
    fresh.querySelector('strong')!.textContent = 'Noor Aziz';
    grid.firstElementChild!.replaceWith(again);
    grid.prepend(fresh);
    await settle();
    expect(batches).toHaveLength(2);
    expect(batches[1]!.map((c) => [c.id, c.authorName])).toEqual([['1122334455667799', 'Noor Aziz']]);
  });

  it('looks at nothing on a LinkedIn page that is not its list', async () => {
    const { watcher, batches } = watch(linkedinNotifications, html('linkedin/notifications/admin-notifications.html'), 'https://www.linkedin.com/feed/');
    await settle();
    expect(batches).toEqual([]);
    expect(watcher.stats()).toEqual({ recognised: 0, skipped: 0 });
  });

  it('reads the LinkedIn list at its address and counts what it could not read', async () => {
    const markup = html('linkedin/notifications/admin-notifications.html').replace('commented on your post:', 'a laissé un avis :');
    const { watcher, batches } = watch(linkedinNotifications, markup, 'https://www.linkedin.com/company/98765432/admin/notifications/all/');
    await settle();
    expect(batches.flat().map((c) => c.authorName)).toEqual(['Marco Bianchi', 'Sven Berg']);
    expect(watcher.stats()).toEqual({ recognised: 6, skipped: 1 });
  });
});
