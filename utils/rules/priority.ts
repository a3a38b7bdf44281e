import type { PriorityReason } from '../model';
import { LANGUAGES, type LanguageWords } from './words';
import { en } from './words/en';

/** English complaint words, kept by name for the settings' hint and older callers. */
export const DEFAULT_COMPLAINT_WORDS: readonly string[] = en.complaints;

/**
 * Question and complaint flags for one comment, in whatever language it is
 * written: every language's unambiguous words apply to every comment; words
 * that are ordinary in another language apply only when the comment's own
 * common words say it is in theirs. The user's extra complaint words always apply.
 */
export function detectPriority(text: string, extraComplaintWords: readonly string[]): PriorityReason[] {
  const languages = languagesOf(text);
  const reasons: PriorityReason[] = [];
  if (isQuestion(text, languages)) reasons.push('question');
  if (isComplaint(text, languages, extraComplaintWords)) reasons.push('complaint');
  return reasons;
}

/**
 * The languages a comment reads as: those whose common words it uses most.
 * Short comments often tie ("la", "de" are in several) or match none: then
 * only each language's unambiguous words are used.
 */
export function languagesOf(text: string): Set<string> {
  const words = foldForMatching(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  let best = 0;
  let found = new Set<string>();
  for (const { language } of LANGUAGES) {
    const common = commonWords(language);
    const score = words.filter((word) => common.has(word)).length;
    if (score === 0 || score < best) continue;
    if (score > best) found = new Set();
    best = score;
    found.add(language);
  }
  return found;
}

const commonCache = new Map<string, Set<string>>();
function commonWords(language: string): Set<string> {
  let set = commonCache.get(language);
  if (!set) {
    set = new Set(LANGUAGES.find((words) => words.language === language)!.common.map(foldForMatching));
    commonCache.set(language, set);
  }
  return set;
}

function isQuestion(text: string, languages: ReadonlySet<string>): boolean {
  if (/[?¿？]/u.test(text)) return true;
  return sentences(text).some((sentence) => opensWithQuestionWord(sentence, languages));
}

/**
 * Sentences with their closing punctuation. "¡" opens an exclamation, so the
 * words after it do not lead a question ("¡Qué rico!").
 */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!…\n])/u).map((s) => s.trim()).filter(Boolean);
}

function opensWithQuestionWord(sentence: string, languages: ReadonlySet<string>): boolean {
  // An exclamation led by a question word is not a question: "What a view!", "How lovely!".
  if (/[!¡]\s*$/u.test(sentence) || sentence.startsWith('¡')) return false;
  const lower = sentence.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/^["'“‘(\s]+/u, '');
  // "Come sempre…", "Wie immer…", "What a view": set phrases, in whichever language, are not questions.
  if (LANGUAGES.some((words) => words.notQuestions?.some((phrase) => opensWith(lower, phrase) !== null))) return false;
  return LANGUAGES.some((words) => {
    const openers = languages.has(words.language)
      ? [...words.questionOpeners, ...(words.questionOpenersWhenDetected ?? [])]
      : words.questionOpeners;
    return openers.some((word) => {
      const after = opensWith(lower, word);
      if (after === null) return false;
      if (words.auxiliaries?.includes(word) && words.negations?.some((negation) => opensWith(after.trimStart(), negation) !== null)) {
        return false; // "Do not change a thing"
      }
      return after.trim() !== ''; // a bare "Who" alone is not enough to go on
    });
  });
}

/**
 * What follows `word` when `text` opens with it as a whole word, else null:
 * "can't" does not open with "can", nor "kapan-kapan" (some day) with "kapan".
 */
function opensWith(text: string, word: string): string | null {
  if (!text.startsWith(word)) return null;
  const after = text.slice(word.length);
  return /^[\p{L}\p{N}'’-]/u.test(after) ? null : after;
}

function isComplaint(text: string, languages: ReadonlySet<string>, extraWords: readonly string[]): boolean {
  const folded = foldForMatching(text);
  if (complaintPattern(extraWords).test(folded)) return true;
  return LANGUAGES.some(
    (words) => languages.has(words.language) && words.complaintsWhenDetected !== undefined && ambiguousComplaintPattern(words).test(folded),
  );
}

let cachedPattern: { words: string; pattern: RegExp } | null = null;

/**
 * One regular expression for every language's complaint words and the user's,
 * built once per list: the background judges every comment of a 200-comment
 * batch against it, and compiling a pattern per word per comment was most of the cost.
 */
function complaintPattern(extraWords: readonly string[]): RegExp {
  const key = extraWords.join('\u0000');
  if (cachedPattern?.words === key) return cachedPattern.pattern;
  const builtIn = LANGUAGES.flatMap((words) => words.complaints).map((word) => alternative(word, true));
  // The user's words are taken literally: a "*" they type is a star, not a wildcard.
  const own = extraWords.map((word) => alternative(word, false));
  const pattern = wholeWords([...builtIn, ...own]);
  cachedPattern = { words: key, pattern };
  return pattern;
}

const ambiguousPatterns = new Map<string, RegExp>();
function ambiguousComplaintPattern(words: LanguageWords): RegExp {
  let pattern = ambiguousPatterns.get(words.language);
  if (!pattern) {
    pattern = wholeWords((words.complaintsWhenDetected ?? []).map((word) => alternative(word, true)));
    ambiguousPatterns.set(words.language, pattern);
  }
  return pattern;
}

function wholeWords(alternatives: readonly string[]): RegExp {
  const parts = alternatives.filter(Boolean);
  if (parts.length === 0) return /$^/u;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** One word or phrase as a pattern; a table's trailing "*" stands for any ending ("kaputt*": kaputte, kaputten). */
function alternative(word: string, starAllowed: boolean): string {
  const folded = foldForMatching(word);
  const stem = starAllowed && folded.endsWith('*') ? folded.slice(0, -1) : null;
  const body = (stem ?? folded).split(' ').filter(Boolean).map(escapeRegExp).join('\\s+');
  if (!body) return '';
  return stem === null ? body : `${body}[\\p{L}\\p{N}]*`;
}

/** Lower case, no accents, straight apostrophes, single spaces: "Decepcionadísimo" finds "decepcionadisimo". */
function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
