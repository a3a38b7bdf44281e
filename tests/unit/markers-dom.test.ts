// On-page markers on the saved Facebook post, with the real background deciding the states:
// the adapter reads the fixture, the background stores it, the markers ask it how each comment stands.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { facebookAdapter as fb } from '../../utils/adapters/facebook';
import { createBackgroundService } from '../../utils/background/service';
import type { CommentState } from '../../utils/background/states';
import { createCommentWatcher } from '../../utils/content/comment-watcher';
import { CHIP_EVERY_MS } from '../../utils/content/chip';
import { createMarkers, everywhere, isOwnNode, type MarkerOptions, type Markers, type Visibility } from '../../utils/content/markers';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import type { ObservedComment } from '../../utils/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { loadFixture, type Fixture } from './facebook-fixtures';

const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

let f: Fixture;
let db: ReplyRadarDb;
let settings: Settings;
let fromTab: Runtime.MessageSender;
const background = () => createBackgroundService({ db, now: () => f.now, timeZone: () => 'UTC', loadSettings: async () => settings });

/** Each comment node on the page with what the adapter reads from it, as the watcher hands them over. */
function readPage(root: Element | Document = document) {
  return fb.findCommentNodes(root).map((node) => {
    const read = fb.readComment(node, f.url);
    if (!read.ok) throw new Error(`unreadable comment: ${read.reason}`);
    return { node, comment: read.comment };
  });
}

async function ingest(comments: ObservedComment[]) {
  await background().onMessage({ type: 'comments-seen', url: f.url.href, page: fb.pageFromUrl(f.url), comments }, fromTab);
}

function setup(options: { showAnswered?: boolean; visibility?: MarkerOptions['visibility'] } = {}) {
  const fetchStates = vi.fn((ids: string[]) => {
    const answer = background().onMessage({ type: 'comment-states', platform: 'facebook', ids }, fromTab) as Promise<CommentState[]>;
    pending.push(answer);
    return answer;
  });
  const onHide = vi.fn();
  // happy-dom lays nothing out, so nothing is ever "near the screen" there: every node counts as near,
  // unless a test drives visibility itself.
  const markers = createMarkers({
    adapter: fb, doc: document, showAnswered: options.showAnswered ?? false, fetchStates, onHide,
    visibility: options.visibility ?? everywhere,
  });
  live.push(markers);
  return { markers, fetchStates, onHide };
}
/** Every test's markers, turned off after it so no chip update it scheduled lands in the next test. */
let live: Markers[] = [];

let pending: Array<Promise<unknown>> = [];
/** Until every states question asked so far is answered and drawn. */
async function settle() {
  await Promise.all(pending);
  await new Promise((resolve) => setTimeout(resolve, 0));
}
const articleOf = (name: string) => document.querySelector(`[role=article][aria-label^="Comment by ${name}"]`)!;
const markersIn = (el: Element) => [...el.querySelectorAll('reply-radar-marker')];
/** What the user reads beside each comment author, in page order. */
const shown = () =>
  [...document.querySelectorAll('reply-radar-marker')].map((m) => {
    const author = m.closest('[role=article]')!.getAttribute('aria-label')!.replace(/ \d+ days? ago| a day ago/, '');
    return `${author}: ${m.shadowRoot!.textContent}`;
  });
const chipText = () => document.querySelector('reply-radar-chip')?.shadowRoot?.querySelector('span')?.textContent ?? null;
const chipButton = (label: string) =>
  [...document.querySelector('reply-radar-chip')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === label)!;

