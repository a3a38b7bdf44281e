/**
 * Numbers, dates, times and durations in the interface's language, all through `Intl`: the clock is
 * 24-hour where the locale uses one, units read as the locale writes them ("3 Std.", "3 h", "3 uur").
 */
import { interfaceLocale, t } from './messages';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, unknown>();

/** One formatter per locale and options: building them is the expensive part. */
function cached<T>(kind: string, options: object, make: (locale: string) => T): T {
  const locale = interfaceLocale();
  const id = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(id) as T | undefined;
  if (!formatter) {
    formatter = make(locale);
    formatters.set(id, formatter);
  }
  return formatter;
}

/** "1,234" / "1.234" / "1 234"; "1.5" / "1,5" with `maximumFractionDigits`. */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  const options = { maximumFractionDigits };
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** A share 0…1 as whole percents: "83%", "83 %". */
export function formatPercent(share: number): string {
  const options = { style: 'percent', maximumFractionDigits: 0 } as const;
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(share);
}

export type TimeUnit = 'minute' | 'hour' | 'day';

/** "3 min", "5 hr", "5 Std.", "2 j": one unit in the locale's short form. */
export function formatUnit(value: number, unit: TimeUnit, maximumFractionDigits = 0): string {
  const options = { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits } as const;
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

type DurationParts = Partial<Record<'days' | 'hours' | 'minutes', number>>;

interface DurationFormatLike {
  format(duration: DurationParts): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: 'short' }) => DurationFormatLike;

/**
 * "3 hr, 20 min", "3 Std., 20 Min.", "3 h et 20 min". `Intl.DurationFormat` where the engine has it
 * (Chromium 129+, Firefox 136+); elsewhere the same units joined by the locale's unit list.
 */
export function formatDurationParts(parts: DurationParts): string {
  const present = (['days', 'hours', 'minutes'] as const).filter((unit) => (parts[unit] ?? 0) > 0);
  if (present.length === 0) return formatUnit(0, 'minute');
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat) {
    const only = Object.fromEntries(present.map((unit) => [unit, parts[unit]]));
    return cached('duration', {}, (locale) => new DurationFormat(locale, { style: 'short' })).format(only);
  }
  const singular = { days: 'day', hours: 'hour', minutes: 'minute' } as const;
  const pieces = present.map((unit) => formatUnit(parts[unit] ?? 0, singular[unit]));
  const options = { type: 'unit', style: 'short' } as const;
  return cached('list', options, (locale) => new Intl.ListFormat(locale, options)).format(pieces);
}

/** "pages and comments", "pages et comments": a list joined as the locale joins one. */
export function formatList(pieces: readonly string[]): string {
  const options = { type: 'conjunction', style: 'long' } as const;
  return cached('list', options, (locale) => new Intl.ListFormat(locale, options)).format(pieces);
}

/** Compact waiting time for the popup and markers: "just now", "12 min", "5 hr", "3 days". Hours up to two days. */
export function formatWaited(ms: number): string {
  if (ms < MINUTE_MS) return t('time.justNow');
  if (ms < HOUR_MS) return formatUnit(Math.floor(ms / MINUTE_MS), 'minute');
  if (ms < 2 * DAY_MS) return formatUnit(Math.floor(ms / HOUR_MS), 'hour');
  return formatUnit(Math.floor(ms / DAY_MS), 'day');
}

/** "12 minutes ago", "vor 12 Minuten", "just now". */
export function formatAgo(ms: number): string {
  const elapsed = Math.max(0, ms);
  if (elapsed < MINUTE_MS) return t('time.justNow');
  const options = { style: 'long', numeric: 'always' } as const;
  const relative = cached('relative', options, (locale) => new Intl.RelativeTimeFormat(locale, options));
  if (elapsed < HOUR_MS) return relative.format(-Math.floor(elapsed / MINUTE_MS), 'minute');
  if (elapsed < 2 * DAY_MS) return relative.format(-Math.floor(elapsed / HOUR_MS), 'hour');
  return relative.format(-Math.floor(elapsed / DAY_MS), 'day');
}

function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
}

/** "Tue, Mar 4, 09:00 AM" / "Di., 4. März, 09:00": a moment within the coming or past days. */
export function formatDateTime(ms: number, timeZone?: string): string {
  return dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(ms);
}

/** "March 4, 2026" / "4. März 2026". */
export function formatDate(ms: number, timeZone?: string): string {
  return dateTimeFormat({ day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(ms);
}

/** "Mar 3 – 9", "3.–9. März": a span of days in the locale's range form. */
export function formatDayRange(start: number, end: number, timeZone?: string): string {
  return dateTimeFormat({ day: 'numeric', month: 'short', timeZone }).formatRange(start, end);
}

/** A date formatter with the caller's options in the interface's language (charts, period labels). */
export function dateFormatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormat(options);
}
