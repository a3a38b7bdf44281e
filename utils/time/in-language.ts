import { format, isValid, parse, sub, subDays, subYears, type Locale } from 'date-fns';
import { ar, de, enGB, enUS, es, fr, he, hi, id, it, ja, ko, nl, pl, pt, ptBR, ru, th, tr, uk, vi, zhCN, zhTW } from 'date-fns/locale';
import { timeWords, type TimeWords } from './words';

/**
 * Reading a time label in one interface language, from that language's table
 * only: "1 j" is a day on a French page and an hour on an Indonesian one, and
 * an English month name on a French page is not a date.
 */

type Parsed = { at: number; source: 'absolute' | 'relative' };

/** date-fns' locale for each table: month and weekday names in the page's language. */
const LOCALES: Record<string, Locale[]> = {
  en: [enUS, enGB], es: [es], fr: [fr], de: [de], 'pt-BR': [ptBR], 'pt-PT': [pt], it: [it], nl: [nl], id: [id], tr: [tr],
  pl: [pl], vi: [vi], th: [th], ar: [ar], he: [he], hi: [hi], ja: [ja], ko: [ko], 'zh-Hans': [zhCN], 'zh-Hant': [zhTW],
  ru: [ru], uk: [uk],
};

// The zero of each digit set a page may print, beyond ASCII (NFKC already folds full-width digits):
// Arabic-Indic, Eastern Arabic-Indic, Devanagari, Bengali, Thai.
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];

/** Any script's digits as ASCII: Arabic "٣ س", Devanagari "३ घं", Thai "๓ ชม.". */
function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0)!;
    const zero = ZEROS.find((z) => code >= z && code < z + 10);
    return zero === undefined ? d : String(code - zero);
  });
}

export function normaliseLabel(label: string): string {
  return asciiDigits(label.normalize('NFKC'))
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);

function relativeWhole(w: TimeWords, label: string, observedAt: number): Parsed | null {
  if (w.now.includes(label)) return { at: observedAt, source: 'relative' };
  let s = label;
  const head = byLength(w.before).find((b) => s.startsWith(`${b} `));
  if (head) s = s.slice(head.length + 1);
  const tail = byLength(w.after).find((a) => s.endsWith(a) && s.length > a.length);
  if (tail) s = s.slice(0, -tail.length).trim();
  const quantities = byLength(Object.keys(w.quantities));
  const q = /^\d+/.exec(s)?.[0] ?? quantities.find((word) => s.startsWith(`${word} `));
  if (!q) return null;
  const unitWord = s.slice(q.length).trim().replace(/\.$/, '');
  const unit = w.units[unitWord];
  if (!unit) return null;
  const n = /^\d+$/.test(q) ? Number(q) : unit === 'seconds' ? 0 : w.quantities[q]!;
  return { at: sub(observedAt, { [unit]: n }).getTime(), source: 'relative' };
}

/**
 * A relative time at the end of a longer label ("… to Jane's comment 2 hours
 * ago"): tried from each word after the first.
 */
function relativeAtEnd(w: TimeWords, label: string, observedAt: number): Parsed | null {
  for (let i = label.indexOf(' ') + 1; i > 0; i = label.indexOf(' ', i) + 1) {
    const found = relativeWhole(w, label.slice(i), observedAt);
    if (found) return found;
  }
  return null;
}

const quote = (word: string) => `'${word.replace(/'/g, "''")}'`;
const join = (joiner: string, date: string, time: string) => joiner.replace('{1}', date).replace('{0}', time);

/** Every pattern of a date, with or without its time, in one language; built once per table. */
const patternsCache = new Map<string, { dates: string[]; days: { pattern: string; daysBack: number }[] }>();
function patternsOf(w: TimeWords) {
  const known = patternsCache.get(w.language);
  if (known) return known;
  const dates = w.dates.flatMap((d) => [d, ...w.joiners.flatMap((j) => w.times.map((t) => join(j, d, t)))]);
  const days = [
    ...w.yesterday.map((y) => ({ y, daysBack: 1 })),
    ...w.today.map((y) => ({ y, daysBack: 0 })),
  ].flatMap(({ y, daysBack }) => w.joiners.flatMap((j) => w.times.map((t) => ({ pattern: join(j, quote(y), t), daysBack }))));
  const built = { dates, days };
  patternsCache.set(w.language, built);
  return built;
}

function absolute(w: TimeWords, label: string, observedAt: number): Parsed | null {
  if (!/\d/.test(label)) return null;
  const { dates, days } = patternsOf(w);
  for (const locale of LOCALES[w.language] ?? []) {
    for (const { pattern, daysBack } of days) {
      const d = tryParse(label, pattern, subDays(observedAt, daysBack), locale);
      if (d) return { at: d.getTime(), source: 'absolute' };
    }
    const ref = new Date(observedAt);
    for (const pattern of dates) {
      let d = tryParse(label, pattern, ref, locale);
      if (!d) continue;
      // A date without a year is the latest such day not after today.
      if (!/y/.test(pattern) && d.getTime() > observedAt + 86_400_000) d = subYears(d, 1);
      return { at: d.getTime(), source: 'absolute' };
    }
  }
  return null;
}

function tryParse(label: string, pattern: string, ref: Date | number, locale: Locale): Date | null {
  try {
    const d = parse(label, pattern, ref, { locale });
    if (!isValid(d)) return null;
    // date-fns also takes a month's one-letter narrow form ("j" for janvier), which is how French
    // "1 j" (a day) became 1 January: the label must spell the month as the language abbreviates it at least.
    if (/MMM/.test(pattern)) {
      const names = ['MMMM', 'MMM', 'LLLL', 'LLL'].map((f) => format(d, f, { locale }).toLowerCase().replace(/\.$/, '').replace(/\b0(\d)/g, '$1'));
      if (!names.some((n) => n.length > 1 && label.includes(n))) return null;
    }
    return d;
  } catch {
    // A CLDR pattern date-fns can't parse: that pattern reads nothing.
    return null;
  }
}

/** When a label says something was posted, read in one interface language; null when that language can't read it. */
export function parseInLanguage(language: string, raw: string, observedAt: number): Parsed | null {
  const w = timeWords(language);
  const label = normaliseLabel(raw);
  if (!w || !label) return null;
  // Relative first: "3 d" must never be read as a date; a date before a time at the end of a longer label.
  return relativeWhole(w, label, observedAt) ?? absolute(w, label, observedAt) ?? relativeAtEnd(w, label, observedAt);
}
