import fc from 'fast-check';
import { facebookAdapter as fb } from '../../utils/adapters/facebook';
import type { ObservedComment, PageRef } from '../../utils/model';
import { rowNamesPage } from '../../utils/rules/summary-row';
import { fixtureNames, loadFixture, parseHtml, type Fixture } from './facebook-fixtures';

const FB = 'https://www.facebook.com';
const ACME_BY_ID: PageRef = { platform: 'facebook', id: '61550000000001', url: `${FB}/profile.php?id=61550000000001`, name: 'Acme Coffee' };
const ACME_BY_SLUG: PageRef = { platform: 'facebook', slug: 'acmecoffee', url: `${FB}/acmecoffee`, name: 'Acme Coffee' };
/** The page's picture, as the fixtures' links to the page show it. */
const PAGE_LOGO = 'https://scontent.xx.fbcdn.net/v/t39.30808-1/page_logo.jpg';

function readAll(f: Fixture): ObservedComment[] {
  return fb.findCommentNodes(f.doc).map((node) => {
    const read = fb.readComment(node, f.url);
    if (!read.ok) throw new Error(`${f.name}: a comment was skipped (${read.reason})`);
    return read.comment;
  });
}

/** What a test expects of one comment; `post` and the ids give the permalink. */
interface Expected {
  id: string;
  parentId?: string;
  author: string;
  authorUrl: string;
  text: string;
  label: string;
  absoluteLabel?: string;
  postAuthor?: boolean;
  repliedBy?: string[];
}

function permalink(post: string, e: Expected): string {
  const sep = post.includes('?') ? '&' : '?';
  return e.parentId ? `${post}${sep}comment_id=${e.parentId}&reply_comment_id=${e.id}` : `${post}${sep}comment_id=${e.id}`;
}

function expectComments(f: Fixture, post: string, owner: PageRef, expected: Expected[]): void {
  const got = readAll(f);
  expect(got.map((c) => c.id)).toEqual(expected.map((e) => e.id));
  got.forEach((c, i) => {
    const e = expected[i]!;
    expect(c).toEqual({
      platform: 'facebook',
      id: e.id,
      idSource: 'platform',
      parentId: e.parentId ?? null,
      postUrl: post,
      permalink: permalink(post, e),
      authorName: e.author,
      authorUrl: e.authorUrl,
      authorIsPostAuthor: e.postAuthor ?? false,
      text: e.text,
      time: e.absoluteLabel ? { label: e.label, absoluteLabel: e.absoluteLabel } : { label: e.label },
      ...(e.repliedBy && { repliedByNames: e.repliedBy }),
      postOwner: owner,
    });
  });
}

/**
 * The answered rule itself lives in utils/rules/thread.ts. This is just enough of it to show the
 * adapter gives that rule what it needs: a visitor comment is answered when the page writes later
 * in the same thread or a collapsed summary names the page.
 */
function unanswered(comments: ObservedComment[], page: PageRef): string[] {
  const byPage = (c: ObservedComment) => c.authorUrl?.toLowerCase() === page.url?.toLowerCase();
  const thread = (c: ObservedComment) => c.parentId ?? c.id;
  return comments
    .filter((c) => !byPage(c))
    .filter((c) => {
      const i = comments.indexOf(c);
      const pageLater = comments.slice(i + 1).some((later) => byPage(later) && thread(later) === thread(c));
      return !pageLater && !c.repliedByNames?.some((row) => rowNamesPage(row, page.name ?? ''));
    })
    .map((c) => c.id);
}

const pageWrote = (comments: ObservedComment[], page: PageRef) =>
  comments.filter((c) => c.authorUrl?.toLowerCase() === page.url?.toLowerCase()).map((c) => c.id);

describe('every fixture', () => {
  it('has at least eight saved pages, each with its address, managed page and time', () => {
    const names = fixtureNames();
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      const f = loadFixture(name);
      expect(f.html.trimStart().startsWith('<!--')).toBe(true);
      expect(f.html).toMatch(/managed page: Acme Coffee/);
      expect(fb.handlesUrl(f.url)).toBe(true);
      expect(Number.isFinite(f.now)).toBe(true);
    }
  });

  it.each(fixtureNames())('%s reads the same with every class attribute removed', (name) => {
    const f = loadFixture(name);
    const before = readAll(f);
    f.doc.querySelectorAll('[class]').forEach((el) => el.removeAttribute('class'));
    expect(readAll(f)).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });

  it.each(fixtureNames())('%s shows a comment area', (name) => {
    expect(fb.hasCommentArea(loadFixture(name).doc)).toBe(true);
  });
});

