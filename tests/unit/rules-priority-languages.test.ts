// Questions and complaints in the customers' languages, whatever the page's or
// the user's interface language: each comment is read on its own words.
import { describe, expect, it } from 'vitest';
import { detectPriority, languagesOf } from '../../utils/rules/priority';
import { LANGUAGES } from '../../utils/rules/words';

const flags = (text: string, extra: string[] = []) => detectPriority(text, extra);

interface Cases {
  questions: string[];
  notQuestions: string[];
  complaints: string[];
  notComplaints: string[];
}

/** Sentences as customers write them: without "?" for questions, with the inflections complaints come in. */
const CASES: Record<string, Cases> = {
  es: {
    questions: ['Cuándo abren los domingos', 'Dónde queda la tienda', 'Alguien sabe si tienen pan sin gluten'],
    notQuestions: ['Como siempre, excelente servicio', 'Cuando pueda paso por la tienda', 'Qué rico el café de hoy'],
    complaints: ['Quiero un reembolso ya', 'Me reembolsaron la mitad', 'La taza llegó rota', 'Pésimo servicio, nunca más', 'Esto es una estafa', 'Decepcionadísimo con el pedido'],
    notComplaints: ['Buenas tardes, me encanta el café', 'Gracias por todo, el pedido llegó perfecto'],
  },
  'pt-BR': {
    questions: ['Quando vocês abrem no domingo', 'Onde fica a loja', 'Como faço para pedir pelo site', 'Qual o horário de vocês'],
    notQuestions: ['Como sempre, atendimento excelente', 'Obrigado pelo café, muito bom'],
    complaints: ['Quero o reembolso do meu pedido', 'Veio quebrado e ninguém responde', 'Péssimo atendimento', 'Isso é golpe', 'Vou reclamar no Procon', 'Fiquei muito decepcionada'],
    notComplaints: ['A rota até a loja é fácil, muito obrigado', 'Vale cada centavo, muito obrigado'],
  },
  fr: {
    questions: ['Comment on fait pour commander', 'Quand est-ce que vous ouvrez', 'Avez-vous du lait d’avoine', 'Où se trouve la boutique'],
    notQuestions: ['Quel dommage que je sois parti', 'Merci pour le café, il est très bon'],
    complaints: ['Je veux être remboursé', 'Toujours pas de remboursement', 'La tasse est arrivée cassée', 'Très déçue par le service', "C'est une arnaque", 'Ça ne marche pas'],
    notComplaints: ["Un casse-croûte parfait, merci", 'Le service était parfait, merci'],
  },
  de: {
    questions: ['Wann habt ihr am Sonntag geöffnet', 'Wo finde ich euren Laden', 'Gibt es das auch ohne Zucker', 'Habt ihr noch Plätze frei'],
    notQuestions: ['Wie immer super lecker', 'Was für ein schöner Tag', 'Danke für den tollen Kaffee'],
    complaints: ['Die Lieferung war kaputt, ich will mein Geld zurück', 'Die kaputte Tasse kam gestern', 'Ich möchte eine Rückerstattung', 'Total enttäuscht vom Service', 'Das ist Abzocke', 'Die Maschine funktioniert nicht'],
    notComplaints: ['Ich komme bestimmt zurück, danke', 'Alles bestens, vielen Dank'],
  },
  it: {
    questions: ['Quando riaprite', 'Dove si trova il negozio', 'Come si prenota un tavolo', 'Quanto costa la spedizione'],
    notQuestions: ['Come sempre ottimo caffè', 'Qui è tutto buonissimo', 'Grazie mille per la colazione'],
    complaints: ['Voglio un rimborso', 'Non ho ancora ricevuto il rimborso', 'La tazza è arrivata rotta', 'Servizio pessimo, mai più', 'Che truffa', 'Sono molto delusa'],
    notComplaints: ['Caffè ottimo e servizio veloce', 'Tutto perfetto, grazie'],
  },
  nl: {
    questions: ['Wanneer zijn jullie open op zondag', 'Hoe laat sluiten jullie', 'Hebben jullie ook havermelk', 'Waar is de winkel'],
    notQuestions: ['Wat een mooie foto', 'Bedankt voor de koffie'],
    complaints: ['Ik wil een terugbetaling', 'Wanneer wordt het terugbetaald', 'De mok was kapot', 'Heel slechte service', 'Erg teleurgesteld', 'De machine werkt niet'],
    notComplaints: ['Heerlijke koffie, tot de volgende keer', 'Alles was perfect, dank jullie'],
  },
  id: {
    questions: ['Kapan buka lagi', 'Di mana alamat tokonya', 'Berapa harga kopinya', 'Apakah bisa kirim ke Bandung'],
    notQuestions: ['Apa kabar semuanya, kopinya enak', 'Kapan-kapan mampir lagi', 'Terima kasih, kopinya mantap'],
    complaints: ['Saya minta pengembalian dana', 'Barangnya rusak pas sampai', 'Sangat kecewa dengan pelayanannya', 'Ini penipuan', 'Pesanan saya belum sampai'],
    notComplaints: ['Kopinya enak banget, makasih kak', 'Pelayanannya ramah sekali'],
  },
  en: {
    questions: ['Do you ship to Canada', 'Will there be vegan options', 'Where is the shop'],
    notQuestions: ['Come and see us, lovely place', 'Comment below with your favourite', 'Dove soap smells great'],
    complaints: ['I want my money back', 'Got refunded only half', 'The mug was damaged'],
    notComplaints: ['Great coffee, will be back', 'Lovely roast, thanks'],
  },
};

