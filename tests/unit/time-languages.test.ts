// Facebook time labels in every interface language we read, each in its own language only: the
// table comes from the page's <html lang>, so "1 j" is a day in French and an hour in Indonesian,
// and an English month on a French page is not a date. Expected values are local dates (any TZ).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseFacebookTime } from '../../utils/time/facebook-time';
import { resolvePostedAt } from '../../utils/time/resolve';
import { TIME_LANGUAGES, timeLanguage } from '../../utils/time/words';

const NOW = new Date(2026, 8, 29, 11, 15).getTime(); // Tuesday 29 September 2026, 11:15 local
const MIN = 60_000;
const HOUR = 60 * MIN;
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const DAYS = (n: number) => local(2026, 9, 29 - n, 11, 15);
const WEEKS = (n: number) => DAYS(7 * n);
const YEARS = (n: number) => local(2026 - n, 9, 29, 11, 15);
const MARCH_12 = local(2026, 3, 12);
const MARCH_3_2025 = local(2025, 3, 3);
const YESTERDAY_1430 = local(2026, 9, 28, 14, 30);

type Case = [label: string, at: number];

/**
 * Each language: minutes, hours, days, weeks, years, "just now", "… ago", absolute dates with and
 * without a year, and yesterday at a time. Where Facebook's own short forms are known (issue #14's
 * report: "3 Std.", "1 T.", "2 Wo.", "6 u", "3 g", "1 sett", "6 j", "30 mnt", "1 h") they are used.
 */
