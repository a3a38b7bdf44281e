// Loads the LinkedIn fixtures the way a browser would see them: each file's header says its address and "now".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { linkedinAdapter } from '../../utils/adapters/linkedin';
import type { ObservedComment } from '../../utils/model';

export const COMPANY_URL = 'https://www.linkedin.com/company/acme-coffee/';
export const COMPANY_ID = '105123456';

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(process.cwd(), 'tests/fixtures/linkedin', name), 'utf8');
}

export interface Fixture {
  doc: Document;
  url: URL;
  now: number;
}

export function loadFixture(name: string): Fixture {
  const html = fixtureHtml(name);
  const url = /URL: (\S+)/.exec(html)?.[1];
  const now = /Now: (\S+)/.exec(html)?.[1];
  if (!url || !now) throw new Error(`${name} lacks its URL/Now header`);
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url: new URL(url), now: Date.parse(now) };
}

export function readAll(root: Document | Element, url: URL): ObservedComment[] {
  return linkedinAdapter.findCommentNodes(root).map((node) => {
    const result = linkedinAdapter.readComment(node, url);
    if (!result.ok) throw new Error(`unreadable comment: ${result.reason}`);
    return result.comment;
  });
}

/** Whether the managed company wrote it: its address by vanity name or by number (admin views). */
export function byCompany(c: ObservedComment): boolean {
  return c.authorUrl === COMPANY_URL || c.authorUrl === `https://www.linkedin.com/company/${COMPANY_ID}/`;
}
