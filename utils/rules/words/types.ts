/**
 * The words one language brings to the question and complaint rules. Plain
 * data: the logic that uses them is in `../priority.ts`.
 *
 * Words are matched whole, ignoring case; complaint words also ignore accents
 * ("decepcion" finds "decepción"). A complaint word ending in `*` also matches
 * any longer word it starts ("rimbors*" finds "rimborso", "rimborsato").
 * A space matches any run of spaces.
 *
 * Some words are ordinary words in another of our languages (Italian "come"
 * is English "come", Portuguese "rota" is a route). Those sit in the
 * `…WhenDetected` lists and count only when the comment itself reads as this
 * language (its common words say so), whatever the page's or the user's
 * interface language.
 */
export interface LanguageWords {
  /** BCP 47 tag. */
  language: string;
  /** Frequent function words, by which a comment is recognised as written in this language. */
  common: readonly string[];
  /** Words that make a question when they open a sentence, accents kept ("cómo", not "como"). */
  questionOpeners: readonly string[];
  questionOpenersWhenDetected?: readonly string[];
  /** Openers that start an exclamation or a set phrase instead ("what a", "come sempre"). */
  notQuestions?: readonly string[];
  /** Openers that are auxiliaries: followed by a negation ("Do not…") they make a statement. */
  auxiliaries?: readonly string[];
  negations?: readonly string[];
  complaints: readonly string[];
  complaintsWhenDetected?: readonly string[];
}
