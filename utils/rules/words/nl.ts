import type { LanguageWords } from './types';

export const nl: LanguageWords = {
  language: 'nl',
  common: [
    'de', 'het', 'een', 'en', 'is', 'niet', 'met', 'voor', 'ik', 'mijn', 'jullie', 'u', 'we', 'wij', 'van', 'op', 'te',
    'dat', 'dit', 'zijn', 'maar', 'heel', 'erg', 'bedankt', 'dank', 'altijd', 'vandaag', 'nog', 'ook', 'bij', 'heb',
    'hebben', 'geen', 'nu', 'bestelling', 'hoi', 'hallo', 'ben', 'jij', 'je',
  ],
  questionOpeners: [
    'wat', 'wanneer', 'waar', 'waarom', 'hoe', 'wie', 'welke', 'welk', 'hoeveel', 'hoelang', 'hoe laat', 'kan ik',
    'kan je', 'kun je', 'kunt u', 'kunnen jullie', 'kunnen we', 'zijn jullie', 'hebben jullie', 'heeft iemand',
    'weet iemand', 'is het', 'is er', 'zijn er', 'mag ik', 'leveren jullie', 'doen jullie',
  ],
  notQuestions: ['wat een', 'wat leuk', 'wat mooi', 'wat lekker', 'hoe leuk', 'hoe mooi'],
  complaints: [
    'terugbeta*', 'geld terug', 'kapot', 'kapotte', 'oplichting', 'oplichters', 'opgelicht', 'fraude',
    'slecht', 'slechte', 'slechtste', 'waardeloos', 'waardeloze', 'teleurgesteld', 'teleurstellend*', 'teleurstelling',
    'belachelijk', 'schandalig', 'schande', 'onacceptabel', 'nooit meer', 'werkt niet', 'doet het niet',
    'wacht nog steeds', 'nog steeds niet', 'geen reactie', 'geen antwoord', 'klacht', 'klachten', 'annuleren',
    'geannuleerd', 'te laat', 'beschadigd', 'beschadigde', 'defect', 'onbeschoft', 'twee keer afgeschreven',
  ],
};