beforeEach(async () => {
  pending = [];
  f = loadFixture('page-post-permalink.html');
  document.body.innerHTML = f.doc.body.innerHTML;
  db = openDatabase(`markers-${Math.random()}`);
  settings = { ...DEFAULT_SETTINGS };
  fromTab = { id: 'test-extension-id', url: f.url.href, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
  await background().onMessage({ type: 'add-page', address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }, fromPopup);
  await ingest(readPage().map((r) => r.comment));
});

afterEach(() => {
  for (const markers of live) markers.setEnabled(false);
  live = [];
  document.body.innerHTML = '';
  document.querySelector('reply-radar-chip')?.remove();
});

describe('markers beside waiting comments', () => {
  it('marks exactly the three unanswered visitor questions: priority, overdue, in words', async () => {
    const { markers } = setup();
    markers.add(readPage());
    await settle();
    expect(shown()).toEqual([
      // All three ask a question (priority), and all are past the 4 h priority threshold.
      'Comment by Bob Lee: ! waiting 3 days · overdue',
      'Comment by Maria Garcia: ! waiting 2 days · overdue',
      'Comment by Sinta Dewi: ! waiting 24 hr · overdue',
    ]);
    expect(chipText()).toBe('3 waiting here');
  });

  it('sits right after the author’s name, outside the link, and changes nothing the adapter reads', async () => {
    const before = readPage().map((r) => r.comment);
    const { markers } = setup();
    markers.add(readPage());
    await settle();
    const marker = markersIn(articleOf('Bob Lee'))[0] as HTMLElement;
    expect(marker.previousElementSibling?.textContent).toBe('Bob Lee');
    expect(marker.closest('a')).toBeNull();
    expect(marker.getAttribute('tabindex') ?? marker.shadowRoot!.querySelector('[tabindex],button,a')).toBeNull();
    expect(marker.style.pointerEvents).toBe('none');
    expect(marker.style.position).toBe('absolute');
    expect(readPage().map((r) => r.comment)).toEqual(before);
  });

  it('shows a quiet check beside answered comments only when the user asks for it', async () => {
    const { markers } = setup({ showAnswered: true });
    markers.add(readPage());
    await settle();
    expect(shown()).toContain('Comment by Jane Doe: ✓ answered');
    expect(chipText()).toBe('3 waiting here');
  });

  it('adds nothing twice: a re-read batch asks no question and leaves one marker per comment', async () => {
    const { markers, fetchStates } = setup();
    markers.add(readPage());
    await settle();
    markers.add(readPage());
    markers.add(readPage());
    await settle();
    expect(fetchStates).toHaveBeenCalledTimes(1);
    for (const name of ['Bob Lee', 'Maria Garcia', 'Sinta Dewi']) expect(markersIn(articleOf(name))).toHaveLength(1);
  });

  it('removes the marker when the page replies, and the chip counts one fewer', async () => {
    const { markers } = setup();
    markers.add(readPage());
    await settle();
    // The page answers Bob; Facebook renders the reply as a sibling wrapper after his comment.
    const bob = readPage().find((r) => r.comment.authorName === 'Bob Lee')!;
    const reply = document.createElement('div');
    reply.innerHTML = pageReply(bob.comment.id, '1029384756479999');
    bob.node.closest('[data-commentid]')!.after(reply.firstElementChild!);
    await ingest(readPage(document.querySelector('[data-commentid="1029384756479999"]')!).map((r) => r.comment));
    await markers.refresh(); // the background's "states-changed"
    expect(markersIn(articleOf('Bob Lee'))).toHaveLength(0);
    expect(shown()).toHaveLength(2);
    expect(chipText()).toBe('2 waiting here');
  });

  it('the tab whose batch held the page’s reply re-asks about the answered comment only, and its marker goes', async () => {
    const { markers, fetchStates } = setup();
    markers.add(readPage());
    await settle();
    const bob = readPage().find((r) => r.comment.authorName === 'Bob Lee')!;
    const reply = document.createElement('div');
    reply.innerHTML = pageReply(bob.comment.id, '1029384756479999');
    bob.node.closest('[data-commentid]')!.after(reply.firstElementChild!);
    const answer = (await background().onMessage(
      { type: 'comments-seen', url: f.url.href, page: fb.pageFromUrl(f.url), comments: readPage(document.querySelector('[data-commentid="1029384756479999"]')!).map((r) => r.comment) },
      fromTab,
    )) as { restatedIds: string[] };
    expect(answer.restatedIds).toEqual([bob.comment.id]);
    fetchStates.mockClear();
    await markers.recheck(answer.restatedIds);
    expect(fetchStates).toHaveBeenCalledWith([bob.comment.id]);
    expect(markersIn(articleOf('Bob Lee'))).toHaveLength(0);
    expect(shown()).toHaveLength(2);
  });

  it('an older answer arriving after a newer one does not bring a marker back', async () => {
    let answers: Array<(states: CommentState[]) => void> = [];
    const fetchStates = vi.fn(() => new Promise<CommentState[]>((resolve) => answers.push(resolve)));
    const markers = createMarkers({ adapter: fb, doc: document, showAnswered: false, fetchStates, onHide: vi.fn(), visibility: everywhere });
    live.push(markers);
    const bob = readPage().find((r) => r.comment.authorName === 'Bob Lee')!;
    markers.add([bob]);
    const waiting: CommentState = { id: bob.comment.id, waiting: true, answered: false, severity: 'overdue', waited: '3 days', priority: false };
    const [first] = answers;
    answers = [];
    const recheck = markers.recheck([bob.comment.id]);
    answers[0]!([{ ...waiting, waiting: false, answered: true }]);
    await recheck;
    first!([waiting]); // asked before the reply was stored
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(markersIn(articleOf('Bob Lee'))).toHaveLength(0);
  });

  it('removes the marker when the user marks the comment replied in the popup', async () => {
    const { markers } = setup();
    markers.add(readPage());
    await settle();
    const maria = readPage().find((r) => r.comment.authorName === 'Maria Garcia')!;
    await background().onMessage({ type: 'comment-action', key: `facebook:${maria.comment.id}`, action: 'mark-replied' }, fromPopup);
    await markers.refresh();
    expect(markersIn(articleOf('Maria Garcia'))).toHaveLength(0);
    expect(chipText()).toBe('2 waiting here');
  });

  it('gives new comments from "View more comments" their marker with one question for the batch', async () => {
    const { markers, fetchStates } = setup();
    markers.add(readPage());
    await settle();
    const more = document.createElement('div');
    more.innerHTML = visitorComment('1029384756479001', 'Olu Ade', 'Any student discount?');
    document.querySelector('[data-commentid]')!.parentElement!.append(more);
    const added = readPage(more);
    await ingest(added.map((r) => r.comment));
    markers.add(added);
    await settle();
    expect(fetchStates).toHaveBeenCalledTimes(2);
    expect(fetchStates).toHaveBeenLastCalledWith([added[0]!.comment.id]);
    expect(markersIn(more)).toHaveLength(1);
    // The batch came while the page loads comments: the chip's words change at most once a second.
    await vi.waitFor(() => expect(chipText()).toBe('4 waiting here'), { timeout: CHIP_EVERY_MS + 500, interval: 50 });
  });

  it('draws the markers of a stored batch from the states its answer carries, asking nothing more', async () => {
    const { markers, fetchStates } = setup();
    markers.add(readPage());
    await settle();
    const more = document.createElement('div');
    more.innerHTML = visitorComment('1029384756479001', 'Olu Ade', 'Any student discount?') + pageReply('1029384756479001', '1029384756479002');
    document.querySelector('[data-commentid]')!.parentElement!.append(more);
    const added = readPage(more);
    const comments = added.map((r) => r.comment);
    const answer = (await background().onMessage(
      { type: 'comments-seen', url: f.url.href, page: fb.pageFromUrl(f.url), comments: comments.slice(0, 1), withStates: true },
      fromTab,
    )) as { states: CommentState[] };
    expect(answer.states).toEqual([expect.objectContaining({ id: '1029384756479001', waiting: true })]);
    fetchStates.mockClear();
    // The page's reply was read but not in that batch: it is asked about as before.
    markers.add(added, { ids: new Set([comments[0]!.id]), states: answer.states });
    await settle();
    expect(fetchStates).toHaveBeenCalledTimes(1);
    expect(fetchStates).toHaveBeenCalledWith([comments[1]!.id]);
    expect(markersIn(articleOf('Olu Ade'))).toHaveLength(1);
  });

  it('forgets a comment the page removed: its marker leaves with it and the chip recounts', async () => {
    const { markers } = setup();
    markers.add(readPage());
    await settle();
    articleOf('Sinta Dewi').closest('[data-commentid]')!.remove();
    await markers.refresh();
    expect(shown()).toHaveLength(2);
    expect(chipText()).toBe('2 waiting here');
  });

  it('draws nothing when markers are off for this page', async () => {
    const { markers, fetchStates } = setup();
    markers.setEnabled(false);
    markers.add(readPage());
    await markers.refresh();
    expect(fetchStates).not.toHaveBeenCalled();
    expect(document.querySelectorAll('reply-radar-marker,reply-radar-chip')).toHaveLength(0);
  });

  it('Next scrolls to each waiting comment in turn and outlines it', async () => {
    const scrolled: string[] = [];
    const spy = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element, arg) {
      expect(arg).toEqual({ block: 'center' });
      scrolled.push(this.getAttribute('aria-label')!.split(' ').slice(2, 4).join(' '));
    });
    const { markers } = setup();
    markers.add(readPage());
    await settle();
    for (let i = 0; i < 4; i++) chipButton('Next').click();
    expect(scrolled).toEqual(['Bob Lee', 'Maria Garcia', 'Sinta Dewi', 'Bob Lee']);
    const outline = document.querySelector('reply-radar-chip')!.shadowRoot!.querySelector('i')!;
    expect(outline.hidden).toBe(false);
    spy.mockRestore();
  });

  it('"Hide on this page" removes markers and chip and tells the background', async () => {
    const { markers, onHide } = setup();
    markers.add(readPage());
    await settle();
    chipButton('Hide on this page').click();
    expect(onHide).toHaveBeenCalledOnce();
    expect(document.querySelectorAll('reply-radar-marker,reply-radar-chip')).toHaveLength(0);
    markers.add(readPage());
    await settle();
    expect(document.querySelectorAll('reply-radar-marker')).toHaveLength(0);
  });
});

