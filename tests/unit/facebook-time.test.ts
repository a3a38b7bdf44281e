// Facebook's time labels, in English and Spanish, read in the machine's local zone. Expected
// values are built as local dates so the tests hold in any TZ.
import { parseFacebookTime } from '../../utils/time/facebook-time';
import { resolvePostedAt } from '../../utils/time/resolve';
import { facebookAdapter as fb } from '../../utils/adapters/facebook';
import { loadFixture } from './facebook-fixtures';

const NOW = new Date(2026, 8, 29, 11, 15).getTime(); // Tuesday 29 September 2026, 11:15 local
const MIN = 60_000;
const HOUR = 60 * MIN;
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

const label = (l: string) => parseFacebookTime({ label: l }, NOW);

describe('relative labels', () => {
  it.each([
    ['Just now', NOW],
    ['5m', NOW - 5 * MIN],
    ['2h', NOW - 2 * HOUR],
    ['23h', NOW - 23 * HOUR],
    ['3d', local(2026, 9, 26, 11, 15)],
    ['1w', local(2026, 9, 22, 11, 15)],
    ['2y', local(2024, 9, 29, 11, 15)],
    ['4 hours ago', NOW - 4 * HOUR],
    ['an hour ago', NOW - HOUR],
    ['a few seconds ago', NOW],
    ['39 minutes ago', NOW - 39 * MIN],
    ['a day ago', local(2026, 9, 28, 11, 15)],
    ['2 weeks ago', local(2026, 9, 15, 11, 15)],
  ])('English "%s"', (text, at) => {
    expect(label(text)).toEqual({ at, source: 'relative' });
  });

  it.each([
    ['Justo ahora', NOW],
    ['5 min', NOW - 5 * MIN],
    ['2 h', NOW - 2 * HOUR],
    ['3 d', local(2026, 9, 26, 11, 15)],
    ['1 sem', local(2026, 9, 22, 11, 15)],
    ['2 a', local(2024, 9, 29, 11, 15)],
    ['hace 4 horas', NOW - 4 * HOUR],
    ['Hace 4 horas', NOW - 4 * HOUR],
    ['Hace una hora', NOW - HOUR],
    ['hace unos segundos', NOW],
    ['Hace 1 semana', local(2026, 9, 22, 11, 15)],
    ['hace 2 días', local(2026, 9, 27, 11, 15)],
  ])('Spanish "%s"', (text, at) => {
    expect(label(text)).toEqual({ at, source: 'relative' });
  });
});

describe('dates', () => {
  it.each([
    ['Yesterday at 4:12 PM', local(2026, 9, 28, 16, 12)],
    ['Yesterday at 4:12\u202fPM', local(2026, 9, 28, 16, 12)],
    ['Yesterday at 16:12', local(2026, 9, 28, 16, 12)],
    ['March 3 at 9:00 AM', local(2026, 3, 3, 9, 0)],
    ['September 28 at 9:00 AM', local(2026, 9, 28, 9, 0)],
    ['December 25 at 9:00 AM', local(2025, 12, 25, 9, 0)],
    ['Tuesday 29 September 2026 at 10:52', local(2026, 9, 29, 10, 52)],
    ['Monday 28 September 2026 at 09:41', local(2026, 9, 28, 9, 41)],
    ['Tuesday, September 22, 2026 at 6:05 PM', local(2026, 9, 22, 18, 5)],
    ['Ayer a las 16:12', local(2026, 9, 28, 16, 12)],
    ['3 de marzo a las 9:00', local(2026, 3, 3, 9, 0)],
    ['martes, 22 de septiembre de 2026 a las 18:05', local(2026, 9, 22, 18, 5)],
  ])('"%s"', (text, at) => {
    expect(label(text)).toEqual({ at, source: 'absolute' });
  });

  it('prefers the full date from the tooltip over the rounded visible label', () => {
    expect(parseFacebookTime({ label: '1d', absoluteLabel: 'Monday 28 September 2026 at 09:41' }, NOW)).toEqual({
      at: local(2026, 9, 28, 9, 41),
      source: 'absolute',
    });
  });

  it('falls back to the visible label when the tooltip is unreadable', () => {
    expect(parseFacebookTime({ label: '2h', absoluteLabel: 'sometime' }, NOW)).toEqual({ at: NOW - 2 * HOUR, source: 'relative' });
  });

  it.each(['', 'Edited', 'Like', '2 reactions', 'Top fan', 'yesterday-ish'])('gives up on "%s"', (text) => {
    expect(label(text)).toBeNull();
  });

  it('gives up without labels', () => {
    expect(parseFacebookTime({}, NOW)).toBeNull();
  });
});

describe('labels read off the fixtures', () => {
  it('resolves every comment time on every page to a moment no later than "now"', () => {
    for (const name of ['page-post-permalink.html', 'spanish-interface.html', 'edited-comment.html', 'nested-replies.html']) {
      const f = loadFixture(name);
      for (const node of fb.findCommentNodes(f.doc)) {
        const read = fb.readComment(node, f.url);
        if (!read.ok) throw new Error(read.reason);
        const parsed = parseFacebookTime(read.comment.time, f.now);
        expect(parsed, `${name}: ${JSON.stringify(read.comment.time)}`).not.toBeNull();
        expect(parsed!.at).toBeLessThanOrEqual(f.now);
        expect(resolvePostedAt('facebook', read.comment.time, f.now).source).toBe(parsed!.source);
      }
    }
  });
});
