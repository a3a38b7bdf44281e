import { describe, expect, it } from 'vitest';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { isPageAuthor, resolveThread } from '../../utils/rules/thread';
import { storedComment } from './support/stored-comment';

const MIN = 60_000;
const T0 = Date.UTC(2026, 4, 12, 14, 0); // an arbitrary fixed clock

const acmeFacebook: ManagedPage = {
  key: 'facebook:61550000000001',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/profile.php?id=61550000000001',
  platformId: '61550000000001',
  thresholdHours: null,
  addedAt: 0,
};

const acmeLinkedIn: ManagedPage = {
  key: 'linkedin:acme-coffee',
  platform: 'linkedin',
  name: 'Acme Coffee',
  url: 'https://www.linkedin.com/company/acme-coffee/',
  slug: 'acme-coffee',
  thresholdHours: null,
  addedAt: 0,
};

const ACME_URL = 'https://www.facebook.com/profile.php?id=61550000000001';

function comment(id: string, over: Partial<StoredComment> = {}): StoredComment {
  return storedComment({
    key: `facebook:${id}`,
    platform: 'facebook',
    id,
    pageKey: acmeFacebook.key,
    postUrl: 'https://www.facebook.com/acme/posts/1',
    threadId: '100',
    authorName: 'Bob Lee',
    authorUrl: 'https://www.facebook.com/profile.php?id=100089012345678',
    text: 'hello',
    postedAt: T0,
    ...over,
  });
}

/** Applies the changes resolveThread returns, as the background would store them. */
function apply(thread: StoredComment[], repliedBy = new Map<string, string[]>(), now = T0 + 600 * MIN) {
  const changes = resolveThread(thread, acmeFacebook, repliedBy, now);
  const byKey = new Map(thread.map((c) => [c.key, c]));
  for (const changed of changes) byKey.set(changed.key, changed);
  return { changes, get: (id: string) => byKey.get(`facebook:${id}`)! };
}

