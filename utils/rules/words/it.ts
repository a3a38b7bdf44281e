import type { LanguageWords } from './types';

export const it: LanguageWords = {
  language: 'it',
  common: [
    'il', 'lo', 'gli', 'la', 'le', 'e', 'è', 'di', 'del', 'della', 'che', 'non', 'un', 'una', 'per', 'con', 'mi', 'ho',
    'hai', 'ha', 'sono', 'siete', 'ma', 'molto', 'anche', 'questo', 'questa', 'si', 'ci', 'grazie', 'sempre', 'oggi',
    'gia', 'io', 'voi', 'vostro', 'vostra', 'al', 'alla', 'ancora', 'niente', 'adesso', 'ordine', 'ciao', 'buongiorno',
  ],
  questionOpeners: [
    'cosa', 'che cosa', 'quando', 'chi', 'perché', 'perchè', 'perche', 'quale', 'quali', 'quanto', 'quanta',
    'quanti', 'quante', "c'è", 'ci sono', 'posso', 'si può', 'qualcuno sa',
  ],
  // English "Come and see", "Dove soap".
  questionOpenersWhenDetected: ['come', "com'è", 'dove'],
  notQuestions: ['come sempre', 'come al solito', 'quanto è bello', 'quanto è bella', 'chi ben comincia'],
  complaints: [
    'rimbors*', 'soldi indietro', 'rivoglio i miei soldi', 'ridatemi i soldi', 'ridatemi i miei soldi', 'rotto', 'rotta', 'rotti', 'rotte', 'truffa', 'truffe', 'truffator*',
    'pessim*', 'orribile', 'terribile', 'schifo', 'schifoso', 'vergogna', 'vergognoso', 'scandaloso', 'delus*',
    'deludente', 'inaccettabile', 'mai piu', 'non funziona', 'smesso di funzionare', 'ancora in attesa',
    'aspetto ancora', 'nessuna risposta', 'reclamo', 'lamentela', 'annullare', 'annullato', 'annullata', 'in ritardo',
    'ritardo', 'danneggiat*', 'difettos*', 'servizio pessimo', 'addebitato due volte',
  ],
};