describe('the watcher and our markers', () => {
  it('does not re-read a comment because our marker went into it, but does when the page changes it', async () => {
    const reads: string[] = [];
    const watcher = createCommentWatcher({
      adapter: fb,
      doc: document,
      currentUrl: () => f.url,
      isOwnNode,
      onComments: () => undefined,
      onNodes: (nodes) => reads.push(...nodes.map((n) => n.comment.authorName)),
      scheduleIdle: (work) => setTimeout(() => work(() => 50), 0),
    });
    watcher.start();
    await vi.waitFor(() => expect(watcher.busy()).toBe(false));
    reads.length = 0;
    const { markers } = setup();
    markers.add(readPage());
    await settle();
    await settle();
    expect(reads).toEqual([]);
    // The page edits Bob's comment: that one is read again.
    articleOf('Bob Lee').querySelector('[lang] div[dir=auto]')!.append(' (edited)');
    await vi.waitFor(() => expect(reads).toEqual(['Bob Lee']));
    watcher.stop();
  });
});

function visitorComment(cid: string, name: string, text: string): string {
  const post = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl&amp;id=61550000000001';
  return `<div data-commentid="${cid}"><div role="article" aria-label="Comment by ${name} 2 days ago" tabindex="-1">
    <div><span><span><a role="link" href="https://www.facebook.com/olu.ade.9"><span><span dir="auto">${name}</span></span></a></span></span>
    <div><span dir="auto" lang="en-US"><div dir="auto">${text}</div></span></div></div>
    <ul><li><a role="link" href="${post}&amp;comment_id=${cid}">2d</a></li><li><div role="button" tabindex="0">Reply</div></li></ul></div></div>`;
}