describe('isPageAuthor', () => {
  it('recognises the page by its numeric id in profile.php, with or without extra parameters', () => {
    expect(isPageAuthor({ authorName: 'Acme Coffee', authorUrl: `${ACME_URL}&comment_id=Y29tbWVudDox%3D%3D` }, acmeFacebook)).toBe(true);
    expect(isPageAuthor({ authorName: 'Whatever', authorUrl: ACME_URL }, acmeFacebook)).toBe(true);
  });

  it('recognises a vanity address against the slug, ignoring case and trailing parts', () => {
    const page: ManagedPage = { ...acmeFacebook, key: 'facebook:acmecoffee', url: 'https://www.facebook.com/acmecoffee', platformId: undefined, slug: 'acmecoffee' };
    expect(isPageAuthor({ authorName: 'Acme', authorUrl: 'https://www.facebook.com/AcmeCoffee/?comment_id=1' }, page)).toBe(true);
    expect(isPageAuthor({ authorName: 'Acme Coffee', authorUrl: 'https://www.facebook.com/acme.coffee.fan' }, page)).toBe(false);
  });

  it('recognises LinkedIn company addresses by slug or numeric id', () => {
    expect(isPageAuthor({ authorName: 'Acme', authorUrl: 'https://www.linkedin.com/company/acme-coffee/' }, acmeLinkedIn)).toBe(true);
    expect(isPageAuthor({ authorName: 'Acme', authorUrl: '/company/acme-coffee/posts/' }, acmeLinkedIn)).toBe(true);
    const byId = { ...acmeLinkedIn, platformId: '12345678' };
    expect(isPageAuthor({ authorName: 'Acme', authorUrl: 'https://www.linkedin.com/company/12345678/' }, byId)).toBe(true);
    expect(isPageAuthor({ authorName: 'Acme Coffee', authorUrl: 'https://www.linkedin.com/company/other-roasters/' }, acmeLinkedIn)).toBe(false);
  });

  it('never takes a person with the same name for the page: the address wins over the name', () => {
    expect(isPageAuthor({ authorName: 'Acme Coffee', authorUrl: 'https://www.linkedin.com/in/acme-coffee/' }, acmeLinkedIn)).toBe(false);
    expect(isPageAuthor({ authorName: 'Acme Coffee', authorUrl: 'https://www.facebook.com/profile.php?id=100000000000042' }, acmeFacebook)).toBe(false);
  });

  it('falls back to the name when the address tells nothing comparable', () => {
    const slugOnly: ManagedPage = { ...acmeFacebook, url: 'https://www.facebook.com/acmecoffee', platformId: undefined, slug: 'acmecoffee' };
    // The page replied under its profile.php id, which we never learned: the name decides.
    expect(isPageAuthor({ authorName: 'ACME  Coffée', authorUrl: ACME_URL }, slugOnly)).toBe(true);
    expect(isPageAuthor({ authorName: 'Acme Coffee', authorUrl: null }, acmeFacebook)).toBe(true);
    expect(isPageAuthor({ authorName: 'Acme Coffee Roasters', authorUrl: null }, acmeFacebook)).toBe(false);
    expect(isPageAuthor({ authorName: 'Acme', authorUrl: null }, acmeFacebook)).toBe(false);
  });

  it('is not thrown off by badges printed with the name', () => {
    expect(isPageAuthor({ authorName: 'Acme Coffee Author', authorUrl: null }, acmeFacebook)).toBe(true);
    expect(isPageAuthor({ authorName: 'Acme Coffee • Author', authorUrl: null }, acmeLinkedIn)).toBe(true);
    expect(isPageAuthor({ authorName: 'Acme Coffee, Top fan', authorUrl: null }, acmeFacebook)).toBe(true);
    // A visitor with a badge is still a visitor.
    expect(isPageAuthor({ authorName: 'Bob Lee Top fan', authorUrl: null }, acmeFacebook)).toBe(false);
    expect(isPageAuthor({ authorName: 'Bob Lee Author', authorUrl: 'https://www.linkedin.com/in/bob-lee/' }, acmeLinkedIn)).toBe(false);
  });
});

