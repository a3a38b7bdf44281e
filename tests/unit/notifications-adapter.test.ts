import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facebookNotifications } from '../../utils/adapters/facebook/notifications';
import { linkedinNotifications } from '../../utils/adapters/linkedin/notifications';
import type { NotificationAdapter } from '../../utils/adapters/notifications';
import type { ObservedComment } from '../../utils/model';

const FIXTURES = join(__dirname, '..', 'fixtures');

function load(path: string) {
  const html = readFileSync(join(FIXTURES, path), 'utf8');
  const url = new URL(/^\s*url: (\S+)$/m.exec(html)![1]!);
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

function readAll(adapter: NotificationAdapter, path: string) {
  const { doc, url } = load(path);
  const items = adapter.findItems(doc);
  const reads = items.map((item) => adapter.readItem(item, url));
  const comments = reads.flatMap((r) => (r.kind === 'comment' ? [r.comment] : []));
  return { doc, url, items, reads, comments, byId: new Map(comments.map((c) => [c.id, c] as const)) };
}

const AUTUMN = 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Qx7AutumnMenuPost91kLmN2oPqR3sTuV4wXyZ5aBcD6eFgH7iJkL8mNoP9ql&id=61550000000001';

describe('Facebook notification list', () => {
  const page = readAll(facebookNotifications, 'facebook/notifications/notifications-page.html');

  it('finds every item of the full list and tells comments from everything else by the link', () => {
    expect(page.items).toHaveLength(9);
    expect(page.reads.map((r) => r.kind)).toEqual(['comment', 'comment', 'comment', 'comment', 'other', 'comment', 'other', 'other', 'other']);
    expect(page.reads.filter((r) => r.kind === 'unreadable')).toEqual([]);
  });

  it('reads a comment: author, quote, post, comment id, time label and the post owner from the address', () => {
    expect(page.byId.get('1122334455667701')).toEqual<ObservedComment>({
      platform: 'facebook',
      id: '1122334455667701',
      idSource: 'platform',
      parentId: null,
      postUrl: AUTUMN,
      permalink: `${AUTUMN}&comment_id=1122334455667701`,
      authorName: 'Priya Shah',
      authorUrl: null,
      authorIsPostAuthor: false,
      text: 'Do you still have the oat-milk pumpkin latte? It was gone on Saturday.',
      time: { label: '3h' },
      postOwner: { platform: 'facebook', id: '61550000000001', url: 'https://www.facebook.com/profile.php?id=61550000000001' },
    });
  });

  it('reads a reply with its thread, a mention on a post linked by the page number, and drops the tracking', () => {
    const reply = page.byId.get('1122334455667702')!;
    expect(reply).toMatchObject({ parentId: '1122334455667701', authorName: 'Tom Nguyen', text: 'Same question, I came by on Sunday too', time: { label: '1h' } });
    expect(reply.permalink).toBe(`${AUTUMN}&comment_id=1122334455667701&reply_comment_id=1122334455667702`);
    const mention = page.byId.get('1122334455667710')!;
    expect(mention).toMatchObject({ authorName: 'Lena Park', text: 'Acme Coffee makes the best flat white in town' });
    expect(mention.postOwner).toMatchObject({ id: '61550000000001' });
    for (const c of page.comments) expect(c.permalink).not.toMatch(/notif_|ref=/);
  });

  it("gives a comment on the admin's personal post its owner, so the background can leave it out", () => {
    expect(page.byId.get('5566778899001122')?.postOwner).toMatchObject({ slug: 'sam.admin.42' });
  });

  it('reads the drop-down panel over any page the same way', () => {
    const panel = readAll(facebookNotifications, 'facebook/notifications/dropdown-panel.html');
    expect(panel.comments.map((c) => [c.id, c.authorName])).toEqual([
      ['1122334455667701', 'Priya Shah'],
      ['1122334455667702', 'Tom Nguyen'],
      ['1122334455667710', 'Lena Park'],
      ['1029384756473829', 'Jane Doe'],
    ]);
    expect(facebookNotifications.isListUrl(panel.url)).toBe(false);
    expect(facebookNotifications.isListUrl(page.url)).toBe(true);
  });

  it('finds an item from a node added inside it, and nothing in a comment page', () => {
    const { doc } = load('facebook/notifications/notifications-page.html');
    const time = doc.querySelector('[role=row] a span.x1rg5ohu')!;
    expect(facebookNotifications.findItems(time)).toEqual([time.closest('[role=row]')]);
    const post = new DOMParser().parseFromString(readFileSync(join(FIXTURES, 'facebook/page-post-permalink.html'), 'utf8'), 'text/html');
    expect(facebookNotifications.findItems(post)).toEqual([]);
    // A comment added under a post is not even searched, whatever links it holds.
    const comment = post.querySelector('[role=article] [role=article]')!;
    comment.insertAdjacentHTML('beforeend', `<a href="${AUTUMN}&notif_t=feed_comment&comment_id=1">x</a>`);
    expect(facebookNotifications.findItems(comment)).toEqual([]);
  });

  it('says a list is showing items by its structure, and an item whose link lost its type is unreadable', () => {
    const { doc, url } = load('facebook/notifications/notifications-page.html');
    expect(facebookNotifications.showsItems(doc)).toBe(true);
    const link = doc.querySelector('[role=row] a')!;
    link.setAttribute('href', link.getAttribute('href')!.replace(/notif_t=\w+/, 'notif_x=1'));
    expect(facebookNotifications.readItem(link.closest('[role=row]')!, url).kind).toBe('unreadable');
  });
});

describe('LinkedIn company admin notifications', () => {
  const list = readAll(linkedinNotifications, 'linkedin/notifications/admin-notifications.html');
  const POST = 'https://www.linkedin.com/feed/update/urn:li:activity:7510205399040001001/';

  it('finds every card and keeps only new comments and replies on the company post', () => {
    expect(list.items).toHaveLength(7);
    expect(list.reads.map((r) => r.kind)).toEqual(['comment', 'comment', 'comment', 'other', 'other', 'other', 'other']);
    expect(linkedinNotifications.isListUrl(list.url)).toBe(true);
    expect(linkedinNotifications.showsItems(list.doc)).toBe(true);
  });

  it('keys a comment by its bare URN number, as the comment reader does, with its exact time from the id', () => {
    const olivia = list.byId.get('7510628184883202101')!;
    expect(olivia).toMatchObject({
      platform: 'linkedin',
      parentId: null,
      postUrl: POST,
      authorName: 'Olivia Chen',
      authorUrl: 'https://www.linkedin.com/in/olivia-chen-4b2a1/',
      text: 'Are you hiring baristas for the new Leeds shop?',
      time: { label: '2h', epochMs: Date.parse('2026-09-29T09:15:00Z') },
    });
    expect(decodeURIComponent(olivia.permalink!)).toContain('commentUrn=urn:li:comment:(activity:7510205399040001001,7510628184883202101)');
    const marco = list.byId.get('7510643284377602303')!;
    expect(marco).toMatchObject({ parentId: '7510628184883202101', authorName: 'Marco Bianchi', text: 'I applied last week, any news?' });
    expect(decodeURIComponent(marco.permalink!)).toContain('replyUrn=urn:li:comment:(activity:7510205399040001001,7510643284377602303)');
    expect(list.byId.get('7510582886400002202')).toMatchObject({ authorName: 'Sven Berg', text: '' });
  });

  it('reads no words on the list filtered to comments, and reports a sentence it cannot read elsewhere', () => {
    const { doc } = load('linkedin/notifications/admin-notifications.html');
    const headline = doc.querySelector('.nt-card__headline span')!;
    headline.innerHTML = '<strong>Olivia Chen</strong> a laissé un avis sur votre publication : « Vous recrutez ? »';
    const card = headline.closest('article')!;
    expect(linkedinNotifications.readItem(card, new URL('https://www.linkedin.com/company/98765432/admin/notifications/all/')).kind).toBe('unreadable');
    const filtered = linkedinNotifications.readItem(card, new URL('https://www.linkedin.com/company/98765432/admin/notifications/comments/'));
    expect(filtered).toMatchObject({ kind: 'comment', comment: { authorName: 'Olivia Chen', text: 'Vous recrutez ?' } });
  });
});
