import type { LanguageWords } from './types';

export const de: LanguageWords = {
  language: 'de',
  common: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'einen', 'mit', 'fur', 'ich', 'mein', 'meine', 'sie',
    'ihr', 'wir', 'es', 'auf', 'zu', 'den', 'dem', 'sehr', 'aber', 'danke', 'immer', 'heute', 'schon', 'noch', 'auch',
    'bei', 'von', 'habe', 'hat', 'keine', 'kein', 'jetzt', 'bestellung', 'hallo', 'bin', 'euch', 'ihnen',
  ],
  questionOpeners: [
    'wann', 'wo', 'woher', 'wohin', 'wer', 'wen', 'wem', 'wessen', 'warum', 'wieso', 'weshalb', 'wie', 'welche',
    'welcher', 'welches', 'welchen', 'wieviel', 'wie viel', 'wie viele', 'gibt es', 'habt ihr', 'haben sie', 'hat jemand',
    'weiß jemand', 'kann man', 'kann ich', 'können sie', 'könnt ihr', 'ist es', 'ist das', 'sind sie', 'seid ihr',
    'liefert ihr', 'liefern sie', 'wird es', 'was',
  ],
  notQuestions: ['wie schön', 'wie toll', 'wie lecker', 'was für ein', 'was für eine', 'wie immer'],
  complaints: [
    'kaputt*', 'defekt*', 'beschadigt*', 'geld zuruck', 'zuruckerstatt*', 'ruckerstatt*', 'erstattung', 'reklamation',
    'reklamier*', 'beschwerde', 'beschweren', 'betrug', 'betruger*', 'abzocke', 'abgezockt', 'unverschamt*', 'frechheit',
    'enttausch*', 'schrecklich*', 'furchtbar*', 'katastroph*', 'funktioniert nicht', 'geht nicht', 'nie wieder',
    'unfreundlich*', 'zu spat', 'verspatet*', 'storniert', 'stornieren', 'stornierung', 'falsche bestellung',
    'warte immer noch', 'warte noch immer', 'keine antwort', 'unmoglich*', 'mangelhaft*', 'doppelt abgebucht',
  ],
};
