import type { PageRef } from '../../model';
import { ARTICLE, attr, link, text, toUrl } from './dom';
import { pageFromUrl, profileUrl } from './page';
import { postLink, refOf } from './post';
import { isComment } from './structure';
import { commentAsName, facebookWords } from './words';

/**
 * Who the page on screen is: its name, numeric id, vanity name and picture,
 * for "Track this page" and for the background to learn a managed page by.
 *
 * Every signal is tied to an address before it is believed:
 * - the address bar names the page (`/acmecoffee`, `/profile.php?id=…`);
 * - the page header (`[role=main] h1`) gives its name there;
 * - the server-rendered app-link meta tags give its numeric id, but only while
 *   `og:url` still names the same page (Facebook navigates without reloading,
 *   and the tags then describe the first page opened);
 * - the post on screen was written under the page's other address (a vanity
 *   page's posts link to `profile.php?id=…`) when its author carries the name
 *   the header or the "Comment as ‹Page›" composer shows;
 * - the picture is the one inside a link to the page itself.
 */
export function readPageIdentity(doc: Document, url: URL): PageRef | null {
  try {
    const ref = pageFromUrl(url);
    // The post on screen: in the dialog, else the first post, else the photo viewer's side panel.
    // On the bare feed nothing says which page the user means.
    const box =
      doc.querySelector('[role=dialog]') ??
      (url.pathname === '/' ? null : ([...doc.querySelectorAll(ARTICLE)].find((a) => !isComment(a)) ?? doc.querySelector('[role=complementary]')));
    const author = box && refOf(postLink(box, text));
    if (!ref) return author && withAvatar(doc, author);
    const words = facebookWords(doc.documentElement.lang);
    const composer = words
      ? [...doc.querySelectorAll('[role=textbox]')].map((t) => commentAsName(words, attr(t, 'aria-label'))).find(Boolean)
      : undefined;
    const header = text(doc.querySelector('[role=main] h1'));
    const authorIsPage = Boolean(author && (sameAddress(author, ref) || (author.name && [header, composer].some((n) => n && sameText(n, author.name!)))));
    const name = header || (authorIsPage && author?.name) || composer;
    const page: PageRef = { ...ref, ...(name && { name }) };
    if (authorIsPage && author) join(page, author);
    const metaId = appLinkId(doc, page);
    if (metaId) join(page, { platform: 'facebook', id: metaId });
    return withAvatar(doc, page);
  } catch {
    return null;
  }
}

const sameText = (a: string, b: string) => a.normalize('NFKC').trim().toLowerCase() === b.normalize('NFKC').trim().toLowerCase();

function sameAddress(a: PageRef, b: PageRef): boolean {
  return Boolean((a.id && a.id === b.id) || (a.slug && a.slug === b.slug));
}

/** Add the other address of the same page, unless it contradicts the one known. */
function join(page: PageRef, other: PageRef): void {
  if (other.id && !page.id) page.id = other.id;
  if (other.slug && !page.slug) page.slug = other.slug;
}

/** The numeric id in `fb://page/?id=…` or `fb://profile/…`, while the meta tags still describe this page. */
function appLinkId(doc: Document, page: PageRef): string | null {
  const content = (prop: string) => attr(doc.querySelector(`meta[property="${prop}"]`), 'content');
  const described = toUrl(content('og:url'));
  const about = described && pageFromUrl(described);
  if (!about || !sameAddress(about, page)) return null;
  for (const prop of ['al:android:url', 'al:ios:url']) {
    const id = /^fb:\/\/(?:page\/\?id=|page\/|profile\/)(\d+)/.exec(content(prop))?.[1];
    if (id && (!page.id || page.id === id)) return id;
  }
  return null;
}

/** The page's picture: the image inside a link to the page itself (header or post header). */
function withAvatar(doc: Document, page: PageRef): PageRef {
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < 400; i++) {
    const a = links[i]!;
    const picture = a.querySelector('image,img');
    if (!picture) continue;
    const u = link(a);
    const canonical = u && profileUrl(u);
    const to = canonical ? pageFromUrl(new URL(canonical)) : null;
    if (!to || !sameAddress(to, page)) continue;
    const src = attr(picture, 'xlink:href') || attr(picture, 'href') || attr(picture, 'src');
    if (/^https:\/\//.test(src)) return { ...page, avatarUrl: src };
  }
  return page;
}
