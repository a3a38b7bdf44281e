import type { PriorityReason } from '../model';

/** Words that usually mean an unhappy customer. Matched as whole words, ignoring case and accents. */
export const DEFAULT_COMPLAINT_WORDS: readonly string[] = [
  'refund', 'refunds', 'money back', 'broken', 'terrible', 'horrible', 'awful', 'worst', 'disappointed',
  'disappointing', 'never again', 'scam', 'fraud', 'rip off', 'ripped off', 'rude', 'late', 'cancel',
  'cancelled', 'canceled', 'cancellation', 'complaint', 'complain', 'unacceptable', 'useless', 'disgusting',
  'overcharged', 'charged twice', 'damaged', 'not working', "doesn't work", "didn't work", 'stopped working',
  'still waiting', 'no response', 'poor service', 'waste of money', 'wrong order',
];

/** Words that make a question when they open a sentence ("How do I…", "¿Dónde…"). */
const QUESTION_OPENERS = [
  'what', 'when', 'where', 'who', 'whom', 'whose', 'why', 'how', 'which',
  'do', 'does', 'did', 'can', 'could', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'shall', 'may', 'might',
  'any', 'anyone', 'anybody',
  // Spanish keeps its accents: without them "que", "como", "cuando" open ordinary statements.
  'qué', 'cuándo', 'dónde', 'adónde', 'cómo', 'quién', 'quiénes', 'cuál', 'cuáles', 'cuánto', 'cuánta',
  'cuántos', 'cuántas', 'por qué',
];

/** Openers that are auxiliaries: "Do not…", "Can't…" are statements, not questions. */
const AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'shall', 'may', 'might']);

export function detectPriority(text: string, extraComplaintWords: readonly string[]): PriorityReason[] {
  const reasons: PriorityReason[] = [];
  if (isQuestion(text)) reasons.push('question');
  if (isComplaint(text, extraComplaintWords)) reasons.push('complaint');
  return reasons;
}

function isQuestion(text: string): boolean {
  if (/[?¿？]/u.test(text)) return true;
  return sentences(text).some(opensWithQuestionWord);
}

/**
 * Sentences with their closing punctuation. "¡" opens an exclamation, so the
 * words after it do not lead a question ("¡Qué rico!").
 */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!…\n])/u).map((s) => s.trim()).filter(Boolean);
}

function opensWithQuestionWord(sentence: string): boolean {
  // An exclamation led by a question word is not a question: "What a view!", "How lovely!".
  if (/[!¡]\s*$/u.test(sentence) || sentence.startsWith('¡')) return false;
  const lower = sentence.normalize('NFC').toLowerCase().replace(/^["'“‘(\s]+/u, '');
  return QUESTION_OPENERS.some((word) => {
    if (!lower.startsWith(word)) return false;
    const after = lower.slice(word.length);
    if (/^[\p{L}\p{N}'’]/u.test(after)) return false; // part of a longer word, or a contraction ("can't")
    if (AUXILIARIES.has(word) && /^\s+not\b/u.test(after)) return false;
    return after.trim() !== ''; // a bare "Who" alone is not enough to go on
  });
}

function isComplaint(text: string, extraWords: readonly string[]): boolean {
  return complaintPattern(extraWords).test(foldForMatching(text));
}

let cachedPattern: { words: string; pattern: RegExp } | null = null;

/**
 * One regular expression for the whole word list, built once per list: the
 * background judges every comment of a 200-comment batch against it, and
 * compiling forty patterns per comment was most of the cost.
 */
function complaintPattern(extraWords: readonly string[]): RegExp {
  const words = extraWords.join('\u0000');
  if (cachedPattern?.words === words) return cachedPattern.pattern;
  const alternatives = [...DEFAULT_COMPLAINT_WORDS, ...extraWords]
    .map(foldForMatching)
    .filter(Boolean)
    .map((needle) => needle.split(' ').map(escapeRegExp).join('\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  cachedPattern = { words, pattern };
  return pattern;
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