const LANGUAGES: Record<string, Case[]> = {
  en: [['5m', NOW - 5 * MIN], ['2h', NOW - 2 * HOUR], ['3d', DAYS(3)], ['2w', WEEKS(2)], ['1y', YEARS(1)], ['Just now', NOW], ['9 hours ago', NOW - 9 * HOUR], ['March 12', MARCH_12], ['March 3, 2025', MARCH_3_2025], ['Yesterday at 2:30 PM', YESTERDAY_1430]],
  es: [['5 min', NOW - 5 * MIN], ['2 h', NOW - 2 * HOUR], ['3 d', DAYS(3)], ['2 sem', WEEKS(2)], ['1 a', YEARS(1)], ['Justo ahora', NOW], ['Hace 9 horas', NOW - 9 * HOUR], ['12 de marzo', MARCH_12], ['3 de marzo de 2025', MARCH_3_2025], ['Ayer a las 14:30', YESTERDAY_1430]],
  fr: [['5 min', NOW - 5 * MIN], ['3 h', NOW - 3 * HOUR], ['6 j', DAYS(6)], ['1 j', DAYS(1)], ['2 sem.', WEEKS(2)], ['1 a', YEARS(1)], ["À l'instant", NOW], ['il y a 9 heures', NOW - 9 * HOUR], ['12 mars', MARCH_12], ['3 mars 2025', MARCH_3_2025], ['Hier à 14:30', YESTERDAY_1430], ['mardi 22 septembre 2026 à 18:05', local(2026, 9, 22, 18, 5)]],
  de: [['5 Min.', NOW - 5 * MIN], ['3 Std.', NOW - 3 * HOUR], ['1 T.', DAYS(1)], ['2 Wo.', WEEKS(2)], ['1 J.', YEARS(1)], ['Gerade eben', NOW], ['vor 9 Stunden', NOW - 9 * HOUR], ['12. März', MARCH_12], ['3. März 2025', MARCH_3_2025], ['Gestern um 14:30', YESTERDAY_1430], ['Dienstag, 22. September 2026 um 18:05', local(2026, 9, 22, 18, 5)]],
  'pt-BR': [['5 min', NOW - 5 * MIN], ['3 h', NOW - 3 * HOUR], ['2 d', DAYS(2)], ['1 sem', WEEKS(1)], ['1 a', YEARS(1)], ['Agora mesmo', NOW], ['há 9 horas', NOW - 9 * HOUR], ['12 de março', MARCH_12], ['3 de março de 2025', MARCH_3_2025], ['Ontem às 14:30', YESTERDAY_1430]],
  'pt-PT': [['5 min', NOW - 5 * MIN], ['3 h', NOW - 3 * HOUR], ['2 d', DAYS(2)], ['1 sem', WEEKS(1)], ['2 anos', YEARS(2)], ['Agora mesmo', NOW], ['há 9 horas', NOW - 9 * HOUR], ['12 de março', MARCH_12], ['3 de março de 2025', MARCH_3_2025], ['Ontem às 14:30', YESTERDAY_1430]],
  it: [['5 min', NOW - 5 * MIN], ['2 h', NOW - 2 * HOUR], ['3 g', DAYS(3)], ['1 sett', WEEKS(1)], ['2 anni', YEARS(2)], ['Adesso', NOW], ['9 ore fa', NOW - 9 * HOUR], ['12 marzo', MARCH_12], ['3 marzo 2025', MARCH_3_2025], ['Ieri alle ore 14:30', YESTERDAY_1430]],
  nl: [['5 min', NOW - 5 * MIN], ['6 u', NOW - 6 * HOUR], ['3 d', DAYS(3)], ['2 w', WEEKS(2)], ['1 jr', YEARS(1)], ['Zojuist', NOW], ['9 uur geleden', NOW - 9 * HOUR], ['12 maart', MARCH_12], ['3 maart 2025', MARCH_3_2025], ['Gisteren om 14:30', YESTERDAY_1430]],
  id: [['30 mnt', NOW - 30 * MIN], ['6 j', NOW - 6 * HOUR], ['1 h', DAYS(1)], ['2 mgg', WEEKS(2)], ['1 thn', YEARS(1)], ['Baru saja', NOW], ['9 jam yang lalu', NOW - 9 * HOUR], ['12 Maret', MARCH_12], ['3 Maret 2025', MARCH_3_2025], ['Kemarin pukul 14.30', YESTERDAY_1430]],
  tr: [['5 dk.', NOW - 5 * MIN], ['3 sa.', NOW - 3 * HOUR], ['3 gün', DAYS(3)], ['2 hf.', WEEKS(2)], ['1 yıl', YEARS(1)], ['Az önce', NOW], ['9 saat önce', NOW - 9 * HOUR], ['12 Mart', MARCH_12], ['3 Mart 2025', MARCH_3_2025]],
  pl: [['5 min', NOW - 5 * MIN], ['3 godz.', NOW - 3 * HOUR], ['3 dni', DAYS(3)], ['2 tyg.', WEEKS(2)], ['1 rok', YEARS(1)], ['Przed chwilą', NOW], ['9 godzin temu', NOW - 9 * HOUR], ['12 marca', MARCH_12], ['3 marca 2025', MARCH_3_2025]],
  vi: [['5 phút', NOW - 5 * MIN], ['3 giờ', NOW - 3 * HOUR], ['3 ngày', DAYS(3)], ['2 tuần', WEEKS(2)], ['1 năm', YEARS(1)], ['Vừa xong', NOW], ['9 giờ trước', NOW - 9 * HOUR], ['12 tháng 3', MARCH_12], ['12 tháng 3, 2025', local(2025, 3, 12)]],
  th: [['5 นาที', NOW - 5 * MIN], ['3 ชม.', NOW - 3 * HOUR], ['3 วัน', DAYS(3)], ['2 สัปดาห์', WEEKS(2)], ['1 ปี', YEARS(1)], ['เมื่อสักครู่', NOW], ['9 ชั่วโมงที่แล้ว', NOW - 9 * HOUR], ['12 มีนาคม', MARCH_12], ['12 มี.ค.', MARCH_12]],
  ar: [['5 د', NOW - 5 * MIN], ['٣ س', NOW - 3 * HOUR], ['3 يوم', DAYS(3)], ['2 أسبوع', WEEKS(2)], ['1 سنة', YEARS(1)], ['الآن', NOW], ['قبل 9 ساعات', NOW - 9 * HOUR], ['12 مارس', MARCH_12], ['3 مارس 2025', MARCH_3_2025]],
  he: [['5 דק׳', NOW - 5 * MIN], ['3 שע׳', NOW - 3 * HOUR], ['3 ימים', DAYS(3)], ['2 שבועות', WEEKS(2)], ['כרגע', NOW], ['לפני 9 שעות', NOW - 9 * HOUR], ['12 במרץ', MARCH_12], ['3 במרץ 2025', MARCH_3_2025]],
  hi: [['5 मि॰', NOW - 5 * MIN], ['3 घं॰', NOW - 3 * HOUR], ['3 दिन', DAYS(3)], ['2 सप्ताह', WEEKS(2)], ['1 वर्ष', YEARS(1)], ['अभी-अभी', NOW], ['9 घंटे पहले', NOW - 9 * HOUR], ['12 मार्च', MARCH_12], ['3 मार्च 2025', MARCH_3_2025]],
  ja: [['5分', NOW - 5 * MIN], ['3時間', NOW - 3 * HOUR], ['3日', DAYS(3)], ['2週間', WEEKS(2)], ['1年', YEARS(1)], ['たった今', NOW], ['9時間前', NOW - 9 * HOUR], ['3月12日', MARCH_12], ['2025年3月3日', MARCH_3_2025]],
  ko: [['5분', NOW - 5 * MIN], ['3시간', NOW - 3 * HOUR], ['3일', DAYS(3)], ['2주', WEEKS(2)], ['1년', YEARS(1)], ['방금 전', NOW], ['9시간 전', NOW - 9 * HOUR], ['3월 12일', MARCH_12], ['2025년 3월 3일', MARCH_3_2025]],
  'zh-Hans': [['5分钟', NOW - 5 * MIN], ['3小时', NOW - 3 * HOUR], ['3天', DAYS(3)], ['2周', WEEKS(2)], ['1年', YEARS(1)], ['刚刚', NOW], ['9小时前', NOW - 9 * HOUR], ['3月12日', MARCH_12], ['2025年3月3日', MARCH_3_2025]],
  'zh-Hant': [['5分鐘', NOW - 5 * MIN], ['3小時', NOW - 3 * HOUR], ['3天', DAYS(3)], ['2週', WEEKS(2)], ['1年', YEARS(1)], ['剛剛', NOW], ['9小時前', NOW - 9 * HOUR], ['3月12日', MARCH_12], ['2025年3月3日', MARCH_3_2025]],
  ru: [['5 мин', NOW - 5 * MIN], ['3 ч', NOW - 3 * HOUR], ['3 дн.', DAYS(3)], ['2 нед.', WEEKS(2)], ['1 г.', YEARS(1)], ['Только что', NOW], ['9 часов назад', NOW - 9 * HOUR], ['12 марта', MARCH_12], ['3 марта 2025 г.', MARCH_3_2025]],
  uk: [['5 хв', NOW - 5 * MIN], ['3 год', NOW - 3 * HOUR], ['3 дн.', DAYS(3)], ['2 тиж.', WEEKS(2)], ['1 р.', YEARS(1)], ['Щойно', NOW], ['9 годин тому', NOW - 9 * HOUR], ['12 березня', MARCH_12], ['3 березня 2025 р.', MARCH_3_2025]],
};

