// The timestamp link and the time label are found by structure, in any interface language: the link
// to the post that carries the comment's numeric id. An author or mention link carrying a comment_id of
// its own (as in a live 2026 capture) is never taken for it.
import { facebookAdapter as fb } from '../../utils/adapters/facebook';
import { param } from '../../utils/adapters/facebook/dom';
import { loadFixture } from './facebook-fixtures';

const FB = 'https://www.facebook.com';
const POST = `${FB}/permalink.php?story_fbid=pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl&id=61550000000001`;

function janeIn(mutate: (jane: Element) => void) {
  const f = loadFixture('page-post-permalink.html');
  const jane = fb.findCommentNodes(f.doc)[0]!;
  mutate(jane);
  const read = fb.readComment(jane, f.url);
  if (!read.ok) throw new Error(read.reason);
  return read.comment;
}
const authorLinks = (jane: Element) => [...jane.querySelectorAll('a[href*="jane.doe.77"]')];
const stampLink = (jane: Element) => jane.querySelector('a[href*="comment_id=1029384756473829"]:not([href*=reply])')!;

describe('the timestamp link, by structure', () => {
  it('never takes an author link carrying a plain numeric comment_id for the timestamp', () => {
    const c = janeIn((jane) => {
      for (const a of authorLinks(jane)) a.setAttribute('href', `${FB}/jane.doe.77?comment_id=1029384756473829&__tn__=R]-R`);
    });
    expect(c.authorName).toBe('Jane Doe');
    expect(c.authorUrl).toBe(`${FB}/jane.doe.77`);
    expect(c.time.label).toBe('5d');
    expect(c.permalink).toBe(`${POST}&comment_id=1029384756473829`);
  });

  it('never takes a mention link in the text for the timestamp', () => {
    const c = janeIn((jane) => {
      const body = jane.querySelector('[lang] div[dir=auto]')!;
      body.insertAdjacentHTML('afterbegin', `<a role="link" href="${FB}/acmecoffee?comment_id=1029384756473829">Acme Coffee</a> `);
    });
    expect(c.time.label).toBe('5d');
    expect(c.authorName).toBe('Jane Doe');
  });

  it('recognises timestamp links to posts, videos, reels and photos', () => {
    for (const path of ['/acmecoffee/posts/pfbid0Abc', '/acmecoffee/videos/123456', '/reel/123456', '/photo/?fbid=123', '/watch/?v=123']) {
      const c = janeIn((jane) => stampLink(jane).setAttribute('href', `${FB}${path}${path.includes('?') ? '&' : '?'}comment_id=1029384756473829`));
      expect(c.time.label, path).toBe('5d');
      expect(c.id).toBe('1029384756473829');
    }
  });

  it('prefers the link with visible text when the post link appears twice', () => {
    const c = janeIn((jane) => {
      const stamp = stampLink(jane);
      const silent = stamp.cloneNode(false) as Element;
      stamp.closest('ul')!.prepend(silent);
    });
    expect(c.time.label).toBe('5d');
  });

  it("reads the time from the end of the comment's own label, after the author's name, in any language", () => {
    const c = janeIn((jane) => {
      stampLink(jane).textContent = '';
      jane.setAttribute('aria-label', 'Commentaire de Jane Doe il y a 5 jours');
    });
    expect(c.time.label).toBe('il y a 5 jours');
  });
});

describe('web.facebook.com, desktop Facebook in Indonesia and the Philippines', () => {
  it('reads the same comments as on www, with every link at www', () => {
    const www = loadFixture('page-post-permalink.html');
    const web = loadFixture('page-post-permalink.html');
    for (const a of web.doc.querySelectorAll('a[href]')) a.setAttribute('href', a.getAttribute('href')!.replace('https://www.facebook.com', 'https://web.facebook.com'));
    const webUrl = new URL(web.url.href.replace('www.', 'web.'));
    expect(fb.handlesUrl(webUrl)).toBe(true);
    const read = (doc: Document, url: URL) => fb.findCommentNodes(doc).map((n) => fb.readComment(n, url));
    const onWeb = read(web.doc, webUrl);
    expect(onWeb).toEqual(read(www.doc, www.url));
    expect(JSON.stringify(onWeb)).not.toContain('web.facebook.com');
    expect(fb.readPageIdentity(web.doc, webUrl)).toEqual(fb.readPageIdentity(www.doc, www.url));
  });
});

describe('query parameters, read as the browser reads them', () => {
  it('gives what URLSearchParams gives, encoded, repeated, empty or missing', () => {
    const queries = [
      '',
      '?',
      '?comment_id=1029384756473829',
      '?comment_id=1&comment_id=2',
      '?comment_id=&comment_id=2',
      '?comment_id&reply_comment_id=5',
      '?&&comment_id=7&',
      '?reply_comment_id=5',
      '?xcomment_id=5&comment_idx=6',
      '?a=b?comment_id=9',
      '?story_fbid=pfbid0Abc%3D&id=61550000000001',
      '?story_fbid=a+b&id=1',
      '?story%5Ffbid=pfbid0Abc&id=1',
      '?comment_id=Y29tbWVudDoxMjIxNDU2Nzg5MDEyMzQ1NjdfMTAyOTM4NDc1NjQ3MzgyOQ%3D%3D',
      '?__cft__[0]=AZXa&__tn__=R]-R&comment_id=3',
      '?v=123&v=456#comment_id=8',
      '?id=%E2%82%AC&fbid=1',
    ];
    for (const q of queries) {
      const u = new URL(`${FB}/permalink.php${q}`);
      for (const key of ['comment_id', 'reply_comment_id', 'story_fbid', 'id', 'fbid', 'v']) expect(param(u, key), `${q} ${key}`).toBe(u.searchParams.get(key));
    }
  });

  it('keeps the post of a timestamp link whose query is encoded', () => {
    const c = janeIn((jane) => stampLink(jane).setAttribute('href', `${FB}/permalink.php?story_fbid=pfbid0Ab+c%3D&id=61550000000001&comment_id=1029384756473829`));
    expect(c.id).toBe('1029384756473829');
    expect(c.postUrl).toBe(`${FB}/permalink.php?story_fbid=pfbid0Ab%20c%3D&id=61550000000001`);
  });
});

describe('the author link', () => {
  it('is found when something around the comment carries a lang, as a translated section does', () => {
    const c = janeIn((jane) => jane.parentElement!.setAttribute('lang', 'en'));
    expect(c.authorName).toBe('Jane Doe');
    expect(c.authorUrl).toBe(`${FB}/jane.doe.77`);
  });
});
