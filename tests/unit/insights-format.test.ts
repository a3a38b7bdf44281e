import { describe, expect, it } from 'vitest';
import { limitPhrase } from '../../components/insights/definitions';
import { formatDuration, formatRate, restsOn } from '../../components/insights/format';
import { niceCeiling } from '../../components/insights/DailyChart';
import type { ManagedPage } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const MIN = 60_000;
const HOUR = 60 * MIN;

const page = (key: string, thresholdHours: number | null): ManagedPage => ({
  key, platform: 'facebook', name: key, url: `https://www.facebook.com/${key}`, thresholdHours, addedAt: 0,
});

describe('figures as a manager reads them', () => {
  it('shows "—" rather than NaN or 0 when there is nothing to measure', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(0 / 0)).toBe('—');
  });

  it('phrases durations in minutes, hours and minutes, then days, as the language writes units', () => {
    expect(formatDuration(20_000)).toBe('under 1 min');
    expect(formatDuration(14 * MIN + 40_000)).toBe('15 min'); // rounded to the minute
    expect(formatDuration(3 * HOUR)).toBe('3 hr');
    expect(formatDuration(3 * HOUR + 20 * MIN)).toBe('3 hr, 20 min');
    expect(formatDuration(30 * HOUR)).toBe('30 hr');
    expect(formatDuration(53 * HOUR)).toBe('2 days, 5 hr');
    expect(formatDuration(72 * HOUR)).toBe('3 days');
  });

  it('rounds rates to whole percents', () => {
    expect(formatRate(3 / 7)).toBe('43%'); // 42.86 → 43
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(0)).toBe('0%');
  });

  it('says what a figure rests on, and when that is too little to judge', () => {
    expect(restsOn(0)).toBe('no comments in this period');
    expect(restsOn(1)).toBe('from 1 comment — too few to judge');
    expect(restsOn(3)).toBe('from 3 comments — too few to judge');
    expect(restsOn(9)).toBe('from 9 comments — too few to judge');
    expect(restsOn(10)).toBe('from 10 comments');
  });

  it("names the time limit when the pages share one, else each page's own", () => {
    expect(limitPhrase([page('a', null)], DEFAULT_SETTINGS)).toBe("the page's 24 hr time limit (4 hr for questions and complaints)");
    expect(limitPhrase([page('a', 24), page('b', null)], DEFAULT_SETTINGS)).toBe('the 24 hr time limit (4 hr for questions and complaints)');
    expect(limitPhrase([page('a', 2)], DEFAULT_SETTINGS)).toBe("the page's 2 hr time limit");
    expect(limitPhrase([page('a', 8), page('b', null)], DEFAULT_SETTINGS)).toMatch(/each page's own time limit/);
  });
});

describe('chart scale', () => {
  it('tops the axis at four round steps above the highest value', () => {
    expect(niceCeiling(7, 1)).toBe(8); // steps of 2
    expect(niceCeiling(0, 1)).toBe(4); // empty chart: 0–4, not 0–0
    expect(niceCeiling(33, 1)).toBe(40); // steps of 10
    expect(niceCeiling(2.5, 0.5)).toBe(4); // hours: steps of 1
    expect(niceCeiling(0.2, 0.5)).toBe(2); // a few minutes: steps of half an hour
  });
});
