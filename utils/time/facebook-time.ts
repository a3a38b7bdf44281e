import { isValid, parse, sub, subDays, subYears, type Duration, type Locale } from 'date-fns';
import { enGB, enUS, es } from 'date-fns/locale';
import type { ObservedTime } from '../model';
import { parseInLanguage } from './in-language';
import { timeLanguage } from './words';

/**
 * Facebook time labels, read in the machine's local time zone (the zone the
 * user's Facebook renders them in).
 *
 * With the page's `<html lang>`, a label is read in that language only
 * (`in-language.ts`, tables in `words/`). Without it (older content scripts),
 * the English and Spanish forms below are tried, as before.
 *
 * - English forms come from the research notes (`comment-markup.md` §1.2):
 *   "4h", "1d", "2w", "1y", aria-label tails "4 hours ago", "an hour ago",
 *   "a few seconds ago", the tooltip "Tuesday 29 September 2026 at 18:52".
 * - Spanish aria-label tails ("Hace 4 horas", with a capital H) are attested
 *   in a public Playwright scraper of Spanish Facebook. The short visible
 *   labels ("5 min", "2 h", "3 d", "1 sem", "2 a"), "Justo ahora", "Ayer a las
 *   16:12" and "3 de marzo a las 9:00" are plausible, not verified on a live
 *   account.
 */

type Parsed = { at: number; source: 'absolute' | 'relative' };

const UNITS: [RegExp, keyof Duration][] = [
  [/^(s|secs?|seconds?|seg|segundos?)$/, 'seconds'],
  [/^(m|mins?|minutes?|minutos?)$/, 'minutes'],
  [/^(h|hrs?|hours?|horas?)$/, 'hours'],
  [/^(d|days?|días?|dias?)$/, 'days'],
  [/^(w|wks?|weeks?|sem|semanas?)$/, 'weeks'],
  [/^(mo|months?|mes|meses)$/, 'months'],
  [/^(y|yrs?|years?|a|años?)$/, 'years'],
];

const NOW = /^(just now|now|justo ahora|ahora|ahora mismo)$/;
// "5m", "2 h", "1 sem", "4 hours ago", "an hour ago", "hace una hora", "hace unos segundos".
const RELATIVE = /^(?:hace )?(\d+|an?|one|a few|un|una|unos|unas) ?([a-zñí]+)(?: ago)?$/;
const FEW = /^(a few|unos|unas)$/;

function relative(label: string, observedAt: number): Parsed | null {
  if (NOW.test(label)) return { at: observedAt, source: 'relative' };
  const m = RELATIVE.exec(label);
  if (!m) return null;
  const [, qty = '', word = ''] = m;
  const unit = UNITS.find(([re]) => re.test(word))?.[1];
  if (!unit) return null;
  const n = /^\d+$/.test(qty) ? Number(qty) : FEW.test(qty) ? (unit === 'seconds' ? 0 : 2) : 1;
  return { at: sub(observedAt, { [unit]: n }).getTime(), source: 'relative' };
}

// Tried against the lower-cased label, so literals are lower case (date-fns
// matches month and weekday names case-insensitively).
const TIME_FORMATS = ['h:mm a', 'h:mma', 'H:mm'];
const DATE_FORMATS: [string, Locale][] = [
  ["EEEE d MMMM yyyy 'at' H:mm", enGB],
  ["EEEE, d MMMM yyyy 'at' H:mm", enGB],
  ["EEEE, MMMM d, yyyy 'at' h:mm a", enUS],
  ["EEEE MMMM d, yyyy 'at' h:mm a", enUS],
  ["MMMM d, yyyy 'at' h:mm a", enUS],
  ["d MMMM yyyy 'at' H:mm", enGB],
  ["MMMM d 'at' h:mm a", enUS],
  ["d MMMM 'at' H:mm", enGB],
  ['MMMM d, yyyy', enUS],
  ['d MMMM yyyy', enGB],
  ['MMMM d', enUS],
  ['d MMMM', enGB],
  ["EEEE, d 'de' MMMM 'de' yyyy 'a las' H:mm", es],
  ["EEEE d 'de' MMMM 'de' yyyy 'a las' H:mm", es],
  ["d 'de' MMMM 'de' yyyy 'a las' H:mm", es],
  ["d 'de' MMMM 'a las' H:mm", es],
  ["d 'de' MMMM 'de' yyyy", es],
  ["d 'de' MMMM", es],
];

function parseTime(text: string, day: Date): Date | null {
  for (const f of TIME_FORMATS) {
    const d = parse(text, f, day, { locale: enUS });
    if (isValid(d)) return d;
  }
  return null;
}

function absolute(label: string, observedAt: number): Parsed | null {
  const day = /^(yesterday|today|ayer|hoy) (?:at|a las?) (.+)$/.exec(label);
  if (day) {
    const ref = /^(yesterday|ayer)$/.test(day[1] ?? '') ? subDays(observedAt, 1) : new Date(observedAt);
    const d = parseTime(day[2] ?? '', ref);
    return d ? { at: d.getTime(), source: 'absolute' } : null;
  }
  const ref = new Date(observedAt);
  for (const [format, locale] of DATE_FORMATS) {
    let d = parse(label, format, ref, { locale });
    if (!isValid(d)) continue;
    // A label without a year means the current one, unless that lands in the future.
    if (!/yyyy/.test(format) && d.getTime() > observedAt + 86_400_000) d = subYears(d, 1);
    return { at: d.getTime(), source: 'absolute' };
  }
  return null;
}

function normalise(label: string | undefined): string {
  // Facebook puts narrow no-break spaces before AM/PM; weekday commas vary.
  return (label ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * When a Facebook comment was posted, from the labels the adapter read and the
 * page's language; null when unreadable (never a guess in another language).
 */
export function parseFacebookTime(time: ObservedTime, observedAt: number, lang?: string): Parsed | null {
  try {
    const language = lang === undefined ? null : timeLanguage(lang);
    if (lang !== undefined && !language) return null;
    for (const raw of [time.absoluteLabel, time.label]) {
      if (!raw) continue;
      const parsed = language ? parseInLanguage(language, raw, observedAt) : null;
      if (parsed) return parsed;
      // English and Spanish keep their long-tested forms; other languages never fall back to them.
      if (language && language !== 'en' && language !== 'es') continue;
      const label = normalise(raw);
      const legacy = label ? (relative(label, observedAt) ?? absolute(label, observedAt)) : null;
      if (legacy) return legacy;
    }
  } catch {
    // An unexpected label must never break recording the comment.
  }
  return null;
}