function pageReply(parent: string, cid: string): string {
  const post = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl&amp;id=61550000000001';
  return `<div data-commentid="${cid}"><div role="article" aria-label="Reply by Acme Coffee to Bob Lee's comment Just now" tabindex="-1">
    <div><span><span><a role="link" href="https://www.facebook.com/profile.php?id=61550000000001"><span><span dir="auto">Acme Coffee</span></span></a></span></span>
    <div><span dir="auto" lang="en-US"><div dir="auto">Thanks Bob, it’s back on Monday!</div></span></div></div>
    <ul><li><a role="link" href="${post}&amp;comment_id=${parent}&amp;reply_comment_id=${cid}">Just now</a></li></ul></div></div>`;
}

describe('markers and the screen', () => {
  it('draws markers only for comments near the screen, and takes them away when they scroll off', async () => {
    const near = new Set<Element>();
    let report: (node: Element, isNear: boolean) => void = () => {};
    const visibility = (onChange: typeof report): Visibility => {
      report = onChange;
      return { watch() {}, unwatch() {}, isNear: (n) => near.has(n), disconnect() {} };
    };
    const { markers } = setup({ visibility });
    const read = readPage();
    markers.add(read);
    await settle();
    // Three comments wait, but none is near the screen: nothing is drawn.
    expect(document.querySelectorAll('reply-radar-marker')).toHaveLength(0);
    const bob = read.find(({ comment }) => comment.authorName === 'Bob Lee')!.node;
    near.add(bob);
    report(bob, true);
    expect([...document.querySelectorAll('reply-radar-marker')].map((m) => m.closest('[role=article]'))).toEqual([bob]);
    near.delete(bob);
    report(bob, false);
    expect(document.querySelectorAll('reply-radar-marker')).toHaveLength(0);
  });
});
