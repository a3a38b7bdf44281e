import { linkedinAdapter as adapter } from '../../utils/adapters/linkedin';
import type { ObservedComment, PageRef } from '../../utils/model';
import { byCompany, COMPANY_URL, fixtureHtml, loadFixture, readAll } from './linkedin-fixtures';

const LI = 'https://www.linkedin.com';
const ACME: PageRef = { platform: 'linkedin', name: 'Acme Coffee', url: COMPANY_URL, slug: 'acme-coffee' };

/** [id, parentId, authorName, authorUrl, authorHeadline, authorIsPostAuthor, text, time label, posted at (from the id)] */
type Row = [string, string | null, string, string, string, boolean, string, string, string];

/** Every field but the permalink, which has its own tests below. */
function expectRows(comments: ObservedComment[], rows: Row[], post: { kind: string; id: string; owner: PageRef }) {
  expect(comments.map(({ permalink: _p, ...rest }) => rest)).toEqual(
    rows.map(([id, parentId, authorName, authorUrl, authorHeadline, authorIsPostAuthor, text, label, at]) => ({
      platform: 'linkedin',
      id,
      idSource: 'platform',
      parentId,
      postUrl: `${LI}/feed/update/urn:li:${post.kind}:${post.id}/`,
      authorName,
      authorUrl,
      authorHeadline,
      authorIsPostAuthor,
      text,
      time: { label, epochMs: Date.parse(at) },
      postOwner: post.owner,
    })),
  );
}

/** Visitor top-level comments with no reply from the company in their thread. */
function waitingThreads(comments: ObservedComment[]): string[] {
  return comments
    .filter((c) => c.parentId === null && !byCompany(c))
    .filter((top) => !comments.some((r) => r.parentId === top.id && byCompany(r)))
    .map((c) => c.authorName);
}

describe('company post (Ember 2025, the demo page)', () => {
  const { doc, url } = loadFixture('company-post.html');
  const comments = readAll(doc, url);

  it('reads every comment and reply with exact fields', () => {
    expectRows(
      comments,
      [
        ['7510597251892434567', null, 'Jane Doe', `${LI}/in/janedoe/`, 'Product Manager at Globex', false, 'Do you ship to Canada?', '4h', '2026-09-29T07:12:05Z'],
        ['7510625844462802567', '7510597251892434567', 'Acme Coffee', COMPANY_URL, '12,345 followers', true, 'Jane Doe yes! We ship to Canada in 3 to 5 business days.', '2h', '2026-09-29T09:05:42Z'],
        ['7510619422983378567', null, 'Bob Lee', `${LI}/in/bob-lee-4a1b2c/`, 'Barista trainer', false, 'What are your opening hours on Sunday?', '2h', '2026-09-29T08:40:11Z'],
        ['7510643410207954567', null, 'Maria Garcia', `${LI}/in/mariagarcia/`, 'Designer', false, 'Love the new packaging! Is it recyclable?', '1h', '2026-09-29T10:15:30Z'],
        ['7510647340273504326', null, 'Priya Shah', `${LI}/in/priya-shah-0b9a7/`, 'Office Manager at Initech', false,
          'Any plans for an oat-milk version of the autumn blend? Our whole office at Initech would switch. Bob Lee told us it sells out fast, so we would love a bulk order for the team by mid-October. #oatmilk',
          '43m', '2026-09-29T10:31:07Z'],
      ],
      { kind: 'activity', id: '7510262022145234567', owner: ACME },
    );
  });

  it("links each comment with LinkedIn's commentUrn form, replies with replyUrn under their thread", () => {
    expect(comments[0]!.permalink).toBe(
      `${LI}/feed/update/urn:li:activity:7510262022145234567/?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7510262022145234567%2C7510597251892434567%29&dashCommentUrn=urn%3Ali%3Afsd_comment%3A%287510597251892434567%2Curn%3Ali%3Aactivity%3A7510262022145234567%29`,
    );
    expect(comments[1]!.permalink).toBe(
      `${LI}/feed/update/urn:li:activity:7510262022145234567/?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7510262022145234567%2C7510597251892434567%29&dashCommentUrn=urn%3Ali%3Afsd_comment%3A%287510597251892434567%2Curn%3Ali%3Aactivity%3A7510262022145234567%29&replyUrn=urn%3Ali%3Acomment%3A%28activity%3A7510262022145234567%2C7510625844462802567%29&dashReplyUrn=urn%3Ali%3Afsd_comment%3A%287510625844462802567%2Curn%3Ali%3Aactivity%3A7510262022145234567%29`,
    );
  });

  it('has exactly three visitor comments waiting for Acme Coffee, and one it answered', () => {
    expect(comments.filter(byCompany).map((c) => c.id)).toEqual(['7510625844462802567']);
    expect(waitingThreads(comments)).toEqual(['Bob Lee', 'Maria Garcia', 'Priya Shah']);
  });

  it('passes on an absolute time when the markup carries one', () => {
    const copy = loadFixture('company-post.html');
    const bobTime = copy.doc.querySelectorAll('article time')[2]!;
    bobTime.setAttribute('datetime', '2026-09-29T08:40:11.000Z');
    expect(readAll(copy.doc, copy.url)[2]!.time).toEqual({
      label: '2h', absoluteLabel: '2026-09-29T08:40:11.000Z', epochMs: Date.parse('2026-09-29T08:40:11Z'),
    });
  });

  it('finds no comment around the post itself or the composer', () => {
    expect(adapter.commentNodeFor(doc.querySelector('.update-components-actor__title')!)).toBeNull();
    expect(adapter.commentNodeFor(doc.querySelector('[role="textbox"]')!)).toBeNull();
  });

  it('names the company shown for "Track this page"', () => {
    expect(adapter.readPageIdentity(doc, url)).toEqual(ACME);
    expect(adapter.hasCommentArea(doc)).toBe(true);
  });
});