describe('page post permalink, 2026 sibling wrappers (the demo page)', () => {
  const f = loadFixture('page-post-permalink.html');
  const post = `${FB}/permalink.php?story_fbid=pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl&id=61550000000001`;

  it('reads every comment and reply exactly', () => {
    expectComments(f, post, ACME_BY_ID, [
      { id: '1029384756473829', author: 'Jane Doe', authorUrl: `${FB}/jane.doe.77`, text: 'Do you ship to Canada?', label: '5d' },
      {
        id: '1029384756473990',
        parentId: '1029384756473829',
        author: 'Tom Nguyen',
        authorUrl: `${FB}/tom.nguyen.5`,
        text: 'Jane Doe same question, and to the US?',
        label: '5d',
      },
      {
        id: '1029384756474150',
        parentId: '1029384756473829',
        author: 'Acme Coffee',
        authorUrl: `${FB}/profile.php?id=61550000000001`,
        text: 'Jane Doe Yes! We ship to Canada and the US, 3 to 5 business days.',
        label: '4d',
        postAuthor: true,
      },
      {
        id: '1029384756473901',
        author: 'Bob Lee',
        authorUrl: `${FB}/profile.php?id=100089012345678`,
        text: 'What are your opening hours on Sunday?',
        label: '3d',
      },
      {
        id: '1029384756474012',
        author: 'Maria Garcia',
        authorUrl: `${FB}/maria.garcia.design`,
        text: 'Love the new packaging! Is it recyclable?',
        label: '2d',
      },
      { id: '1029384756474233', author: 'Sinta Dewi', authorUrl: `${FB}/sinta.dewi.id`, text: 'Do you have oat milk? 🥛', label: '1d' },
    ]);
  });

  it('spells out the permalink without tracking parameters', () => {
    const reply = readAll(f).find((c) => c.id === '1029384756474150');
    expect(reply?.permalink).toBe(
      'https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl&id=61550000000001&comment_id=1029384756473829&reply_comment_id=1029384756474150',
    );
  });

  it('leaves exactly three visitor comments unanswered; the page wrote one reply', () => {
    const comments = readAll(f);
    expect(pageWrote(comments, ACME_BY_ID)).toEqual(['1029384756474150']);
    expect(unanswered(comments, ACME_BY_ID)).toEqual(['1029384756473901', '1029384756474012', '1029384756474233']);
  });

  it('ignores the feed behind the dialog and names the page for "Track this page"', () => {
    expect(fb.readPageIdentity(f.doc, f.url)).toEqual({ ...ACME_BY_ID, avatarUrl: PAGE_LOGO });
  });

  it('is a complete page the demo can serve at its real address', () => {
    expect(f.html).toMatch(/<!DOCTYPE html>/);
    expect(f.doc.title).toMatch(/Acme Coffee/);
    expect(f.url.href).toBe(post);
  });
});

