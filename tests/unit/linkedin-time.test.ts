import { parseLinkedInTime } from '../../utils/time/linkedin-time';
import { resolvePostedAt } from '../../utils/time/resolve';
import { loadFixture, readAll } from './linkedin-fixtures';

const NOW = Date.parse('2026-09-29T11:15:00Z');
const at = (label: string) => parseLinkedInTime({ label }, NOW);
const iso = (label: string) => {
  const r = at(label);
  return r && new Date(r.at).toISOString();
};

describe('parseLinkedInTime', () => {
  it('trusts the time in the comment id above any label', () => {
    const epochMs = Number(BigInt('7510597251892434567') >> 22n);
    expect(parseLinkedInTime({ label: '4h', absoluteLabel: '2020-01-01T00:00:00Z', epochMs }, NOW)).toEqual({
      at: Date.parse('2026-09-29T07:12:05Z'),
      source: 'id',
    });
  });

  it('uses an absolute datetime before a relative label', () => {
    expect(parseLinkedInTime({ label: '2d', absoluteLabel: '2026-09-27T08:30:00.000Z' }, NOW)).toEqual({
      at: Date.parse('2026-09-27T08:30:00Z'),
      source: 'absolute',
    });
    // An unreadable absolute label falls back to the relative one.
    expect(parseLinkedInTime({ label: '2d', absoluteLabel: 'Sunday' }, NOW)?.source).toBe('relative');
    expect(parseLinkedInTime({ label: '2d', epochMs: Number.NaN }, NOW)?.source).toBe('relative');
  });

  it.each([
    ['now', '2026-09-29T11:15:00.000Z'],
    ['5m', '2026-09-29T11:10:00.000Z'],
    ['43m', '2026-09-29T10:32:00.000Z'],
    ['2h', '2026-09-29T09:15:00.000Z'],
    ['3d', '2026-09-26T11:15:00.000Z'],
    ['3d (edited)', '2026-09-26T11:15:00.000Z'],
    ['1d •', '2026-09-28T11:15:00.000Z'],
    ['1w', '2026-09-22T11:15:00.000Z'],
    ['2mo', '2026-07-29T11:15:00.000Z'],
    ['1yr', '2025-09-29T11:15:00.000Z'],
    ['2 hours ago', '2026-09-29T09:15:00.000Z'],
  ])('English "%s" → %s', (label, expected) => {
    expect(iso(label)).toBe(expected);
    expect(at(label)?.source).toBe('relative');
  });

  it.each([
    ['ahora', '2026-09-29T11:15:00.000Z'],
    ['5 min', '2026-09-29T11:10:00.000Z'],
    ['2 h', '2026-09-29T09:15:00.000Z'],
    ['3 d', '2026-09-26T11:15:00.000Z'],
    ['6 d (editado)', '2026-09-23T11:15:00.000Z'],
    ['1 sem', '2026-09-22T11:15:00.000Z'],
    ['2 sem.', '2026-09-15T11:15:00.000Z'],
    ['1 mes', '2026-08-29T11:15:00.000Z'],
    ['2 meses', '2026-07-29T11:15:00.000Z'],
    ['1 año', '2025-09-29T11:15:00.000Z'],
    ['3 años', '2023-09-29T11:15:00.000Z'],
    ['hace 2 h', '2026-09-29T09:15:00.000Z'],
    ['hace 3 días', '2026-09-26T11:15:00.000Z'],
  ])('Spanish "%s" → %s', (label, expected) => {
    expect(iso(label)).toBe(expected);
  });

  it('counts months on the calendar, not as 30 days', () => {
    expect(new Date(parseLinkedInTime({ label: '1mo' }, Date.parse('2026-03-31T12:00:00Z'))!.at).toISOString()).toBe(
      '2026-02-28T12:00:00.000Z',
    );
  });

  it.each(['', 'Yesterday', '5 stars', '2x', 'edited', '12345678h', 'ago'])('gives up on "%s"', (label) => {
    expect(at(label)).toBeNull();
  });

  it('gives up when there is nothing to go on', () => {
    expect(parseLinkedInTime({}, NOW)).toBeNull();
  });

  it('becomes "first seen" in the background when the label cannot be read', () => {
    expect(resolvePostedAt('linkedin', { label: 'Yesterday' }, NOW)).toEqual({ at: NOW, source: 'first-seen' });
    expect(resolvePostedAt('linkedin', { label: '2h' }, NOW)).toEqual({ at: NOW - 2 * 3_600_000, source: 'relative' });
  });
});

describe('the fixtures tell one consistent time', () => {
  // A relative label rounds down: the id time is at most one unit before what the label says, never after.
  const unitMs: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, now: 60_000 };

  it.each([
    'company-post.html', 'sdui-post.html', 'nested-replies.html', 'admin-page-posts.html', 'feed.html',
    'load-more.html', 'load-more-page2.html', 'edited-comment.html', 'image-only-comment.html', 'spanish-interface.html',
  ])('%s: every label agrees with its comment id', (name) => {
    const { doc, url, now } = loadFixture(name);
    for (const c of readAll(doc, url)) {
      const fromLabel = parseLinkedInTime({ label: c.time.label }, now)!;
      const fromId = parseLinkedInTime(c.time, now)!;
      expect(fromId.source).toBe('id');
      const unit = unitMs[/[a-z]+/i.exec(c.time.label!)![0]]!;
      expect(fromLabel.at - fromId.at).toBeGreaterThanOrEqual(-60_000);
      expect(fromLabel.at - fromId.at).toBeLessThan(unit);
    }
  });
});
