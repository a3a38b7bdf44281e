import type { LanguageWords } from './types';

export const en: LanguageWords = {
  language: 'en',
  common: [
    'the', 'and', 'you', 'your', 'is', 'are', 'to', 'of', 'it', 'this', 'that', 'for', 'with', 'my', 'have', 'has',
    'not', 'but', 'can', 'will', 'thanks', 'thank', 'please', 'i', 'me', 'we', 'they', 'on', 'at', 'be', 'just', 'so',
    'very', 'love', 'great', 'there', 'what', 'when', 'how', 'an',
  ],
  questionOpeners: [
    'what', 'when', 'where', 'who', 'whom', 'whose', 'why', 'how', 'which',
    'does', 'did', 'can', 'could', 'is', 'are', 'was', 'were', 'would', 'should', 'shall', 'may', 'might',
    'any', 'anyone', 'anybody',
  ],
  // Portuguese "Do lado de fora…" (of the), German "Will nur sagen…" (want).
  questionOpenersWhenDetected: ['do', 'will'],
  notQuestions: ['what a', 'what an', 'how lovely', 'how nice', 'how cute', 'how beautiful'],
  auxiliaries: ['do', 'does', 'did', 'can', 'could', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'shall', 'may', 'might'],
  negations: ['not'],
  complaints: [
    'refund', 'refunds', 'refunded', 'money back', 'broken', 'terrible', 'horrible', 'awful', 'worst', 'disappointed',
    'disappointing', 'never again', 'scam', 'fraud', 'rip off', 'ripped off', 'rude', 'late', 'cancel',
    'cancelled', 'canceled', 'cancellation', 'complaint', 'complain', 'unacceptable', 'useless', 'disgusting',
    'overcharged', 'charged twice', 'damaged', 'not working', "doesn't work", "didn't work", 'stopped working',
    'still waiting', 'no response', 'poor service', 'waste of money', 'wrong order',
  ],
};
