// The same post in six interface languages (tests/fixtures/facebook/languages/, built from the English
// collapsed-replies.html's real structure) gives each comment the same age and the same answered or
// waiting state as in English: read by the adapter, stored by the background with the page's <html lang>.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facebookAdapter as fb } from '../../utils/adapters/facebook';
import { ingest } from '../../utils/background/ingest';
import { openDatabase } from '../../utils/db/database';
import type { ManagedPage, ObservedComment } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { FIXTURE_DIR, parseHtml } from './facebook-fixtures';

const HOUR = 3_600_000;
const LANG_DIR = join(FIXTURE_DIR, 'languages');
const acme: ManagedPage = {
  key: 'facebook:acmecoffee',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee',
  thresholdHours: null,
  addedAt: 0,
};

function load(file: string) {
  const html = readFileSync(file, 'utf8');
  const header = (k: string) => new RegExp(`^\\s*${k}: (\\S+)$`, 'm').exec(html)?.[1] ?? '';
  const doc = parseHtml(html);
  return { doc, url: new URL(header('url')), now: Date.parse(header('now')), lang: doc.documentElement.lang };
}

function readComments(doc: Document, url: URL): ObservedComment[] {
  return fb.findCommentNodes(doc).map((node) => {
    const read = fb.readComment(node, url);
    if (!read.ok) throw new Error(read.reason);
    return read.comment;
  });
}

/** What a user sees of each comment once stored: its age and whether it waits. */
async function stored(file: string, lang?: string) {
  const f = load(file);
  const db = openDatabase(`languages-${Math.random()}`);
  await db.pages.add(acme);
  const comments = readComments(f.doc, f.url);
  const result = await ingest(db, { url: f.url.href, page: fb.pageFromUrl(f.url), lang: lang ?? f.lang, comments }, DEFAULT_SETTINGS, f.now);
  const rows = await db.comments.orderBy('key').toArray();
  db.close();
  return {
    now: f.now,
    unreadTimes: result.unreadTimes,
    seen: rows.map((c) => ({ id: c.id, author: c.authorName, age: (f.now - c.postedAt) / HOUR, source: c.postedAtSource, status: c.status })),
  };
}

const files = readdirSync(LANG_DIR).filter((f) => f.endsWith('.html')).sort();

describe('the same post in every interface language of the fixtures', () => {
  it('covers the six languages of the issue, and Arabic for a right-to-left page', () => {
    expect(files).toEqual(['ar', 'de', 'fr', 'id', 'it', 'nl', 'pt-BR'].map((l) => `collapsed-replies.${l}.html`));
  });

  it('reads the English post as a person would: the page answered Jane, three comments wait', async () => {
    const english = await stored(join(FIXTURE_DIR, 'collapsed-replies.html'));
    expect(english.seen).toEqual([
      { id: '7700880099001101', author: 'Jane Doe', age: 9, source: 'relative', status: 'answered' },
      { id: '7700880099001102', author: 'Hugo Bernard', age: 8, source: 'relative', status: 'pending' },
      { id: '7700880099001103', author: 'Ivy Tan', age: 7, source: 'relative', status: 'pending' },
      { id: '7700880099001104', author: 'Paul Martin', age: 6, source: 'relative', status: 'pending' },
    ]);
    expect(english.unreadTimes).toEqual([]);
  });

  it.each(files)('%s: the same ages and the same answered or waiting state as in English', async (file) => {
    const english = await stored(join(FIXTURE_DIR, 'collapsed-replies.html'));
    const other = await stored(join(LANG_DIR, file));
    expect(other.seen).toEqual(english.seen);
    expect(other.unreadTimes).toEqual([]);
  });

  it('reads the collapsed row and the labels by structure, whatever the words', () => {
    const f = load(join(LANG_DIR, 'collapsed-replies.fr.html'));
    const [jane, hugo, ivy] = readComments(f.doc, f.url);
    expect(jane!.repliedByNames).toEqual(['Acme Coffee a répondu']);
    expect(hugo!.repliedByNames).toEqual(['Lena Park a répondu']);
    expect(jane!.time.label).toBe('9 h');
    // Ivy's timestamp shows no text: her time is what follows her name in her comment's label.
    expect(ivy!.time.label).toBe('il y a 7 heures');
    expect(ivy!.permalink).toMatch(/^https:\/\/www\.facebook\.com\/acmecoffee\/posts\/.*comment_id=7700880099001103$/);
  });

  it('reads the right-to-left Arabic page: Arabic-Indic digits, the verb before the name, Arabic text beside Latin names', () => {
    const f = load(join(LANG_DIR, 'collapsed-replies.ar.html'));
    expect(f.doc.documentElement.dir).toBe('rtl');
    const [jane, hugo, ivy] = readComments(f.doc, f.url);
    expect(jane).toMatchObject({ authorName: 'Jane Doe', text: 'هل توصلون الطلبات أيام الأحد؟', time: { label: '٩ س' }, repliedByNames: ['ردّ Acme Coffee'] });
    expect(hugo!.repliedByNames).toEqual(['ردّت Lena Park']);
    expect(ivy!.time.label).toBe('قبل 7 ساعات');
    expect(fb.hasCommentArea(f.doc)).toBe(true);
    expect(fb.readPageIdentity(f.doc, f.url)?.name).toBe('Acme Coffee');
  });

  it('keeps links at www for the Indonesian page served at web.facebook.com', () => {
    const f = load(join(LANG_DIR, 'collapsed-replies.id.html'));
    expect(f.url.hostname).toBe('web.facebook.com');
    for (const c of readComments(f.doc, f.url)) {
      expect(c.permalink).toMatch(/^https:\/\/www\.facebook\.com\//);
      expect(c.postOwner?.slug).toBe('acmecoffee');
    }
  });

  it('never guesses: in a language without a table, every time counts from first seen and is reported', async () => {
    const unknown = await stored(join(LANG_DIR, 'collapsed-replies.fr.html'), 'sw');
    expect(unknown.seen.map((c) => [c.age, c.source])).toEqual(Array(4).fill([0, 'first-seen']));
    expect(unknown.unreadTimes).toHaveLength(4);
  });
});