describe('nested replies (reply articles inside the parent article)', () => {
  const f = loadFixture('nested-replies.html');
  const post = `${FB}/acmecoffee/posts/pfbid0Nested7aBcD1234EfGh5678IjKl9012MnOp3456QrSt7890UvWxl`;
  const priya = `${FB}/profile.php?id=100012345678901`;

  it('reads each comment once, with its parent from the reply link', () => {
    expectComments(f, post, ACME_BY_SLUG, [
      { id: '1122334455667701', author: 'Priya Shah', authorUrl: priya, text: 'Is the café open on public holidays?', label: '1d' },
      {
        id: '1122334455667702',
        parentId: '1122334455667701',
        author: 'Acme Coffee',
        authorUrl: `${FB}/acmecoffee`,
        text: 'Priya Shah Yes, 8am to 2pm on public holidays.',
        label: '23h',
        postAuthor: true,
      },
      {
        id: '1122334455667703',
        parentId: '1122334455667701',
        author: 'Priya Shah',
        authorUrl: priya,
        text: 'Acme Coffee Great, and is the kitchen open too?',
        label: '20h',
      },
      { id: '1122334455667704', author: 'Ken Watanabe', authorUrl: `${FB}/ken.watanabe.jp`, text: 'Any vegan pastries?', label: '5h' },
      {
        id: '1122334455667705',
        parentId: '1122334455667704',
        author: 'Lisa Chen',
        authorUrl: `${FB}/lisa.chen.92`,
        text: 'Ken Watanabe the almond croissant is vegan!',
        label: '4h',
      },
    ]);
  });

  it("counts Priya's answer-back and Ken's thread (a stranger replied) as waiting", () => {
    const comments = readAll(f);
    expect(pageWrote(comments, ACME_BY_SLUG)).toEqual(['1122334455667702']);
    expect(unanswered(comments, ACME_BY_SLUG)).toEqual(['1122334455667703', '1122334455667704', '1122334455667705']);
  });

  it("finds a parent's replies when asked about the parent's subtree only", () => {
    const parent = fb.findCommentNodes(f.doc)[0]!;
    expect(fb.findCommentNodes(parent).map((n) => (fb.readComment(n, f.url) as { comment: ObservedComment }).comment.id)).toEqual([
      '1122334455667701',
      '1122334455667702',
      '1122334455667703',
    ]);
  });

  it('takes the parent from the tree when a nested reply has no link of its own', () => {
    const reply = fb.findCommentNodes(f.doc)[4]!;
    reply.querySelector('a[href*="reply_comment_id"]')!.closest('li')!.remove();
    const read = fb.readComment(reply, f.url);
    // No timestamp link, no wrapper: the id comes from the base64 on the author link.
    expect(read).toMatchObject({ ok: true, comment: { id: '1122334455667705', parentId: '1122334455667704', idSource: 'platform' } });
  });
});

describe('post dialog over the feed', () => {
  const f = loadFixture('feed-post-dialog.html');
  const post = `${FB}/acmecoffee/posts/pfbid0DialogQwErTy12345AsDfGh67890ZxCvBn1357PoIuYt2468LkJhl`;
  const beanPost = `${FB}/beantherecafe/posts/pfbid0BeanThere1111aaaa2222bbbb3333cccc4444dddd5555eeeel`;

  it('reads the dialog and keeps the feed post behind it apart, by owner', () => {
    const comments = readAll(f);
    const inFeed = comments.filter((c) => c.postOwner?.slug === 'beantherecafe');
    expect(inFeed.map((c) => [c.id, c.postUrl, c.authorName])).toEqual([['2200110022001101', beanPost, 'Olivia Brown']]);
    expect(inFeed[0]?.postOwner).toEqual({ platform: 'facebook', slug: 'beantherecafe', url: `${FB}/beantherecafe`, name: 'Bean There Café' });

    const dialog = f.doc.querySelector('[role=dialog]')!;
    const docOnlyDialog = { ...f, doc: parseHtml(`<!doctype html><html lang="en"><body>${dialog.outerHTML}</body></html>`) };
    expectComments(docOnlyDialog, post, ACME_BY_SLUG, [
      { id: '3300440055006601', author: 'Noah Kim', authorUrl: `${FB}/noah.kim.art`, text: 'Are you hiring baristas?', label: '3d' },
      {
        id: '3300440055006602',
        parentId: '3300440055006601',
        author: 'Acme Coffee',
        authorUrl: `${FB}/acmecoffee`,
        text: 'Noah Kim Yes! Drop your CV at the counter.',
        label: '2d',
        postAuthor: true,
      },
      {
        id: '3300440055006603',
        author: 'Emma Rossi',
        authorUrl: `${FB}/profile.php?id=100077700000001`,
        text: 'The pumpkin latte is back?? 😍',
        label: '1w',
      },
    ]);
    expect(unanswered(comments.filter((c) => c.postOwner?.slug === 'acmecoffee'), ACME_BY_SLUG)).toEqual(['3300440055006603']);
  });

  it('names the page of the post in the dialog, though the address is the feed', () => {
    expect(fb.pageFromUrl(f.url)).toBeNull();
    expect(fb.readPageIdentity(f.doc, f.url)).toEqual({ ...ACME_BY_SLUG, avatarUrl: PAGE_LOGO });
    f.doc.querySelector('[role=dialog]')!.remove();
    expect(fb.readPageIdentity(f.doc, f.url)).toBeNull();
  });
});