describe('the same comments in the 2026 SDUI rewrite', () => {
  const legacy = loadFixture('company-post.html');
  const sdui = loadFixture('sdui-post.html');

  it('reads each comment once (three nested divs share one componentkey) with the same id and fields as Ember', () => {
    const nodes = adapter.findCommentNodes(sdui.doc);
    expect(nodes).toHaveLength(5);
    expect(nodes.every((n) => n.parentElement?.closest(`[componentkey="${n.getAttribute('componentkey')}"]`) == null)).toBe(true);
    expect(readAll(sdui.doc, sdui.url)).toEqual(readAll(legacy.doc, legacy.url));
  });

  it('does not need the hashed classes', () => {
    for (const name of ['sdui-post.html', 'feed.html', 'image-only-comment.html', 'spanish-interface.html']) {
      const { doc, url } = loadFixture(name);
      const before = readAll(doc, url);
      doc.querySelectorAll('[class]').forEach((el) => el.removeAttribute('class'));
      expect(readAll(doc, url)).toEqual(before);
      expect(before.length).toBeGreaterThan(0);
    }
  });
});

describe('nested replies', () => {
  const { doc, url } = loadFixture('nested-replies.html');
  const comments = readAll(doc, url);

  it('reads each reply with its thread, without the "• You" marker or the degree in names', () => {
    expectRows(
      comments,
      [
        ['7509915291618308962', null, 'Carlos Mendes', `${LI}/in/carlos-mendes-88/`, 'Owner, Bean There Café', false, 'Do you do wholesale for small cafés?', '2d', '2026-09-27T10:02:13Z'],
        ['7509997948766678291', '7509915291618308962', 'Acme Coffee', COMPANY_URL, '12,345 followers', true, 'Carlos Mendes we do! Send a note to wholesale@acme.coffee and we will set you up.', '1d', '2026-09-27T15:30:40Z'],
        ['7510249963521959620', '7509915291618308962', 'Carlos Mendes', `${LI}/in/carlos-mendes-88/`, 'Owner, Bean There Café', false, 'Acme Coffee done, thanks! Do you also deliver to Montreal?', '1d', '2026-09-28T08:12:05Z'],
        ['7510581720384888949', null, 'Dana Whitfield', `${LI}/in/danawhitfield/`, 'Buyer at Fresh Foods Co-op', false, 'Is the autumn blend available in decaf?', '5h', '2026-09-29T06:10:22Z'],
        ['7510614557590346278', '7510581720384888949', 'Eve Park', `${LI}/in/evepark/`, 'Barista', false, '+1, would love a decaf option', '2h', '2026-09-29T08:20:51Z'],
        ['7510624984629531607', '7510581720384888949', 'Sam Rivera', `${LI}/in/sam-rivera-acme/`, 'Social Media Manager at Acme Coffee', false, 'Dana Whitfield checking with our roasters, back to you soon!', '2h', '2026-09-29T09:02:17Z'],
      ],
      { kind: 'activity', id: '7509250356022835633', owner: ACME },
    );
  });

  it("tells the company's reply from the manager's personal one", () => {
    expect(comments.filter(byCompany).map((c) => c.authorName)).toEqual(['Acme Coffee']);
    // The manager replied as himself, not as the page: Dana's thread still waits for Acme Coffee.
    expect(waitingThreads(comments)).toEqual(['Dana Whitfield']);
    // Carlos answered back after the page; his reply is a comment of its own, posted after the page's.
    const [, pageReply, answerBack] = comments;
    expect(answerBack!.time.epochMs!).toBeGreaterThan(pageReply!.time.epochMs!);
  });
});