describe('resolveThread', () => {
  const page = { authorName: 'Acme Coffee', authorUrl: ACME_URL };

  it("marks the page's own comments as own and answers the visitor comment the page replied to", () => {
    const question = comment('100', { postedAt: T0 });
    const reply = comment('101', { ...page, parentId: '100', postedAt: T0 + 30 * MIN });
    const { get } = apply([reply, question]);
    expect(get('101').status).toBe('own');
    expect(get('100')).toMatchObject({ status: 'answered', answeredBy: 'page', answeredAt: T0 + 30 * MIN, answerKey: 'facebook:101' });
  });

  it('returns only what changed, as new objects', () => {
    const question = comment('100');
    const reply = comment('101', { ...page, parentId: '100', postedAt: T0 + MIN });
    const first = apply([question, reply]);
    expect(first.changes.map((c) => c.key).sort()).toEqual(['facebook:100', 'facebook:101']);
    expect(first.changes).not.toContain(question);
    expect(question.status).toBe('pending');
    expect(resolveThread([first.get('100'), first.get('101')], acmeFacebook, new Map(), T0)).toEqual([]);
  });

  it("re-opens the conversation when the visitor answers back after the page's reply", () => {
    const thread = [
      comment('100', { postedAt: T0 }),
      comment('101', { ...page, parentId: '100', postedAt: T0 + 10 * MIN }),
      comment('102', { parentId: '100', postedAt: T0 + 20 * MIN, text: 'Thanks, but when exactly?' }),
    ];
    const { get } = apply(thread);
    expect(get('100').status).toBe('answered');
    expect(get('102')).toMatchObject({ status: 'pending', answeredBy: null });

    const { get: later } = apply([...thread, comment('103', { ...page, parentId: '100', postedAt: T0 + 40 * MIN })]);
    expect(later('102')).toMatchObject({ status: 'answered', answerKey: 'facebook:103' });
    expect(later('100').answerKey).toBe('facebook:101');
  });

  it('does not count a reply from another visitor as an answer', () => {
    const { get } = apply([
      comment('100'),
      comment('101', { parentId: '100', authorName: 'Carol Diaz', authorUrl: 'https://www.facebook.com/carol.diaz', postedAt: T0 + MIN }),
    ]);
    expect(get('100').status).toBe('pending');
    expect(get('101').status).toBe('pending');
  });

  it('does not count a page comment written before the visitor comment', () => {
    const { get } = apply([
      comment('100', { ...page, postedAt: T0 }),
      comment('101', { parentId: '100', postedAt: T0 + 5 * MIN }),
    ]);
    expect(get('101').status).toBe('pending');
  });

  it('breaks equal timestamps with the numeric ids, and trusts that a reply follows its parent', () => {
    // "2h" labels give both the same time; the larger id came later.
    const { get } = apply([
      comment('100', { postedAt: T0 }),
      comment('1029384756474151', { parentId: '100', postedAt: T0 }),
      comment('1029384756474150', { ...page, parentId: '100', postedAt: T0 }),
    ]);
    expect(get('100').status).toBe('answered');
    expect(get('1029384756474151').status).toBe('pending');

    // A reply to a comment answers it even when the coarse label puts it earlier.
    const { get: coarse } = apply([
      comment('100', { postedAt: T0 }),
      comment('200', { parentId: '100', postedAt: T0 + 60 * MIN }),
      comment('201', { ...page, parentId: '200', postedAt: T0 + 59 * MIN }),
    ]);
    expect(coarse('200').status).toBe('answered');
  });

  it("never overrides the user's decisions", () => {
    const wontReply = comment('100', { status: 'wont-reply' });
    const markedReplied = comment('102', { status: 'answered', answeredBy: 'user', answeredAt: T0 + MIN, postedAt: T0 + 2 * MIN });
    const reply = comment('101', { ...page, parentId: '100', postedAt: T0 + 5 * MIN });
    const changes = resolveThread([wontReply, markedReplied, reply], acmeFacebook, new Map(), T0 + 10 * MIN);
    expect(changes.map((c) => c.key)).toEqual(['facebook:101']);
  });

  it('counts a collapsed "Acme Coffee replied" summary as the page answering, at the time it was seen', () => {
    const now = T0 + 3 * 60 * MIN;
    const summary = new Map([['facebook:100', ['Carol Diaz', 'Acme Coffee']]]);
    const { get } = apply([comment('100')], summary, now);
    expect(get('100')).toMatchObject({ status: 'answered', answeredBy: 'page', answeredAt: now, answerKey: null });

    // Seen again later, the answer keeps its first time.
    expect(resolveThread([get('100')], acmeFacebook, summary, now + 60 * MIN)).toEqual([]);
    // A summary naming only visitors answers nothing.
    expect(apply([comment('100')], new Map([['facebook:100', ['Carol Diaz']]])).get('100').status).toBe('pending');
  });

  it('keeps a page answer whose reply is no longer among the stored comments', () => {
    const answered = comment('100', { status: 'answered', answeredBy: 'page', answeredAt: T0 + MIN, answerKey: 'facebook:999' });
    expect(resolveThread([answered], acmeFacebook, new Map(), T0 + 60 * MIN)).toEqual([]);
  });

  it('takes back an "own" status when the comment turns out to be a visitor\'s', () => {
    const misread = comment('100', { status: 'own', authorIsPage: true });
    const [fixed] = resolveThread([misread], acmeFacebook, new Map(), T0);
    expect(fixed).toMatchObject({ status: 'pending', authorIsPage: false });
  });
});
