import type { Duration } from 'date-fns';

export type TimeUnit = keyof Pick<Duration, 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years'>;

/** One language's time words as CLDR gives them (see scripts/generate-time-words.mjs). */
export interface CldrTimeWords {
  /** The CLDR locale the words come from. */
  cldr: string;
  /** Unit word after a number ("std", "j", "sett") → the unit it names. */
  units: Record<string, TimeUnit>;
  /** Words CLDR gives to two units at once in this language: read only if the checked words decide. */
  ambiguous: string[];
  /** What stands before the number in "… ago" ("il y a", "vor", "hace"). */
  before: string[];
  /** What stands after the unit in "… ago" ("ago", "前", "назад"). */
  after: string[];
  /** date-fns patterns of dates with a month name ("d MMMM y", "d. MMMM"). */
  dates: string[];
  /** date-fns patterns of a time of day ("HH:mm", "h:mm a"). */
  times: string[];
  /** How a date and a time are joined: "{1} 'à' {0}" ({1} the date, {0} the time). */
  joiners: string[];
  /** "now", "maintenant", "jetzt". */
  now: string[];
  /** "yesterday", "hier", "gestern". */
  yesterday: string[];
  /** "today", "aujourd’hui", "heute". */
  today: string[];
}
