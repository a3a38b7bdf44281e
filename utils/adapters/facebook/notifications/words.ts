/**
 * Facebook's notification list is read by its links (`notif_t`, `comment_id`),
 * never by its sentences; the only words it needs are none. The punctuation
 * that frames a quoted comment is what the sentence-level reader relies on,
 * and it is listed here with the languages it was seen in or is standard for.
 */

/** Opening and closing marks around a quoted comment ("…: “Is the oat latte back?”"). */
export const QUOTE_MARKS: ReadonlyArray<readonly [open: string, close: string]> = [
  ['“', '”'], // English, Spanish (also «»), Portuguese, Dutch, Indonesian, Turkish
  ['"', '"'],
  ['«', '»'], // French, Spanish, Italian, Russian, Ukrainian
  ['„', '“'], // German, Polish, Ukrainian
  ['「', '」'], // Japanese, Chinese (Traditional)
  ['‘', '’'],
];