describe.each(Object.entries(CASES))('%s', (_language, cases) => {
  it.each(cases.questions)('flags %j as a question', (text) => {
    expect(flags(text)).toContain('question');
  });
  it.each(cases.notQuestions)('does not flag %j as a question', (text) => {
    expect(flags(text)).not.toContain('question');
  });
  it.each(cases.complaints)('flags %j as a complaint', (text) => {
    expect(flags(text)).toContain('complaint');
  });
  it.each(cases.notComplaints)('does not flag %j at all', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('each comment is read in its own language', () => {
  it('covers the eight languages', () => {
    expect(LANGUAGES.map((words) => words.language).sort()).toEqual(['de', 'en', 'es', 'fr', 'id', 'it', 'nl', 'pt-BR']);
  });

  it.each([
    ['The mug was broken and the staff were rude', 'en'],
    ['La taza llegó rota y nadie responde', 'es'],
    ['Veio quebrado e ninguém responde', 'pt-BR'],
    ['La tasse est arrivée cassée', 'fr'],
    ['Die Tasse ist kaputt angekommen', 'de'],
    ['La tazza è arrivata rotta', 'it'],
    ['De mok was kapot toen hij aankwam', 'nl'],
    ['Barangnya rusak pas sampai di rumah', 'id'],
  ])('reads %j as %s', (text, language) => {
    expect([...languagesOf(text)]).toContain(language);
  });

  it('uses a word that is ordinary elsewhere only when the comment is in its language', () => {
    expect(flags('Come si prenota un tavolo')).toEqual(['question']); // Italian "how"
    expect(flags('Come and see the new shop')).toEqual([]); // English "come"
    expect(flags('Comment on fait pour commander')).toEqual(['question']); // French "how"
    expect(flags('Comment below if you agree')).toEqual([]);
    expect(flags('La taza llegó rota')).toEqual(['complaint']); // Spanish "broken"
    expect(flags('Qual a rota para a loja')).toEqual(['question']); // Portuguese "route": a question, not a complaint
  });

  it('reads languages apart within one page: one comment in German, the next in Italian', () => {
    const comments = ['Die Lieferung war kaputt, ich will mein Geld zurück', 'Quando riaprite', 'Lovely, thanks!'];
    expect(comments.map((text) => flags(text))).toEqual([['complaint'], ['question'], []]);
  });

  it('still adds the user\'s own complaint words, in any language, literally', () => {
    expect(flags('Il caffè era tiepido', [])).toEqual([]);
    expect(flags('Il caffè era tiepido', ['tiepido'])).toEqual(['complaint']);
    expect(flags('Kaffee lauwarm', ['LAUWARM'])).toEqual(['complaint']);
    expect(flags('lauwarmer Kaffee', ['lauwarm*'])).toEqual([]); // a star the user types is not a wildcard
  });
});