describe('comments that are only a photo, a sticker or a GIF (photo viewer)', () => {
  const f = loadFixture('media-only-comments.html');
  const post = `${FB}/photo/?fbid=122150000000000111`;
  const stamp = `${FB}/photo/?fbid=122150000000000111&set=a.122100000000000222`;

  it('reads them as "[photo]", "[sticker]", "[GIF]", and words over an attached photo', () => {
    const comments = readAll(f);
    expect(comments.map((c) => [c.authorName, c.text, c.parentId])).toEqual([
      ['Ana Souza', '[photo]', null],
      ["Liam O'Brien", '[sticker]', null],
      ['Chloe Martin', '[GIF]', null],
      ['Acme Coffee', 'Chloe Martin 😂', '4400550066007703'],
      ['Mateo López', "Here's mine!", null],
    ]);
    expect(comments.map((c) => c.id)).toEqual(['4400550066007701', '4400550066007702', '4400550066007703', '4400550066007704', '4400550066007705']);
    for (const c of comments) {
      expect(c.postUrl).toBe(post);
      expect(c.permalink).toBe(c.parentId ? `${stamp}&comment_id=${c.parentId}&reply_comment_id=${c.id}` : `${stamp}&comment_id=${c.id}`);
      expect(c.postOwner).toEqual(ACME_BY_ID);
    }
    expect(comments.map((c) => c.authorIsPostAuthor)).toEqual([false, false, false, true, false]);
    expect(comments.map((c) => c.time.label)).toEqual(['6h', '5h', '4h', '3h', '2h']);
  });

  it('answers only Chloe; the page is read from the side panel', () => {
    const comments = readAll(f);
    expect(unanswered(comments, ACME_BY_ID)).toEqual(['4400550066007701', '4400550066007702', '4400550066007705']);
    expect(fb.readPageIdentity(f.doc, f.url)).toEqual({ ...ACME_BY_ID, avatarUrl: PAGE_LOGO });
  });
});

describe('edited comments and full dates on the timestamp link', () => {
  const f = loadFixture('edited-comment.html');
  const post = `${FB}/acmecoffee/posts/pfbid0EditedAbC123dEf456GhI789jKl012MnO345pQr678StU901vWxl`;

  it('leaves "Edited" out of the text and keeps the full date', () => {
    expectComments(f, post, ACME_BY_SLUG, [
      {
        id: '5500660077008801',
        author: 'Grace Lee',
        authorUrl: `${FB}/grace.lee.bakes`,
        text: 'We ordered the catering box for Friday, can we add two more sandwiches?',
        label: '1d',
        absoluteLabel: 'Monday 28 September 2026 at 09:41',
      },
      {
        id: '5500660077008802',
        parentId: '5500660077008801',
        author: 'Acme Coffee',
        authorUrl: `${FB}/acmecoffee`,
        text: 'Grace Lee Done, two more added to your order.',
        label: '18h',
        absoluteLabel: 'Monday 28 September 2026 at 17:02',
        postAuthor: true,
      },
      {
        id: '5500660077008803',
        author: 'Omar Haddad',
        authorUrl: `${FB}/omar.haddad.5`,
        text: 'Thanks for the quick delivery!',
        label: '20h',
        absoluteLabel: 'Monday 28 September 2026 at 15:10',
      },
    ]);
    expect(unanswered(readAll(f), ACME_BY_SLUG)).toEqual(['5500660077008803']);
  });

  it('falls back to data-commentid, then the base64 author link, then a stable hash', () => {
    const grace = () => fb.findCommentNodes(f.doc)[0]!;
    grace().querySelector('a[href*="comment_id=5500660077008801"]')!.closest('li')!.remove();
    expect(fb.readComment(grace(), f.url)).toMatchObject({
      ok: true,
      comment: { id: '5500660077008801', idSource: 'platform', permalink: null, postUrl: post, time: { label: 'a day ago' } },
    });
    // Without a timestamp link the post is found from the post header, and the time from the label's tail.

    grace().closest('[data-commentid]')!.removeAttribute('data-commentid');
    expect(fb.readComment(grace(), f.url)).toMatchObject({ ok: true, comment: { id: '5500660077008801', idSource: 'platform' } });

    grace().querySelectorAll('a[href*="comment_id="]').forEach((a) => a.setAttribute('href', `${FB}/grace.lee.bakes`));
    const first = fb.readComment(grace(), f.url);
    const again = fb.readComment(grace(), f.url);
    expect(first).toMatchObject({ ok: true, comment: { idSource: 'fallback', authorUrl: `${FB}/grace.lee.bakes` } });
    expect(first.ok && first.comment.id).toMatch(/^fb-/);
    expect(again).toEqual(first);

    // The hash ignores the time label, which Facebook rewrites as time passes.
    grace().setAttribute('aria-label', 'Comment by Grace Lee 2 days ago');
    const later = fb.readComment(grace(), f.url);
    expect(later.ok && later.comment.id).toBe(first.ok && first.comment.id);
    expect(later.ok && later.comment.time.label).toBe('2 days ago');
  });
});

