import type { TimeUnit } from './types';

/**
 * Facebook's own time words, where they differ from CLDR or CLDR leaves a
 * word ambiguous. CLDR gives the rest (cldr.generated.ts).
 *
 * Sources, per entry:
 * - `captured`: seen on saved pages: the English forms in research notes
 *   (comment-markup.md §1.2), the Spanish aria-label tails of a public
 *   Playwright scraper, and the short labels in issue #14's report of the six
 *   interfaces it tried ("3 Std.", "1 T.", "2 Wo.", "6 u", "3 g", "1 sett",
 *   "6 j", "30 mnt", Indonesian "1 h" = hari).
 * - `facebook`: Facebook's wording for "just now" in its translations, not yet
 *   seen on a saved page of ours.
 */
export interface FacebookTimeWords {
  units?: Record<string, TimeUnit>;
  /** Quantities written as words: "an hour ago", "hace una hora". */
  quantities?: Record<string, number>;
  now?: string[];
  before?: string[];
  after?: string[];
}

export const FACEBOOK_TIME_WORDS: Record<string, FacebookTimeWords> = {
  // captured: "5m", "2h", "1d", "2w", "1y", "4 hours ago", "an hour ago", "a few seconds ago", "just now".
  en: {
    units: { m: 'minutes', mins: 'minutes', hrs: 'hours' },
    quantities: { a: 1, an: 1, one: 1, 'a few': 2 },
    now: ['just now'],
  },
  // captured: "Hace 4 horas", "Justo ahora"; "5 min", "2 h", "3 d", "1 sem", "2 a".
  es: { units: { seg: 'seconds', dias: 'days' }, quantities: { un: 1, una: 1, unos: 2, unas: 2 }, now: ['justo ahora', 'ahora mismo'] },
  // captured: "6 j" (jours), "3 h". facebook: "À l'instant".
  fr: { units: { j: 'days' }, quantities: { un: 1, une: 1, quelques: 2 }, now: ["à l'instant", 'à l’instant'] },
  // captured: "3 Std.", "1 T.", "2 Wo.". facebook: "Gerade eben".
  de: { units: { std: 'hours', t: 'days', wo: 'weeks', min: 'minutes' }, quantities: { einer: 1, einem: 1 }, now: ['gerade eben'] },
  // facebook: "Agora mesmo"; "2 d", "1 a", Facebook's short forms as in Spanish, not yet on a Portuguese capture.
  'pt-BR': { units: { d: 'days', a: 'years' }, quantities: { um: 1, uma: 1 }, now: ['agora mesmo'] },
  'pt-PT': { units: { d: 'days', a: 'years' }, quantities: { um: 1, uma: 1 }, now: ['agora mesmo'] },
  // captured: "3 g" (giorni), "1 sett". facebook: "Adesso", "Proprio ora".
  it: { units: { g: 'days', sett: 'weeks' }, quantities: { un: 1, una: 1 }, now: ['adesso', 'proprio ora'] },
  // captured: "6 u" (uur). facebook: "Zojuist", "Nu".
  nl: { units: { u: 'hours' }, quantities: { een: 1 }, now: ['zojuist', 'net'] },
  // captured: "6 j" (jam, hours), "30 mnt", "1 h" (hari, a day: not an hour). facebook: "Baru saja".
  id: { units: { j: 'hours', mnt: 'minutes', h: 'days', mg: 'weeks', mgg: 'weeks', th: 'years' }, now: ['baru saja'] },
  // facebook: "Az önce".
  tr: { now: ['az önce'] },
  // facebook: "Przed chwilą".
  pl: { now: ['przed chwilą'] },
  // facebook: "Vừa xong".
  vi: { now: ['vừa xong'] },
  // facebook: "เมื่อสักครู่".
  th: { now: ['เมื่อสักครู่'] },
  // facebook: "الآن" (CLDR's too).
  ar: {},
  he: { now: ['כרגע', 'עכשיו'] },
  // facebook: "अभी-अभी".
  hi: { now: ['अभी-अभी', 'अभी अभी'] },
  // facebook: "たった今".
  ja: { now: ['たった今'] },
  // facebook: "방금 전".
  ko: { now: ['방금 전', '방금'] },
  // facebook: "刚刚".
  'zh-Hans': { now: ['刚刚'] },
  // facebook: "剛剛".
  'zh-Hant': { now: ['剛剛'] },
  // facebook: "Только что".
  ru: { now: ['только что'] },
  // facebook: "Щойно".
  uk: { now: ['щойно'] },
};
