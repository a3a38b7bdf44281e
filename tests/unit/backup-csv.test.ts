import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentsToCsv, csvCell } from '../../utils/backup';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { storedComment } from './support/stored-comment';

const HOUR = 3_600_000;
const POSTED = Date.UTC(2025, 2, 10, 8, 0); // 09:00 in Paris, 08:00 UTC

const page: ManagedPage = {
  key: 'facebook:acmecoffee',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/acmecoffee',
  thresholdHours: null,
  addedAt: 0,
};

function comment(id: string, overrides: Partial<StoredComment> = {}): StoredComment {
  return storedComment({
    key: `facebook:${id}`,
    platform: 'facebook',
    id,
    pageKey: page.key,
    permalink: `https://www.facebook.com/acmecoffee/posts/1?comment_id=${id}`,
    authorName: 'Jane Doe',
    text: 'Hello',
    postedAt: POSTED,
    postedAtSource: 'relative',
    firstSeenAt: POSTED + HOUR,
    lastSeenAt: POSTED + HOUR,
    ...overrides,
  });
}

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      if (char === '"' || char === '\r' || char === '\n') throw new Error(`bare ${JSON.stringify(char)} at ${i}`);
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

function table(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = readCsv(csv.slice(1));
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])));
}

describe('comments as CSV', () => {
  it('writes one row per visitor comment with the documented columns, in the user’s time zone', () => {
    const csv = commentsToCsv(
      [
        comment('1', {
          status: 'answered',
          answeredBy: 'page',
          answeredAt: POSTED + 26.5 * HOUR,
          priority: 1,
          priorityReasons: ['question', 'complaint'],
        }),
        comment('2', { authorName: 'Bob', status: 'wont-reply', answeredBy: 'user', answeredAt: POSTED + HOUR }),
        comment('3', { authorName: 'Acme Coffee', status: 'own', authorIsPage: true }),
        comment('4', { authorName: 'Cy', pageKey: 'linkedin:gone', platform: 'linkedin', postedAtSource: 'first-seen' }),
      ],
      [page],
      DEFAULT_SETTINGS,
      'Europe/Paris',
    );
    const [header] = readCsv(csv.slice(1));
    expect(header).toEqual([
      'platform',
      'page',
      'author',
      'text',
      'status',
      'priority',
      'posted',
      'posted source',
      'first seen',
      'answered',
      'answered by',
      'response time (hours)',
      'response rate (in time, late, left out)',
      'permalink',
    ]);
    const rows = table(csv);
    expect(rows.map((row) => row.author)).toEqual(['Jane Doe', 'Bob', 'Cy']); // the page's own reply is not a row
    expect(rows[0]).toEqual({
      platform: 'Facebook',
      page: 'Acme Coffee',
      author: 'Jane Doe',
      text: 'Hello',
      status: 'answered',
      priority: 'question, complaint',
      posted: '2025-03-10 09:00',
      'posted source': 'relative label (approximate)',
      'first seen': '2025-03-10 10:00',
      answered: '2025-03-11 11:30',
      'answered by': 'page reply',
      'response time (hours)': '26.5',
      'response rate (in time, late, left out)': 'late', // a question: 4 h limit
      permalink: 'https://www.facebook.com/acmecoffee/posts/1?comment_id=1',
    });
    // Won't reply is a decision, not an answer: no answer time, no response time.
    expect(rows[1]).toMatchObject({
      status: "won't reply", answered: '', 'answered by': '', 'response time (hours)': '', 'response rate (in time, late, left out)': 'left out',
    });
    expect(rows[2]).toMatchObject({
      platform: 'LinkedIn', page: 'linkedin:gone', status: 'waiting', 'posted source': 'first seen (time not shown)',
      'response rate (in time, late, left out)': '',
    });
  });

  it('says which comments Insights counts as answered in time for the response rate', () => {
    const answeredAfter = (id: string, hours: number, overrides: Partial<StoredComment> = {}) =>
      comment(id, { status: 'answered', answeredBy: 'page', answeredAt: POSTED + hours * HOUR, ...overrides });
    const rows = table(
      commentsToCsv(
        [
          answeredAfter('1', 23), // 24 h limit
          answeredAfter('2', 25),
          answeredAfter('3', 3, { priority: 1, priorityReasons: ['question'] }), // 4 h limit
          answeredAfter('4', 5, { priority: 1, priorityReasons: ['complaint'] }),
          answeredAfter('5', 30, { pageKey: 'facebook:slow' }), // its page allows 48 h
        ],
        [page, { ...page, key: 'facebook:slow', name: 'Slow Page', thresholdHours: 48 }],
        DEFAULT_SETTINGS,
        'UTC',
      ),
    );
    expect(rows.map((row) => row['response rate (in time, late, left out)'])).toEqual(['in time', 'late', 'in time', 'late', 'in time']);
  });

  it('names a page added by number the way the popup does, never by its bare id', () => {
    const byNumber: ManagedPage = { ...page, key: 'facebook:123456789012345', name: '123456789012345', platformId: '123456789012345', url: 'https://www.facebook.com/profile.php?id=123456789012345' };
    const rows = table(
      commentsToCsv(
        [comment('1', { pageKey: byNumber.key }), comment('2', { pageKey: 'facebook:999' })],
        [{ ...byNumber, learnedName: 'Acme Roasters' }, { ...byNumber, key: 'facebook:999', name: '999', platformId: '999' }],
        DEFAULT_SETTINGS,
        'UTC',
      ),
    );
    expect(rows.map((row) => row.page)).toEqual(['Acme Roasters', 'Facebook page 999']);
  });

  it('uses the time zone it is given', () => {
    const [row] = table(commentsToCsv([comment('1')], [page], DEFAULT_SETTINGS, 'America/New_York'));
    expect(row!.posted).toBe('2025-03-10 04:00');
  });

  it('quotes commas, quotes and line breaks so every comment stays one row', () => {
    const text = 'Hi, "Acme"!\nSecond line\r\nThird';
    const csv = commentsToCsv([comment('1', { text, authorName: 'Doe, Jane' })], [page], DEFAULT_SETTINGS, 'UTC');
    expect(csv).toContain('"Hi, ""Acme""!\nSecond line\r\nThird"');
    const rows = table(csv);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ text, author: 'Doe, Jane' });
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const hostile = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'];
    const csv = commentsToCsv(
      hostile.map((text, index) => comment(String(index), { text, authorName: text })),
      [page],
      DEFAULT_SETTINGS,
      'UTC',
    );
    for (const row of table(csv)) {
      expect(row.text).toMatch(/^'/);
      expect(row.author).toMatch(/^'/);
    }
    expect(table(csv).map((row) => row.text)).toEqual(hostile.map((text) => `'${text}`));
    expect(csvCell('Nothing odd = here')).toBe('Nothing odd = here');
  });

  it('keeps any text intact (bar the guard quote) and never lets a cell start a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const rows = readCsv(`${csvCell(text)}\r\n`);
        expect(rows).toHaveLength(1);
        const [cell] = rows[0]!;
        expect([text, `'${text}`]).toContain(cell);
        expect(cell).not.toMatch(/^[=+\-@]/);
      }),
    );
  });
});
