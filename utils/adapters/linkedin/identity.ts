import type { PageRef } from '../../model';
import { profile, safe, text } from './dom';
import { pageFromUrl } from './page';
import { postActor } from './post';

/** The company page shown in the document, for "Track this page". */
export const readPageIdentity = safe((doc: Document, url: URL): PageRef | null => {
  const page = pageFromUrl(url);
  if (page) {
    const name = text(doc.querySelector('main h1'));
    if (name) page.name = name;
    // Admin views are addressed by number; their "View as member" link gives the vanity name.
    const member = profile(doc.querySelector('a[href*="viewAsMember"]')?.getAttribute('href') ?? null);
    if (page.id && member?.kind === 'company' && !/^\d+$/.test(member.key)) {
      Object.assign(page, { slug: member.key, url: member.url });
    }
    return page;
  }
  if (!/^\/(feed\/update|posts)\//.test(url.pathname)) return null;
  const actor = postActor(doc.querySelector('[data-urn],[data-sdui-screen]') ?? doc.body);
  return actor?.url?.includes('/company/') ? actor : null;
}, null);
