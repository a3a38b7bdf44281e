// Loads the saved Facebook pages in tests/fixtures/facebook. Each begins with a comment naming the
// address it was saved from, the managed page and the moment it represents.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'facebook');

export interface Fixture {
  name: string;
  html: string;
  doc: Document;
  url: URL;
  now: number;
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'));
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(name: string): Fixture {
  const html = readFileSync(join(FIXTURE_DIR, name), 'utf8');
  const url = /^\s*url: (\S+)$/m.exec(html)?.[1];
  const now = /^\s*now: (\S+)$/m.exec(html)?.[1];
  if (!url || !now) throw new Error(`${name} lacks its url/now header`);
  return { name, html, doc: parseHtml(html), url: new URL(url), now: Date.parse(now) };
}
