import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { addCountedMs, countedMs, localTimeZone } from '../../utils/rules/business-hours';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';

function withHours(hours: Partial<Settings['businessHours']>): Settings {
  return { ...DEFAULT_SETTINGS, businessHours: { ...DEFAULT_SETTINGS.businessHours, enabled: true, ...hours } };
}

const at = (tz: string, y: number, m: number, d: number, h = 0, min = 0) => new TZDate(y, m - 1, d, h, min, tz).getTime();

describe('countedMs', () => {
  it('counts every millisecond when business hours are off', () => {
    const from = at(NY, 2026, 5, 15, 16, 45);
    expect(countedMs(from, from + 30 * HOUR, DEFAULT_SETTINGS, NY)).toBe(30 * HOUR);
    expect(countedMs(from, from - HOUR, DEFAULT_SETTINGS, NY)).toBe(0);
  });

  it('skips the weekend and the night: Friday 16:45 to Monday 9:15 counts 30 minutes', () => {
    const friday = at(NY, 2026, 5, 15, 16, 45); // Friday 15 May 2026
    const monday = at(NY, 2026, 5, 18, 9, 15);
    const settings = withHours({});
    expect(countedMs(friday, monday, settings, NY)).toBe(30 * MIN);
    expect(addCountedMs(friday, 30 * MIN, settings, NY)).toBe(monday);
  });

  it('counts in the given time zone, not the machine\'s', () => {
    // 9:00–17:00 in New York is 15:00–23:00 in Berlin.
    const settings = withHours({});
    const berlinMorning = at(BERLIN, 2026, 5, 13, 9);
    const berlinEvening = at(BERLIN, 2026, 5, 13, 18);
    expect(countedMs(berlinMorning, berlinEvening, settings, BERLIN)).toBe(8 * HOUR);
    expect(countedMs(berlinMorning, berlinEvening, settings, NY)).toBe(3 * HOUR);
  });

  it.each([
    // A night desk (Sunday 01:00–05:00) spans the change: 3 real hours in spring, 5 in autumn.
    [BERLIN, 2026, 3, 29, 3],
    [BERLIN, 2026, 10, 25, 5],
    [NY, 2026, 3, 8, 3],
    [NY, 2026, 11, 1, 5],
  ])('follows the daylight-saving change in %s on %i-%i-%i', (tz, y, m, d, hours) => {
    const settings = withHours({ days: [0], start: '01:00', end: '05:00' });
    expect(countedMs(at(tz, y, m, d - 1, 12), at(tz, y, m, d + 1, 12), settings, tz)).toBe(hours * HOUR);
  });

  it('keeps 9:00 at 9:00 local across the spring change in Berlin', () => {
    // Every day 9–17. Saturday 28 March 12:00 (CET) + 24 counted hours:
    // Sat 5 h + Sun 8 h + Mon 8 h + Tue 3 h → Tuesday 12:00 CEST, not 11:00 or 13:00.
    const settings = withHours({ days: [0, 1, 2, 3, 4, 5, 6] });
    const saturday = at(BERLIN, 2026, 3, 28, 12);
    const due = addCountedMs(saturday, 24 * HOUR, settings, BERLIN);
    expect(due).toBe(at(BERLIN, 2026, 3, 31, 12));
    expect(new TZDate(due, BERLIN).getHours()).toBe(12);
  });

  it('handles hours that run past midnight', () => {
    const settings = withHours({ days: [1, 2, 3, 4, 5], start: '22:00', end: '06:00' });
    // Monday 23:00 to Tuesday 07:00: 23:00–06:00 counts.
    expect(countedMs(at(NY, 2026, 5, 11, 23), at(NY, 2026, 5, 12, 7), settings, NY)).toBe(7 * HOUR);
    // Starting at Tuesday 02:00, inside Monday's night: 02:00–06:00 counts.
    expect(countedMs(at(NY, 2026, 5, 12, 2), at(NY, 2026, 5, 12, 7), settings, NY)).toBe(4 * HOUR);
    expect(addCountedMs(at(NY, 2026, 5, 12, 2), HOUR, settings, NY)).toBe(at(NY, 2026, 5, 12, 3));
    // Sunday 23:00 to Monday 05:00: Sunday is not a business day, so its night does not count.
    expect(countedMs(at(NY, 2026, 5, 10, 23), at(NY, 2026, 5, 11, 5), settings, NY)).toBe(0);
  });

  it('never comes due when business hours are on with no day chosen', () => {
    const settings = withHours({ days: [] });
    const from = at(NY, 2026, 5, 11, 10);
    expect(countedMs(from, from + 1000 * HOUR, settings, NY)).toBe(0);
    expect(addCountedMs(from, HOUR, settings, NY)).toBe(Number.POSITIVE_INFINITY);
  });

  it('addCountedMs is the inverse of countedMs in any zone and schedule', () => {
    const zones = [NY, BERLIN, 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
    const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: 1, max: 200 * HOUR }),
        fc.constantFrom(...zones),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        clock,
        clock,
        (from, ms, tz, days, start, end) => {
          const settings = withHours({ days, start, end });
          const due = addCountedMs(from, ms, settings, tz);
          expect(countedMs(from, due, settings, tz)).toBe(ms);
          // And not a moment earlier: just before the instant, less has counted.
          expect(countedMs(from, due - 1, settings, tz)).toBeLessThan(ms);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads the machine\'s time zone', () => {
    expect(localTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