describe('page admin view', () => {
  const { doc, url } = loadFixture('admin-page-posts.html');
  const numbered: PageRef = { platform: 'linkedin', name: 'Acme Coffee', url: `${LI}/company/105123456/`, id: '105123456' };

  it('reads comments whose company links use the numeric id', () => {
    const comments = readAll(doc, url);
    expectRows(
      comments,
      [
        ['7509522276945184569', null, 'Kim Tran', `${LI}/in/kimtran/`, 'Teacher', false, 'Will the Main Street store reopen after the renovation?', '3d', '2026-09-26T08:00:31Z'],
        ['7509907234360049898', '7509522276945184569', 'Acme Coffee', `${LI}/company/105123456/`, '12,345 followers', true, 'Kim Tran yes, on October 5th!', '2d', '2026-09-27T09:30:12Z'],
        ['7510564196583619227', null, 'Leo Rossi', `${LI}/in/leo-rossi-it/`, 'Software Engineer', false, 'Your app keeps logging me out. Very frustrating.', '6h', '2026-09-29T05:00:44Z'],
      ],
      { kind: 'activity', id: '7508193391415119240', owner: numbered },
    );
    expect(waitingThreads(comments)).toEqual(['Leo Rossi']);
  });

  it('identifies the page by number and by vanity name', () => {
    expect(adapter.readPageIdentity(doc, url)).toEqual({
      platform: 'linkedin', name: 'Acme Coffee', id: '105123456', slug: 'acme-coffee', url: COMPANY_URL,
    });
  });
});

describe('the home feed', () => {
  const { doc, url } = loadFixture('feed.html');
  const comments = readAll(doc, url);

  it("reads comments under the company's post and tells them from a person's post", () => {
    expectRows(
      comments.slice(0, 3),
      [
        ['7510626964341861885', null, 'Nina Okafor', `${LI}/in/nina-okafor/`, 'Pastry chef', false, 'Where can I buy the beans online?', '2h', '2026-09-29T09:10:09Z'],
        ['7510634707026487214', '7510626964341861885', 'Acme Coffee', COMPANY_URL, '12,345 followers', true, 'Nina Okafor at acme.coffee/shop, free shipping this week!', '1h', '2026-09-29T09:40:55Z'],
        ['7510652104998920543', null, 'Omar Haddad', `${LI}/in/omar-haddad/`, 'Event organiser', false, 'Will you be at the Seattle coffee expo?', '25m', '2026-09-29T10:50:03Z'],
      ],
      { kind: 'activity', id: '7510609310516884556', owner: ACME },
    );
    expectRows(
      comments.slice(3),
      [['7510639622753293505', null, 'Pat Kim', `${LI}/in/pat-kim-22/`, 'Logistics lead', false, 'Great insights, Ursula Grant!', '1h', '2026-09-29T10:00:27Z']],
      { kind: 'activity', id: '7510594211024444176', owner: { platform: 'linkedin', name: 'Ursula Grant', url: `${LI}/in/ursulagrant/` } },
    );
  });

  it('does not guess one page for a feed of many', () => {
    expect(adapter.readPageIdentity(doc, url)).toBeNull();
  });
});

describe('an edited comment, and one posted "now"', () => {
  const { doc, url } = loadFixture('edited-comment.html');

  it('keeps "(edited)" out of the text and the time label', () => {
    expectRows(
      readAll(doc, url),
      [
        ['7509514660088570441', null, 'Uma Patel', `${LI}/in/uma-patel/`, 'Nurse', false, 'My order arrived with a broken lid. Update: the Pine St team replaced it the same day, thank you!', '3d', '2026-09-26T07:30:15Z'],
        ['7509552987637963770', '7509514660088570441', 'Acme Coffee', COMPANY_URL, '12,345 followers', true, 'Uma Patel so sorry about that! A refund is on its way.', '3d', '2026-09-26T10:02:33Z'],
        ['7510658304181917099', null, 'Victor Chen', `${LI}/in/victorchen/`, 'Product Designer', false, 'Just tried the pumpkin spice. Delicious!', 'now', '2026-09-29T11:14:41Z'],
      ],
      { kind: 'activity', id: '7509174858550569112', owner: ACME },
    );
  });
});

