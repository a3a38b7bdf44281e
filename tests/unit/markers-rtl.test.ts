// A right-to-left page: the Arabic interface of the collapsed-replies post, read by the adapter, stored by the
// real background with the page's <html lang="ar">, marked by the markers. Its times are read through the Arabic
// table (Arabic-Indic digits included), and each marker follows the author's name in the page's own direction:
// on an RTL line that is the name's left, on the right side of the comment (tests/e2e/markers.e2e.test.ts
// measures it in Chromium; happy-dom lays nothing out, so here it is the place in the line and the styles).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { facebookAdapter as fb } from '../../utils/adapters/facebook';
import { createBackgroundService } from '../../utils/background/service';
import type { CommentState } from '../../utils/background/states';
import { createMarkers, everywhere, type Markers } from '../../utils/content/markers';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { FIXTURE_DIR, parseHtml } from './facebook-fixtures';

const file = join(FIXTURE_DIR, 'languages', 'collapsed-replies.ar.html');
const html = readFileSync(file, 'utf8');
const header = (k: string) => new RegExp(`^\\s*${k}: (\\S+)$`, 'm').exec(html)![1]!;
const url = new URL(header('url'));
const now = Date.parse(header('now'));
const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const fromTab: Runtime.MessageSender = { id: 'test-extension-id', url: url.href, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };

let db: ReplyRadarDb;
let markers: Markers | undefined;
const background = () => createBackgroundService({ db, now: () => now, timeZone: () => 'UTC', loadSettings: async () => DEFAULT_SETTINGS });
const readPage = () =>
  fb.findCommentNodes(document).map((node) => {
    const read = fb.readComment(node, url);
    if (!read.ok) throw new Error(read.reason);
    return { node, comment: read.comment };
  });

beforeEach(async () => {
  const doc = parseHtml(html);
  document.documentElement.lang = doc.documentElement.lang;
  document.documentElement.dir = doc.documentElement.dir;
  document.body.innerHTML = doc.body.innerHTML;
  db = openDatabase(`markers-rtl-${Math.random()}`);
  await background().onMessage({ type: 'add-page', address: 'https://www.facebook.com/acmecoffee', name: 'Acme Coffee' }, fromPopup);
  const lang = document.documentElement.lang;
  await background().onMessage({ type: 'comments-seen', url: url.href, page: fb.pageFromUrl(url), lang, comments: readPage().map((r) => r.comment) }, fromTab);
});

afterEach(() => {
  markers?.setEnabled(false);
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  document.documentElement.dir = '';
  document.querySelector('reply-radar-chip')?.remove();
});

async function drawMarkers() {
  const asked: Promise<unknown>[] = [];
  markers = createMarkers({
    adapter: fb,
    doc: document,
    showAnswered: false,
    visibility: everywhere,
    onHide: () => {},
    fetchStates: (ids) => {
      const answer = background().onMessage({ type: 'comment-states', platform: 'facebook', ids }, fromTab) as Promise<CommentState[]>;
      asked.push(answer);
      return answer;
    },
  });
  markers.add(readPage());
  await Promise.all(asked);
  await new Promise((r) => setTimeout(r, 0));
  return [...document.querySelectorAll<HTMLElement>('reply-radar-marker')];
}

describe('markers on a right-to-left Arabic page', () => {
  it('marks the three comments the page has not answered, with the ages their Arabic labels say', async () => {
    const shown = await drawMarkers();
    const byAuthor = shown.map((m) => [m.previousElementSibling?.textContent, m.shadowRoot!.textContent]);
    // Hugo "٨ س" (8 h), Ivy "قبل 7 ساعات" (7 h, from her label), Paul "٦ س" (6 h); Jane was answered.
    expect(byAuthor.map(([name]) => name)).toEqual(['Hugo Bernard', 'Ivy Tan', 'Paul Martin']);
    expect(byAuthor.map(([, text]) => /\d+/.exec(text ?? '')?.[0])).toEqual(['8', '7', '6']);
    const stored = await db.comments.toArray();
    expect(stored.every((c) => c.postedAtSource !== 'first-seen')).toBe(true);
  });

  it('follows the name in the page’s direction: right after the name link, gap on the start side, no physical side', async () => {
    const [marker] = await drawMarkers();
    const name = marker!.previousElementSibling!;
    expect(name.tagName).toBe('A');
    expect(marker!.parentElement).toBe(name.parentElement);
    const style = marker!.style;
    // all:initial would make it ltr; it takes the page's direction instead, and isolates its own text.
    expect(style.direction).toBe('inherit');
    expect(style.unicodeBidi).toBe('isolate');
    expect(style.marginInlineStart).toBe('6px');
    for (const physical of ['left', 'right', 'marginLeft', 'marginRight', 'float'] as const) expect(style[physical]).toBe('');
  });
});
