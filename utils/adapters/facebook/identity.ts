import type { PageRef } from '../../model';
import { ARTICLE, attr, text } from './dom';
import { pageFromUrl } from './page';
import { postLink, refOf } from './post';
import { isComment } from './structure';
import { COMMENT_AS, COMPOSER } from './words';

/**
 * The page shown in the document, for "Track this page": its name and
 * address read from the page header, the post on screen or the composer.
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
    if (!ref) return author;
    const composer = COMMENT_AS.exec(attr(doc.querySelector(COMPOSER), 'aria-label'))?.[1];
    const name = text(doc.querySelector('[role=main] h1')) || (author?.url?.toLowerCase() === ref.url?.toLowerCase() && author?.name) || composer;
    return name ? { ...ref, name } : ref;
  } catch {
    return null;
  }
}