describe('a comment that is only an image', () => {
  const { doc, url } = loadFixture('image-only-comment.html');

  it('is still a comment, read as "[image]"; a photo with a caption keeps its caption', () => {
    expectRows(
      readAll(doc, url),
      [
        ['7510610723996223757', null, 'Wendy Liu', `${LI}/in/wendy-liu/`, 'Latte artist', false, '[image]', '3h', '2026-09-29T08:05:37Z'],
        ['7510632798617617086', '7510610723996223757', 'Acme Coffee', COMPANY_URL, '12,345 followers', true, 'Wendy Liu gorgeous! 😍', '1h', '2026-09-29T09:33:20Z'],
        ['7510642772676164719', null, 'Xavier Dupont', `${LI}/in/xavier-dupont/`, 'Café owner in Lyon', false, 'Our version of your rosetta!', '1h', '2026-09-29T10:12:58Z'],
      ],
      { kind: 'activity', id: '7510352619111534428', owner: ACME },
    );
  });
});

describe('the interface in Spanish', () => {
  const { doc, url } = loadFixture('spanish-interface.html');
  const comments = readAll(doc, url);

  it('reads "Autor", "(editado)", "… ver más" and Spanish time labels', () => {
    expectRows(
      comments,
      [
        ['7510613102167992706', null, 'Lucía Fernández', `${LI}/in/lucia-fernandez-m/`, 'Nutricionista en Madrid', false, '¿Tenéis opciones sin lactosa? #café', '3 h', '2026-09-29T08:15:04Z'],
        ['7510627119531402035', '7510613102167992706', 'Acme Coffee', COMPANY_URL, '12.345 seguidores', true, 'Lucía Fernández ¡sí! Leche de avena y de almendra en todas las tiendas.', '2 h', '2026-09-29T09:10:46Z'],
        ['7508218678870875364', null, 'Javier Ruiz', `${LI}/in/javier-ruiz-b/`, 'Director de eventos', false, 'Me encantó la cata del sábado en Valencia. ¿Cuándo es la próxima? Me gustaría traer a todo mi equipo y reservar con tiempo.', '6 d', '2026-09-22T17:40:29Z'],
        ['7510657171718444693', null, 'Marta Gil', `${LI}/in/martagil/`, 'Estudiante', false, '¿Hacéis envíos a Canarias?', '5 min', '2026-09-29T11:10:11Z'],
      ],
      { kind: 'ugcPost', id: '7507740398193127377', owner: ACME },
    );
  });

  it('links a ugcPost comment under its ugcPost URN', () => {
    const reply = new URL(comments[1]!.permalink!);
    expect(reply.pathname).toBe('/feed/update/urn:li:ugcPost:7507740398193127377/');
    expect(reply.searchParams.get('commentUrn')).toBe('urn:li:comment:(ugcPost:7507740398193127377,7510613102167992706)');
    expect(reply.searchParams.get('replyUrn')).toBe('urn:li:comment:(ugcPost:7507740398193127377,7510627119531402035)');
    expect(reply.searchParams.get('dashReplyUrn')).toBe('urn:li:fsd_comment:(7510627119531402035,urn:li:ugcPost:7507740398193127377)');
  });

  it('sees the comment area from its list, or from "Cargar más comentarios" alone', () => {
    expect(adapter.hasCommentArea(doc)).toBe(true);
    doc.querySelector('[data-testid*="commentList"]')?.removeAttribute('data-testid');
    doc.querySelectorAll('[componentkey*="pagedCommentsContainer"]').forEach((e) => e.removeAttribute('componentkey'));
    const composer = doc.querySelector('[role=textbox]')!;
    composer.remove();
    expect(adapter.hasCommentArea(doc)).toBe(true);
    [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Cargar más comentarios')?.remove();
    expect(adapter.hasCommentArea(doc)).toBe(false);
    // The composer's label, from the Spanish table (unverified), is one too; in English words, on a Spanish page, nothing is.
    doc.body.append(composer);
    expect(adapter.hasCommentArea(doc)).toBe(true);
    composer.setAttribute('aria-label', 'Text editor for creating comment');
    expect(adapter.hasCommentArea(doc)).toBe(false);
  });
});

describe('every fixture', () => {
  const names = [
    'company-post.html', 'sdui-post.html', 'nested-replies.html', 'admin-page-posts.html', 'feed.html',
    'load-more.html', 'edited-comment.html', 'image-only-comment.html', 'spanish-interface.html',
  ];

  it.each(names)('%s: permalinks open the comment in its thread on www.linkedin.com', (name) => {
    const { doc, url } = loadFixture(name);
    for (const c of readAll(doc, url)) {
      const link = new URL(c.permalink!);
      const [, kind, post] = /^\/feed\/update\/urn:li:(\w+):(\d+)\/$/.exec(link.pathname)!;
      expect(link.origin + link.pathname).toBe(c.postUrl);
      expect(link.searchParams.get('commentUrn')).toBe(`urn:li:comment:(${kind}:${post},${c.parentId ?? c.id})`);
      expect(link.searchParams.get('replyUrn')).toBe(c.parentId ? `urn:li:comment:(${kind}:${post},${c.id})` : null);
    }
  });

  it.each(names)('%s: each comment node is found once and commentNodeFor leads back to it', (name) => {
    const { doc } = loadFixture(name);
    const nodes = adapter.findCommentNodes(doc);
    expect(new Set(nodes).size).toBe(nodes.length);
    for (const node of nodes) {
      for (const inner of node.querySelectorAll('span, p, a, time')) {
        if (adapter.findCommentNodes(node).slice(1).some((reply) => reply.contains(inner))) continue;
        expect(adapter.commentNodeFor(inner)).toBe(node);
      }
    }
  });

  it.each(names)('%s: survives any part of its markup going missing, without throwing', (name) => {
    const { doc, url } = loadFixture(name);
    const all = [...doc.body.querySelectorAll('*')];
    // Remove every 7th element, then every 5th, 3rd, 2nd of the rest: a deterministic spread of broken DOMs.
    for (const step of [7, 5, 3, 2]) {
      all.filter((_, i) => i % step === 0).forEach((el) => el.remove());
      for (const node of adapter.findCommentNodes(doc)) {
        const result = adapter.readComment(node, url);
        if (result.ok) expect(result.comment.id).toMatch(/^\d+$/);
      }
      expect(() => adapter.hasCommentArea(doc)).not.toThrow();
      expect(() => adapter.readPageIdentity(doc, url)).not.toThrow();
    }
  });
});

describe('"Load more comments" appends nodes after load', () => {
  beforeEach(() => {
    const { doc } = loadFixture('load-more.html');
    document.documentElement.lang = doc.documentElement.lang;
    document.body.innerHTML = doc.body.innerHTML;
  });

  it('finds exactly the new comments in the appended subtree, each once', async () => {
    const url = new URL('https://www.linkedin.com/company/acme-coffee/posts/?feedView=all');
    const first = readAll(document, url);
    expect(first.map((c) => c.authorName)).toEqual(['Quinn Baker', 'Rosa Lima']);
    expect(first[0]).toMatchObject({ authorHeadline: 'Photographer', text: 'Great event last week! When is the next one?', time: { label: '2d' }, postOwner: ACME });

    const added: Element[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((n) => n.nodeType === 1 && added.push(n as Element))),
    );
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector('.comments-comments-list__comments')!.insertAdjacentHTML('beforeend', fixtureHtml('load-more-page2.html'));
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();

    const fresh = added.flatMap((root) => readAll(root, url));
    expectRows(
      fresh,
      [
        ['7509192776614738821', null, 'Steve Young', `${LI}/in/steve-young-sf/`, 'Coffee roaster', false, 'When is the next cupping class?', '4d', '2026-09-25T10:11:12Z'],
        ['7509290629726500150', '7509192776614738821', 'Acme Coffee', COMPANY_URL, '12,345 followers', true, 'Steve Young October 12! The sign-up link is on our page.', '3d', '2026-09-25T16:40:02Z'],
        ['7509674605678423783', null, 'Tina Brooks', `${LI}/in/tinabrooks/`, 'Student', false, 'Loved the oat flat white 🙌', '2d', '2026-09-26T18:05:49Z'],
      ],
      { kind: 'activity', id: '7508857769167326834', owner: ACME },
    );
    expect(readAll(document, url)).toHaveLength(5);
  });

  it('finds a lazily rendered SDUI comment from its own subtree, whichever of its three divs arrives', () => {
    const { doc, url } = loadFixture('sdui-post.html');
    const list = doc.querySelector('[componentkey*="pagedCommentsContainer"]')!;
    const bob = adapter.findCommentNodes(doc)[2]!;
    bob.remove();
    list.append(bob);
    expect(adapter.findCommentNodes(bob)).toEqual([bob]);
    // React may swap only an inner div: it still stands for the outermost comment node, once.
    const inner = bob.firstElementChild!.firstElementChild!;
    expect(adapter.findCommentNodes(inner)).toEqual([bob]);
    expect(readAll(inner, url).map((c) => c.authorName)).toEqual(['Bob Lee']);
  });
});

