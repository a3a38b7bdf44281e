// The interface's numbers, plurals, times and durations follow the browser's language.
import { describe, expect, it } from 'vitest';
import { formatAgo, formatDateTime, formatDurationParts, formatNumber, formatPercent, formatWaited, interfaceLocale, plural, t } from '../../utils/i18n';
import { useLanguage } from './support/i18n';

const HOUR_MS = 3_600_000;

/** Intl separates numbers and units with no-break spaces; compare them as the reader sees them. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const AFTERNOON = Date.UTC(2026, 2, 3, 15, 30);

describe('interface language', () => {
  it('is English under test by default', () => {
    expect(t('time.justNow')).toBe('just now');
    expect(interfaceLocale()).toBe('en-US');
  });

  it("follows the browser's language and region when we have its words", async () => {
    await useLanguage('en', 'en-GB');
    expect(interfaceLocale()).toBe('en-GB');
    await useLanguage('fr', 'fr-CA');
    expect(interfaceLocale()).toBe('fr-CA');
    expect(t('time.justNow')).toBe('à l’instant');
  });

  it('formats in English too when the browser speaks a language we lack, rather than mixing', async () => {
    await useLanguage('en', 'ja');
    expect(interfaceLocale()).toBe('en');
    expect(formatNumber(1234)).toBe('1,234');
  });
});

describe('plurals', () => {
  it('use the language’s own rules: French 0 and 1 are singular, English 0 is plural', async () => {
    expect(plural('common.comments', 0)).toBe('0 comments');
    expect(plural('common.comments', 1)).toBe('1 comment');
    await useLanguage('fr');
    expect(plural('common.comments', 0)).toBe('0 commentaire');
    expect(plural('common.comments', 1)).toBe('1 commentaire');
    expect(plural('common.comments', 2)).toBe('2 commentaires');
    expect(plain(plural('common.comments', 1_000_000))).toBe('1 000 000 de commentaires');
  });

  it('format the count as the language writes numbers', async () => {
    await useLanguage('de');
    expect(plural('common.comments', 1234)).toBe('1.234 Kommentare');
    await useLanguage('id');
    expect(plural('common.comments', 1)).toBe('1 komentar');
  });
});

describe('times and durations', () => {
  it('write hours as the language does', async () => {
    expect(formatWaited(3 * HOUR_MS)).toBe('3 hr');
    await useLanguage('de');
    expect(formatWaited(3 * HOUR_MS)).toBe('3 Std.');
    expect(formatWaited(20_000)).toBe('gerade eben');
    await useLanguage('nl');
    expect(formatWaited(3 * HOUR_MS)).toBe('3 uur');
  });

  it('say how long ago in the language’s word order', async () => {
    expect(formatAgo(12 * 60_000)).toBe('12 minutes ago');
    await useLanguage('fr');
    expect(plain(formatAgo(12 * 60_000))).toBe('il y a 12 minutes');
    await useLanguage('de');
    expect(formatAgo(5 * HOUR_MS)).toBe('vor 5 Stunden');
  });

  it('use a 24-hour clock where the locale does', async () => {
    expect(formatDateTime(AFTERNOON, 'UTC')).toMatch(/03:30\sPM/);
    await useLanguage('en', 'en-GB');
    expect(formatDateTime(AFTERNOON, 'UTC')).toContain('15:30');
    await useLanguage('de');
    expect(formatDateTime(AFTERNOON, 'UTC')).toBe('Di., 3. März, 15:30');
  });

  it('join duration units as the language lists them', async () => {
    expect(formatDurationParts({ hours: 3, minutes: 20 })).toBe('3 hr, 20 min');
    await useLanguage('fr');
    expect(plain(formatDurationParts({ hours: 3, minutes: 20 }))).toBe('3 h et 20 min');
    await useLanguage('de');
    expect(formatDurationParts({ days: 2, hours: 5 })).toBe('2 Tg., 5 Std.');
  });

  it('write shares as percents with the language’s spacing', async () => {
    expect(formatPercent(0.83)).toBe('83%');
    await useLanguage('fr');
    expect(plain(formatPercent(0.83))).toBe('83 %');
  });
});