const HTML_LANG: Record<string, string> = { 'pt-BR': 'pt_BR', 'pt-PT': 'pt-PT', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

describe.each(Object.entries(LANGUAGES))('%s', (language, cases) => {
  const lang = HTML_LANG[language] ?? language;
  it.each(cases)('reads "%s"', (label, at) => {
    expect(timeLanguage(lang)).toBe(language);
    const parsed = parseFacebookTime({ label }, NOW, lang);
    expect(parsed?.at, label).toBe(at);
  });
});

describe('one language at a time', () => {
  it('covers every language of the issue', () => {
    for (const l of ['en', 'es', 'fr', 'de', 'pt-BR', 'pt-PT', 'it', 'nl', 'id', 'tr', 'pl', 'vi', 'th', 'ar', 'hi', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'ru', 'uk']) {
      expect(TIME_LANGUAGES).toContain(l);
      expect(Object.keys(LANGUAGES)).toContain(l);
    }
  });

  it('reads "j" as days in French and hours in Indonesian, "h" as hours in French and a day in Indonesian', () => {
    expect(parseFacebookTime({ label: '6 j' }, NOW, 'fr')?.at).toBe(DAYS(6));
    expect(parseFacebookTime({ label: '6 j' }, NOW, 'id')?.at).toBe(NOW - 6 * HOUR);
    expect(parseFacebookTime({ label: '1 h' }, NOW, 'fr')?.at).toBe(NOW - HOUR);
    expect(parseFacebookTime({ label: '1 h' }, NOW, 'id')?.at).toBe(DAYS(1));
  });

  it('never reads a short unit as a date ("1 j" is not 1 January, "6 j" not 332 days)', () => {
    for (const [label, lang] of [['1 j', 'fr'], ['3 j', 'fr'], ['6 j', 'id'], ['5 m', 'nl'], ['1 a', 'it']] as const) {
      const parsed = parseFacebookTime({ label }, NOW, lang);
      expect(parsed?.source ?? 'unread', `${lang} ${label}`).not.toBe('absolute');
    }
  });

  it('reads a date in the page\'s language only: no English month on a French page, no French one on an English page', () => {
    expect(parseFacebookTime({ label: 'March 12' }, NOW, 'fr')).toBeNull();
    expect(parseFacebookTime({ label: '12 mars' }, NOW, 'en')).toBeNull();
    expect(parseFacebookTime({ label: '3 Std.' }, NOW, 'fr')).toBeNull();
  });

  it('reads nothing in a language it has no table for, and says so as "first seen"', () => {
    expect(timeLanguage('sw')).toBeNull();
    expect(parseFacebookTime({ label: '3 h' }, NOW, 'sw')).toBeNull();
    expect(resolvePostedAt('facebook', { label: 'saa 3' }, NOW, 'sw')).toEqual({ at: NOW, source: 'first-seen' });
  });

  it("reads the time at the end of a comment's own label, after the author's name", () => {
    expect(parseFacebookTime({ label: 'à Jane Doe il y a 9 heures' }, NOW, 'fr')?.at).toBe(NOW - 9 * HOUR);
    expect(parseFacebookTime({ label: "to Jane Doe's comment 2 hours ago" }, NOW, 'en')?.at).toBe(NOW - 2 * HOUR);
  });

  it('picks the table from <html lang> in any spelling', () => {
    expect(timeLanguage('de-DE')).toBe('de');
    expect(timeLanguage('pt')).toBe('pt-BR');
    expect(timeLanguage('pt-PT')).toBe('pt-PT');
    expect(timeLanguage('zh-Hant-TW')).toBe('zh-Hant');
    expect(timeLanguage('zh-HK')).toBe('zh-Hant');
    expect(timeLanguage('zh')).toBe('zh-Hans');
    expect(timeLanguage('')).toBeNull();
  });
});

describe('the CLDR tables', () => {
  it('are what the generator writes from the CLDR packages', () => {
    const script = join(__dirname, '..', '..', 'scripts', 'generate-time-words.mjs');
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