describe('parser health', () => {
  it('sees a comment area where no comment can be recognised', () => {
    const { doc, url } = loadFixture('broken-markup.html');
    expect(adapter.hasCommentArea(doc)).toBe(true);
    expect(adapter.findCommentNodes(doc)).toEqual([]);
    // The post's page is still known, so the warning can name the managed page.
    expect(adapter.readPageIdentity(doc, url)).toMatchObject({ platform: 'linkedin', slug: 'acme-coffee' });
  });

  it('sees no comment area on a page without one', () => {
    const doc = new DOMParser().parseFromString(
      '<main><h1>Jane Doe</h1><a href="https://www.linkedin.com/in/janedoe/">Jane Doe</a><button>Connect</button></main>',
      'text/html',
    );
    expect(adapter.hasCommentArea(doc)).toBe(false);
  });

  it('reports why a comment node could not be read', () => {
    const doc = new DOMParser().parseFromString(
      `<article class="comments-comment-entity" data-id="urn:li:comment:(activity:1,broken)"></article>
       <div componentkey="replaceableComment_urn:li:comment:(urn:li:activity:7510262022145234567,7510597251892434567)"><p>4h</p><p><span data-testid="expandable-text-box">orphan</span></p></div>
       <div componentkey="replaceableComment_urn:li:comment:(urn:li:activity:7510262022145234567,7510619422983378567)"><a href="/in/bob/"><p>Bob</p></a><p>2h</p></div>`,
      'text/html',
    );
    const url = new URL('https://www.linkedin.com/feed/');
    expect(adapter.findCommentNodes(doc).map((n) => adapter.readComment(n, url))).toEqual([
      { ok: false, reason: 'no-id' },
      { ok: false, reason: 'no-author' },
      { ok: false, reason: 'no-text' },
    ]);
  });
});

