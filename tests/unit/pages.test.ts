import { describe, expect, it } from 'vitest';
import type { ManagedPage } from '../../utils/model';
import { applySighting, judgesAlike, matchManagedPage, pageKeyFor, parsePageAddress } from '../../utils/pages';

describe('parsePageAddress', () => {
  it.each([
    ['https://www.facebook.com/acmecoffee', { platform: 'facebook', slug: 'acmecoffee', url: 'https://www.facebook.com/acmecoffee' }],
    ['facebook.com/AcmeCoffee/posts/123?ref=x', { platform: 'facebook', slug: 'acmecoffee' }],
    ['https://web.facebook.com/acmecoffee', { platform: 'facebook', slug: 'acmecoffee', url: 'https://www.facebook.com/acmecoffee' }],
    ['facebook.com/acmecoffee', { platform: 'facebook', slug: 'acmecoffee', url: 'https://www.facebook.com/acmecoffee' }],
    ['https://m.facebook.com/profile.php?id=61550000000001', { platform: 'facebook', id: '61550000000001', url: 'https://www.facebook.com/profile.php?id=61550000000001' }],
    ['https://www.facebook.com/permalink.php?story_fbid=pfbid0x&id=61550000000001', { platform: 'facebook', id: '61550000000001' }],
    ['https://www.linkedin.com/company/acme-coffee/posts/?feedView=all', { platform: 'linkedin', slug: 'acme-coffee', url: 'https://www.linkedin.com/company/acme-coffee/' }],
    ['linkedin.com/company/12345/admin/page-posts/published/', { platform: 'linkedin', id: '12345' }],
    ['https://www.linkedin.com/showcase/acme-labs/', { platform: 'linkedin', slug: 'acme-labs', showcase: true, url: 'https://www.linkedin.com/showcase/acme-labs/' }],
  ])('reads %s', (input, expected) => {
    const parsed = parsePageAddress(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.ref).toMatchObject(expected);
  });

  it('takes a page added at web.facebook.com, facebook.com or m.facebook.com for the same page as at www', () => {
    const keys = ['https://web.facebook.com/yourpage', 'facebook.com/yourpage', 'm.facebook.com/yourpage', 'https://www.facebook.com/yourpage'].map((a) => {
      const parsed = parsePageAddress(a);
      return parsed.ok ? pageKeyFor(parsed.ref) : a;
    });
    expect(new Set(keys)).toEqual(new Set(['facebook:yourpage']));
  });

  it.each([
    ['', /Enter the page's address/],
    ['https://example.com/acme', /Facebook and LinkedIn pages only/],
    ['https://www.facebook.com/permalink.php?story_fbid=1', /doesn't name a page/],
    ['https://www.linkedin.com/in/janedoe/', /person's profile/],
    ['https://www.linkedin.com/jobs/view/1/', /doesn't name a page/],
    ['http://[bad', /doesn't look like an address/],
  ])('explains why %j is not a page address', (input, message) => {
    const parsed = parsePageAddress(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('matchManagedPage', () => {
  const bySlug: ManagedPage = { key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee', slug: 'acmecoffee', thresholdHours: null, addedAt: 0 };
  const byId: ManagedPage = { key: 'facebook:42', platform: 'facebook', name: 'Beta Bakery', url: 'https://www.facebook.com/profile.php?id=42', platformId: '42', thresholdHours: null, addedAt: 0 };
  const pages = [bySlug, byId];

  it('matches by id, slug or address', () => {
    expect(matchManagedPage({ platform: 'facebook', id: '42' }, pages)).toBe(byId);
    expect(matchManagedPage({ platform: 'facebook', slug: 'AcmeCoffee'.toLowerCase() }, pages)).toBe(bySlug);
    expect(matchManagedPage({ platform: 'facebook', url: 'https://www.facebook.com/acmecoffee/posts/1' }, pages)).toBe(bySlug);
  });

  it('falls back to the name only when no address contradicts it', () => {
    // The page was added by its vanity address; its posts link to profile.php?id=…
    expect(matchManagedPage({ platform: 'facebook', id: '777', name: 'Acme Coffee' }, pages)).toBe(bySlug);
    // A different id with the same name as an id-known page is someone else.
    expect(matchManagedPage({ platform: 'facebook', id: '999', name: 'Beta Bakery' }, pages)).toBeUndefined();
  });

  it('never matches across platforms', () => {
    expect(matchManagedPage({ platform: 'linkedin', slug: 'acmecoffee' }, pages)).toBeUndefined();
  });
});

describe('judgesAlike: when learning about a page can change which comments it answered', () => {
  const typed: ManagedPage = { key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', nameSource: 'user', url: 'https://www.facebook.com/acmecoffee', slug: 'acmecoffee', thresholdHours: null, addedAt: 0 };
  const learn = (sighting: Parameters<typeof applySighting>[1]) => applySighting(typed, sighting, 1)!;

  it('a learned name the user already typed (in any spelling) or a new picture changes nothing', () => {
    const sameName = learn({ platform: 'facebook', slug: 'acmecoffee', name: 'ACME  coffee' });
    expect(sameName).not.toBeNull(); // the record did learn something, and is stored
    expect(judgesAlike(typed, sameName)).toBe(true);
    const picture = learn({ platform: 'facebook', slug: 'acmecoffee', avatarUrl: 'https://scontent.xx.fbcdn.net/v/a.jpg' });
    expect(judgesAlike(typed, picture)).toBe(true);
  });

  it('a new name, a numeric id or a vanity name does', () => {
    expect(judgesAlike(typed, learn({ platform: 'facebook', slug: 'acmecoffee', name: 'Acme Coffee Roasters' }))).toBe(false);
    expect(judgesAlike(typed, learn({ platform: 'facebook', slug: 'acmecoffee', id: '61550000000001' }))).toBe(false);
    const byId: ManagedPage = { ...typed, key: 'facebook:42', url: 'https://www.facebook.com/profile.php?id=42', platformId: '42', slug: undefined };
    expect(judgesAlike(byId, applySighting(byId, { platform: 'facebook', id: '42', slug: 'acmecoffee' }, 1)!)).toBe(false);
  });
});