describe('identity badges beside names', () => {
  const f = loadFixture('identity-badges.html');
  const post = `${FB}/permalink.php?story_fbid=pfbid0BadgesZz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8Nn7Mm6Ll5l&id=61550000000001`;

  it('keeps "Top fan", "Admin", "Follower" and "Author" out of names; only "Author" marks the post author', () => {
    expectComments(f, post, ACME_BY_ID, [
      {
        id: '6600770088009901',
        author: 'Bob Lee',
        authorUrl: `${FB}/profile.php?id=100089012345678`,
        text: 'Still the best flat white in town',
        label: '5h',
      },
      {
        id: '6600770088009902',
        parentId: '6600770088009901',
        author: 'Sam Admin',
        authorUrl: `${FB}/profile.php?id=100000000000042`,
        text: 'Bob Lee thank you Bob!',
        label: '4h',
      },
      { id: '6600770088009903', author: 'Fatima Noor', authorUrl: `${FB}/fatima.noor.pk`, text: 'Do you sell gift cards?', label: '3h' },
      {
        id: '6600770088009904',
        parentId: '6600770088009903',
        author: 'Acme Coffee',
        authorUrl: `${FB}/profile.php?id=61550000000001`,
        text: 'Fatima Noor Yes, in store and online.',
        label: '1h',
        postAuthor: true,
      },
    ]);
  });

  it('does not count an admin replying as himself as the page', () => {
    const comments = readAll(f);
    expect(pageWrote(comments, ACME_BY_ID)).toEqual(['6600770088009904']);
    expect(unanswered(comments, ACME_BY_ID)).toEqual(['6600770088009901', '6600770088009902']);
  });
});

describe('collapsed replies', () => {
  const f = loadFixture('collapsed-replies.html');
  const post = `${FB}/acmecoffee/posts/pfbid0CollapsedAa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0Kk1Ll2Mm3Nn4l`;

  it('reads who replied from the "<Name> replied · N replies" row after a comment', () => {
    expectComments(f, post, ACME_BY_SLUG, [
      {
        id: '7700880099001101',
        author: 'Jane Doe',
        authorUrl: `${FB}/jane.doe.77`,
        text: 'Do you deliver on Sundays?',
        label: '9h',
        repliedBy: ['Acme Coffee replied'],
      },
      {
        id: '7700880099001102',
        author: 'Hugo Bernard',
        authorUrl: `${FB}/hugo.bernard.fr`,
        text: 'Is there parking nearby?',
        label: '8h',
        repliedBy: ['Lena Park replied'],
      },
      { id: '7700880099001103', author: 'Ivy Tan', authorUrl: `${FB}/ivy.tan.sg`, text: 'Love this place', label: '7h' },
      {
        id: '7700880099001104',
        author: 'Paul Martin',
        authorUrl: `${FB}/profile.php?id=100066600000003`,
        text: 'What time do you close today?',
        label: '6h',
      },
    ]);
    expect(unanswered(readAll(f), ACME_BY_SLUG)).toEqual(['7700880099001102', '7700880099001103', '7700880099001104']);
  });

  it('leads from a summary row that appears later back to its comment', () => {
    const row = [...f.doc.querySelectorAll('[role=button]')].find((b) => b.textContent?.includes('Lena Park replied'))!;
    const node = fb.commentNodeFor(row.querySelector('span span')!);
    expect(node && fb.readComment(node, f.url)).toMatchObject({ ok: true, comment: { id: '7700880099001102' } });
  });
});