describe('addresses', () => {
  it.each([
    ['https://www.linkedin.com/company/acme-coffee/', true],
    ['https://www.linkedin.com/company/acme-coffee', true],
    ['https://www.linkedin.com/company/acme-coffee/posts/?feedView=all', true],
    ['https://www.linkedin.com/company/105123456/admin/page-posts/published/', true],
    ['https://www.linkedin.com/company/105123456/admin/dashboard/', true],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7510262022145234567/', true],
    ['https://www.linkedin.com/feed/update/urn:li:ugcPost:7507740398193127377/?commentUrn=x', true],
    ['https://www.linkedin.com/posts/acme-coffee_autumn-menu-activity-7509174858550569112-Xk3q/', true],
    ['https://www.linkedin.com/feed/', true],
    ['https://www.linkedin.com/messaging/thread/2-abc/', false],
    ['https://www.linkedin.com/jobs/view/123/', false],
    ['https://www.linkedin.com/in/janedoe/', false],
    ['https://www.linkedin.com/company/acme-coffee/jobs/', false],
    ['https://linkedin.com.evil.example/feed/', false],
  ])('handles %s: %s', (href, handled) => {
    expect(adapter.handlesUrl(new URL(href))).toBe(handled);
  });

  it('names the company of a /company/ address, by vanity name or number', () => {
    expect(adapter.pageFromUrl(new URL('https://www.linkedin.com/company/acme-coffee/posts/'))).toEqual({
      platform: 'linkedin', url: COMPANY_URL, slug: 'acme-coffee',
    });
    expect(adapter.pageFromUrl(new URL('https://www.linkedin.com/company/105123456/admin/page-posts/published/'))).toEqual({
      platform: 'linkedin', url: 'https://www.linkedin.com/company/105123456/', id: '105123456',
    });
    expect(adapter.pageFromUrl(new URL('https://www.linkedin.com/feed/'))).toBeNull();
    expect(adapter.pageFromUrl(new URL('https://www.linkedin.com/in/janedoe/'))).toBeNull();
  });

  it("reads the company page's name for \"Track this page\"", () => {
    const { doc, url } = loadFixture('load-more.html');
    expect(adapter.readPageIdentity(doc, url)).toEqual(ACME);
  });
});
