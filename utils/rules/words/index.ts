import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { id } from './id';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { LanguageWords } from './types';

export type { LanguageWords } from './types';

/** The customers' languages Reply Radar reads questions and complaints in. Adding one: a file here and a line below. */
export const LANGUAGES: readonly LanguageWords[] = [en, es, pt, fr, de, it, nl, id];