describe('Spanish interface', () => {
  const f = loadFixture('spanish-interface.html');
  const post = `${FB}/permalink.php?story_fbid=pfbid0EspanolCafe1a2b3c4d5e6f7g8h9i0j1k2l3m4n5o6p7q8r9s0t1l&id=61550000000001`;

  it('reads Spanish labels, the "Autor" badge and "respondió" summaries', () => {
    expectComments(f, post, ACME_BY_ID, [
      {
        id: '8800990011002201',
        author: 'Lucía Fernández',
        authorUrl: `${FB}/lucia.fernandez.mx`,
        text: '¿Tienen opciones sin lactosa?',
        label: '4 h',
      },
      {
        id: '8800990011002202',
        parentId: '8800990011002201',
        author: 'Acme Coffee',
        authorUrl: `${FB}/profile.php?id=61550000000001`,
        text: 'Lucía Fernández ¡Sí! Leche de avena y de almendra 🌱',
        label: '2 h',
        postAuthor: true,
      },
      {
        id: '8800990011002203',
        author: 'Javier Ruiz',
        authorUrl: `${FB}/profile.php?id=100044400000002`,
        text: 'El mejor café de la ciudad, pero los sábados hay mucha fila. ¿Podrían abrir más temprano?',
        label: '1 sem',
        absoluteLabel: 'martes, 22 de septiembre de 2026 a las 18:05',
        repliedBy: ['Acme Coffee respondió'],
      },
      {
        id: '8800990011002204',
        author: 'Carmen Díaz',
        authorUrl: `${FB}/carmen.diaz.es`,
        text: '¿A qué hora abren el domingo?',
        label: 'Justo ahora',
      },
    ]);
    expect(unanswered(readAll(f), ACME_BY_ID)).toEqual(['8800990011002204']);
    expect(fb.readPageIdentity(f.doc, f.url)).toEqual({ ...ACME_BY_ID, avatarUrl: PAGE_LOGO });
  });

  it('still finds comments by their links when the labels are in a language we do not list', () => {
    f.doc.querySelectorAll('[aria-label^="Comentario de"],[aria-label^="Respuesta de"]').forEach((a) => a.setAttribute('aria-label', 'Komentar oleh …'));
    expect(fb.findCommentNodes(f.doc)).toHaveLength(4);
  });
});

describe('page timeline', () => {
  const f = loadFixture('page-timeline.html');
  const post = `${FB}/acmecoffee/posts/pfbid0TimelineMnBvCxZ1234LkJhGf5678DsApOi9012UyTrEw3456Qwl`;

  it('reads expanded "See more" text with paragraphs and emoji', () => {
    expectComments(f, post, ACME_BY_SLUG, [
      {
        id: '9900110022003301',
        author: 'Rachel Green',
        authorUrl: `${FB}/rachel.green.nyc`,
        text:
          'Visited yesterday with my sister 😀 The staff were lovely and the cardamom bun was perfect.\n' +
          'One small thing: the music was a bit loud for a Sunday morning. Could you turn it down a notch before noon?',
        label: '3h',
      },
      {
        id: '9900110022003302',
        parentId: '9900110022003301',
        author: 'Acme Coffee',
        authorUrl: `${FB}/acmecoffee`,
        text: 'Rachel Green Thank you Rachel! Noted, we will keep it down on Sunday mornings 🙏',
        label: '2h',
        postAuthor: true,
      },
      {
        id: '9900110022003303',
        author: 'Yuki Sato',
        authorUrl: `${FB}/profile.php?id=100033300000004`,
        text: '☕☕ see you tomorrow',
        label: '45m',
      },
    ]);
    expect(unanswered(readAll(f), ACME_BY_SLUG)).toEqual(['9900110022003303']);
  });

  it('names the page from its header', () => {
    expect(fb.readPageIdentity(f.doc, f.url)).toEqual({ ...ACME_BY_SLUG, avatarUrl: PAGE_LOGO });
  });
});

