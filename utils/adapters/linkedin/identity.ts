import type { PageRef } from '../../model';
import { profile, safe, text } from './dom';
import { pageFromUrl } from './page';
import { postActor } from './post';

/**
 * The company (or showcase) page shown in the document: its name, numeric
 * id, vanity name and logo, for "Track this page" and for the background to
 * learn a managed page by. LinkedIn addresses a company both ways
 * (`/company/12345/`, `/company/acme/`) and its admin views by number only.
 */
export const readPageIdentity = safe((doc: Document, url: URL): PageRef | null => {
  const page = pageFromUrl(url);
  if (page) {
    const name = text(doc.querySelector('main h1'));
    if (name) page.name = name;
    // Admin views are addressed by number; their "View as member" link gives the vanity name.
    const member = profile(doc.querySelector('a[href*="viewAsMember"]')?.getAttribute('href') ?? null);
    if (page.id && member?.kind === 'company' && !/^\d+$/.test(member.key)) {
      Object.assign(page, { slug: member.key, url: member.url });
      // A showcase page's admin views live under /company/<number>/; its member view says it is a showcase.
      if (member.showcase) page.showcase = true;
    }
    const id = !page.id && page.slug ? companyIdOf(doc, page.slug) : null;
    if (id) page.id = id;
    const logo = name ? logoOf(doc, page) : null;
    if (logo) page.avatarUrl = logo;
    return page;
  }
  if (!/^\/(feed\/update|posts)\//.test(url.pathname)) return null;
  const actor = postActor(doc.querySelector('[data-urn],[data-sdui-screen]') ?? doc.body);
  return actor?.url?.includes('/company/') || actor?.showcase ? actor : null;
}, null);

const COMPANY_URN = /urn:li:(?:fsd_company|company|organization):(\d+)/;

/**
 * The numeric id of the company a vanity address names: carried as an entity
 * URN by the page's own top card, or by a link to the page under its vanity
 * address. Never taken from another company's card further down.
 */
function companyIdOf(doc: Document, slug: string): string | null {
  for (const el of doc.querySelectorAll('main [data-entity-urn*="company:"],main [data-entity-urn*="organization:"]')) {
    const id = COMPANY_URN.exec(el.getAttribute('data-entity-urn') ?? '')?.[1];
    if (!id) continue;
    const to = profile(el.closest('a[href]')?.getAttribute('href') ?? null);
    const inTopCard = Boolean(el.closest('[class*=top-card]'));
    if ((to?.kind === 'company' && to.key.toLowerCase() === slug) || (!to && inTopCard)) return id;
  }
  return null;
}

/** The page's logo: in its top card, else inside a link to the page itself. */
function logoOf(doc: Document, page: PageRef): string | null {
  const https = (img: Element | null | undefined) => {
    const src = img?.getAttribute('src') ?? '';
    return /^https:\/\//.test(src) ? src : null;
  };
  const top = https(doc.querySelector('main [class*=top-card] img[src*="company-logo"]'));
  if (top) return top;
  for (const a of doc.querySelectorAll('main a[href*="/company/"],main a[href*="/showcase/"]')) {
    const to = profile(a.getAttribute('href'));
    if (!to || (to.key !== page.id && to.key.toLowerCase() !== page.slug)) continue;
    const src = https(a.querySelector('img'));
    if (src) return src;
  }
  return null;
}
