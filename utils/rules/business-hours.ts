import { TZDate } from '@date-fns/tz';
import type { Settings } from '../settings';

/**
 * Business hours: only time inside the chosen days and hours counts toward a
 * comment's age. All wall-clock work goes through TZDate so that time zones
 * and daylight-saving changes come from the date library.
 */

type BusinessHours = Settings['businessHours'];

/** "HH:mm" → [hours, minutes]; malformed values fall back to midnight. */
export function parseClock(value: string): [number, number] {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return [0, 0];
  return [Math.min(Number(match[1]), 24), Math.min(Number(match[2]), 59)];
}

/** Minutes since local midnight in `timeZone`. */
export function minutesOfDay(instant: number, timeZone: string): number {
  const local = new TZDate(instant, timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

interface Window {
  start: number;
  end: number;
}

/**
 * The business windows, in order, starting with the one that may contain
 * `from` (a window that starts the day before and runs past midnight
 * included). Endless; callers stop when they have what they need.
 *
 * Stepping through the calendar (which date follows which, which weekday it
 * is) needs no time zone; turning "that date at 09:00" into an instant does,
 * and goes through TZDate.
 */
function* windowsFrom(from: number, hours: BusinessHours, timeZone: string): Generator<Window> {
  const [startH, startM] = parseClock(hours.start);
  const [endH, endM] = parseClock(hours.end);
  const overnight = endH * 60 + endM <= startH * 60 + startM;
  const local = new TZDate(from, timeZone);
  for (let offset = -1; ; offset++) {
    const day = calendarDay(local.getFullYear(), local.getMonth(), local.getDate() + offset);
    if (!hours.days.includes(day.weekday)) continue;
    const endDay = overnight ? calendarDay(day.year, day.month, day.date + 1) : day;
    yield {
      start: wallClock(day, startH, startM, timeZone),
      end: wallClock(endDay, endH, endM, timeZone),
    };
  }
}

interface CalendarDay {
  year: number;
  month: number;
  date: number;
  weekday: number;
}

/** Normalises an overflowing date ("May 32" → June 1) as pure calendar arithmetic. */
function calendarDay(year: number, month: number, date: number): CalendarDay {
  const day = new Date(Date.UTC(year, month, date));
  return { year: day.getUTCFullYear(), month: day.getUTCMonth(), date: day.getUTCDate(), weekday: day.getUTCDay() };
}

const wallClockCache = new Map<string, number>();
const WALL_CLOCK_CACHE_LIMIT = 10_000;

/**
 * The instant a local date and time names in `timeZone`. Memoised: the same
 * few hundred days are asked for on every check, and each conversion costs
 * a time-zone lookup.
 */
function wallClock(day: CalendarDay, hours: number, minutes: number, timeZone: string): number {
  const key = `${timeZone}|${day.year}-${day.month}-${day.date}|${hours}:${minutes}`;
  let instant = wallClockCache.get(key);
  if (instant === undefined) {
    instant = new TZDate(day.year, day.month, day.date, hours, minutes, 0, 0, timeZone).getTime();
    if (wallClockCache.size >= WALL_CLOCK_CACHE_LIMIT) wallClockCache.clear();
    wallClockCache.set(key, instant);
  }
  return instant;
}

/** No real weekday chosen: nothing would ever count (and a search for the next window would never end). */
function isEmpty(hours: BusinessHours): boolean {
  return !hours.days.some((day) => Number.isInteger(day) && day >= 0 && day <= 6);
}

export function countedMs(from: number, to: number, settings: Settings, timeZone: string): number {
  if (to <= from) return 0;
  const hours = settings.businessHours;
  if (!hours.enabled) return to - from;
  if (isEmpty(hours)) return 0;
  let total = 0;
  for (const window of windowsFrom(from, hours, timeZone)) {
    if (window.start >= to) break;
    total += Math.max(0, Math.min(window.end, to) - Math.max(window.start, from));
  }
  return total;
}

/**
 * The instant at which `ms` counted milliseconds will have elapsed since
 * `from`. Infinity when business hours are on but no day is chosen: nothing
 * ever counts, so nothing ever comes due.
 */
export function addCountedMs(from: number, ms: number, settings: Settings, timeZone: string): number {
  if (ms <= 0) return from;
  const hours = settings.businessHours;
  if (!hours.enabled) return from + ms;
  if (isEmpty(hours)) return Number.POSITIVE_INFINITY;
  let remaining = ms;
  for (const window of windowsFrom(from, hours, timeZone)) {
    const start = Math.max(window.start, from);
    const length = Math.max(0, window.end - start);
    if (remaining <= length) return start + remaining;
    remaining -= length;
  }
  return Number.POSITIVE_INFINITY; // unreachable: the windows never run out
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
