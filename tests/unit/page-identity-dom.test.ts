import { describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../utils/adapters/facebook';
import { linkedinAdapter as li } from '../../utils/adapters/linkedin';
import { loadFixture as loadFacebook } from './facebook-fixtures';
import { COMPANY_ID, loadFixture as loadLinkedIn } from './linkedin-fixtures';

// What each page shows about who it is, read off the saved pages, as the background will learn it.

const PAGE_ID = '61550000000001';
const LOGO = 'https://scontent.xx.fbcdn.net/v/t39.30808-1/page_logo.jpg';

describe('Facebook: the page on screen', () => {
  it('on a post opened by the vanity address, the post written under the numeric id with the name the composer acts as gives both addresses', () => {
    const f = loadFacebook('page-post-permalink.html');
    const url = new URL('https://www.facebook.com/acmecoffee/posts/pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl');
    expect(fb.readPageIdentity(f.doc, url)).toEqual({
      platform: 'facebook', slug: 'acmecoffee', id: PAGE_ID, name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee', avatarUrl: LOGO,
    });
  });

  it('without a header or composer naming it, a post under another address is not taken for the page', () => {
    const f = loadFacebook('page-post-permalink.html');
    f.doc.querySelectorAll('[role=textbox]').forEach((box) => box.remove());
    const url = new URL('https://www.facebook.com/acmecoffee/posts/pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl');
    const identity = fb.readPageIdentity(f.doc, url);
    expect(identity).toMatchObject({ slug: 'acmecoffee' });
    expect(identity?.id).toBeUndefined();
  });

  it("takes the numeric id from the app-link meta tags only while they still describe the page in the address bar", () => {
    const f = loadFacebook('page-timeline.html');
    const meta = (property: string, content: string) => {
      const m = f.doc.createElement('meta');
      m.setAttribute('property', property);
      m.setAttribute('content', content);
      f.doc.head.append(m);
      return m;
    };
    const ogUrl = meta('og:url', 'https://www.facebook.com/acmecoffee/');
    meta('al:android:url', `fb://page/?id=${PAGE_ID}`);
    expect(fb.readPageIdentity(f.doc, f.url)).toMatchObject({ slug: 'acmecoffee', id: PAGE_ID, name: 'Acme Coffee' });
    // After an in-app navigation the tags describe the first page opened, not this one.
    ogUrl.setAttribute('content', 'https://www.facebook.com/someoneelse');
    expect(fb.readPageIdentity(f.doc, f.url)?.id).toBeUndefined();
  });
});

describe('LinkedIn: the company page on screen', () => {
  it('an admin view, addressed by number, gives the vanity name too', () => {
    const { doc, url } = loadLinkedIn('admin-page-posts.html');
    expect(li.readPageIdentity(doc, url)).toMatchObject({ id: COMPANY_ID, slug: 'acme-coffee', name: 'Acme Coffee' });
  });

  it("a page opened by its vanity address learns its number from its own top card, and its logo", () => {
    const { doc } = loadLinkedIn('load-more.html');
    const card = doc.querySelector('.org-top-card')!;
    card.setAttribute('data-entity-urn', `urn:li:fsd_company:${COMPANY_ID}`);
    const logo = doc.createElement('img');
    logo.setAttribute('src', 'https://media.licdn.com/dms/image/v2/acme/company-logo_200_200/0/1');
    card.prepend(logo);
    expect(li.readPageIdentity(doc, new URL('https://www.linkedin.com/company/acme-coffee/'))).toEqual({
      platform: 'linkedin', slug: 'acme-coffee', id: COMPANY_ID, name: 'Acme Coffee', url: 'https://www.linkedin.com/company/acme-coffee/',
      avatarUrl: 'https://media.licdn.com/dms/image/v2/acme/company-logo_200_200/0/1',
    });
  });

  it("a showcase page's admin view, under /company/<number>/, names it a showcase by its member view", () => {
    const { doc } = loadLinkedIn('admin-page-posts.html');
    doc.querySelector('a[href*="viewAsMember"]')!.setAttribute('href', 'https://www.linkedin.com/showcase/acme-labs/?viewAsMember=true');
    expect(li.readPageIdentity(doc, new URL(`https://www.linkedin.com/company/${COMPANY_ID}/admin/page-posts/published/`))).toMatchObject({
      id: COMPANY_ID, slug: 'acme-labs', showcase: true, url: 'https://www.linkedin.com/showcase/acme-labs/',
    });
  });

  it('a showcase page is a page of its own, at its own address', () => {
    const { doc } = loadLinkedIn('load-more.html');
    const url = new URL('https://www.linkedin.com/showcase/acme-labs/');
    expect(li.handlesUrl(url)).toBe(true);
    expect(li.readPageIdentity(doc, url)).toMatchObject({ slug: 'acme-labs', showcase: true, url: 'https://www.linkedin.com/showcase/acme-labs/' });
  });
});