describe('parser health', () => {
  it('sees a comment area when the markup changed and no comment is recognised', () => {
    const f = loadFixture('page-post-permalink.html');
    // A redesign: comments lose role=article and their links move to a new parameter.
    f.doc.querySelectorAll('[data-commentid] [role=article]').forEach((a) => a.setAttribute('role', 'listitem'));
    f.doc.querySelectorAll('a[href*="comment_id="]').forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=/g, 'cid=')));
    expect(fb.findCommentNodes(f.doc)).toEqual([]);
    expect(fb.hasCommentArea(f.doc)).toBe(true);
  });

  it('sees a comment area from a "View more comments" or "N comments" control alone', () => {
    const inLanguage = (lang: string, body: string) => parseHtml(`<html lang="${lang}"><body>${body}</body></html>`);
    expect(fb.hasCommentArea(inLanguage('en', '<div role="button"><span dir="auto">View more comments</span></div>'))).toBe(true);
    expect(fb.hasCommentArea(inLanguage('en', '<div role="button"><span><span>12 comments</span></span></div>'))).toBe(true);
    expect(fb.hasCommentArea(inLanguage('es', '<div role="button"><span>Ver más comentarios</span></div>'))).toBe(true);
  });

  it("reads those words only in the page's language, never English on a page in another", () => {
    const button = '<div role="button"><span dir="auto">View more comments</span></div>';
    expect(fb.hasCommentArea(parseHtml(`<html lang="fr"><body>${button}</body></html>`))).toBe(false);
    expect(fb.hasCommentArea(parseHtml(`<html lang="sw"><body>${button}</body></html>`))).toBe(false);
    expect(fb.hasCommentArea(parseHtml(`<html><body>${button}</body></html>`))).toBe(false);
  });

  it('sees none on a page without comments', () => {
    const doc = parseHtml('<div role="main"><div role="article"><a href="/acmecoffee">Acme Coffee</a><div role="button">Like</div></div></div>');
    expect(fb.hasCommentArea(doc)).toBe(false);
    expect(fb.findCommentNodes(doc)).toEqual([]);
  });
});

describe('addresses', () => {
  it.each([
    ['https://www.facebook.com/', true],
    ['https://www.facebook.com/acmecoffee', true],
    ['https://www.facebook.com/profile.php?id=61550000000001', true],
    ['https://www.facebook.com/acmecoffee/posts/pfbid0abc', true],
    ['https://www.facebook.com/permalink.php?story_fbid=pfbid0abc&id=61550000000001', true],
    ['https://www.facebook.com/acmecoffee/photos/a.1/2/', true],
    ['https://www.facebook.com/photo/?fbid=122150000000000111&set=a.1', true],
    ['https://www.facebook.com/acmecoffee/videos/123456/', true],
    ['https://www.facebook.com/reel/123456789', true],
    ['https://www.facebook.com/watch/?v=123456', true],
    ['https://www.facebook.com/messages/t/123', false],
    ['https://www.facebook.com/settings', false],
    ['https://www.facebook.com/login/', false],
    ['https://www.facebook.com/notifications', false],
    ['https://www.facebook.com/groups/123/posts/456', false],
    ['https://www.facebook.com/acmecoffee/about', false],
    ['https://m.facebook.com/acmecoffee', false],
    ['https://web.facebook.com/acmecoffee', true],
    ['https://web.facebook.com/permalink.php?story_fbid=pfbid0abc&id=61550000000001', true],
    ['https://www.linkedin.com/company/acme', false],
  ])('handles %s: %s', (url, handled) => {
    expect(fb.handlesUrl(new URL(url))).toBe(handled);
  });

  it.each([
    ['https://www.facebook.com/acmecoffee', { platform: 'facebook', slug: 'acmecoffee', url: 'https://www.facebook.com/acmecoffee' }],
    ['https://www.facebook.com/AcmeCoffee/posts/pfbid0abc?__tn__=R', { platform: 'facebook', slug: 'acmecoffee', url: 'https://www.facebook.com/AcmeCoffee' }],
    ['https://www.facebook.com/profile.php?id=61550000000001&sk=about', { platform: 'facebook', id: '61550000000001', url: 'https://www.facebook.com/profile.php?id=61550000000001' }],
    ['https://www.facebook.com/permalink.php?story_fbid=pfbid0abc&id=61550000000001', { platform: 'facebook', id: '61550000000001', url: 'https://www.facebook.com/profile.php?id=61550000000001' }],
    ['https://www.facebook.com/61550000000001/posts/123', { platform: 'facebook', id: '61550000000001', url: 'https://www.facebook.com/profile.php?id=61550000000001' }],
    ['https://web.facebook.com/acmecoffee', { platform: 'facebook', slug: 'acmecoffee', url: 'https://www.facebook.com/acmecoffee' }],
    ['https://www.facebook.com/', null],
    ['https://www.facebook.com/photo/?fbid=1', null],
    ['https://www.facebook.com/reel/1', null],
    ['https://www.facebook.com/messages/t/1', null],
  ])('reads the page of %s', (url, page) => {
    expect(fb.pageFromUrl(new URL(url))).toEqual(page);
  });
});

describe('commentNodeFor', () => {
  it('leads from anywhere inside a reply to the reply, not its parent', () => {
    const f = loadFixture('nested-replies.html');
    const mention = [...f.doc.querySelectorAll('a')].find((a) => a.textContent === 'Ken Watanabe' && a.closest('span[lang]'))!;
    const node = fb.commentNodeFor(mention);
    expect(node && fb.readComment(node, f.url)).toMatchObject({ ok: true, comment: { id: '1122334455667705' } });
  });

  it('gives null outside any comment', () => {
    const f = loadFixture('page-post-permalink.html');
    expect(fb.commentNodeFor(f.doc.querySelector('[data-ad-rendering-role=story_message]')!)).toBeNull();
  });
});

describe('never throws', () => {
  it('skips a comment without an author or without anything to show', () => {
    const noAuthor = parseHtml('<div role="article" aria-label="Comment by X 2 hours ago"><span lang="en">hi</span></div>').body.firstElementChild!;
    expect(fb.readComment(noAuthor, new URL('https://www.facebook.com/'))).toEqual({ ok: false, reason: 'no-author' });
    const empty = parseHtml('<div role="article" aria-label="Comment by X 2 hours ago"><a href="/x">X</a></div>').body.firstElementChild!;
    expect(fb.readComment(empty, new URL('https://www.facebook.com/'))).toEqual({ ok: false, reason: 'no-text' });
  });

  it('survives any mix of the markers it looks for', () => {
    const pieces = [
      '<div role="article" aria-label="Comment by A 1 hour ago">',
      '<div role="article">',
      '<div data-commentid="12">',
      '<div role="dialog">',
      '</div>',
      '<a href="https://www.facebook.com/a?comment_id=%%%">A</a>',
      '<a href="http://[::1">B</a>',
      '<a href="/x?comment_id=Y29tbWVudDox">C</a>',
      '<a href="/p?comment_id=1&reply_comment_id=x">4h</a>',
      '<span lang="en">hi <img alt="😀"></span>',
      '<div role="button">A replied · 1 reply</div>',
      '<div role="button">Author</div>',
      '<img src="x">',
      '<video></video>',
      'text',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.webUrl(), (parts, url) => {
        const doc = parseHtml(parts.join(''));
        const u = new URL(url);
        expect(() => {
          fb.hasCommentArea(doc);
          fb.readPageIdentity(doc, u);
          fb.handlesUrl(u);
          fb.pageFromUrl(u);
          for (const el of doc.querySelectorAll('*')) fb.commentNodeFor(el);
          for (const node of fb.findCommentNodes(doc)) {
            const read = fb.readComment(node, u);
            if (read.ok) expect(read.comment.id).not.toBe('');
          }
        }).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
