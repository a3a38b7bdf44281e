import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_WORDS, detectPriority } from '../../utils/rules/priority';

const flags = (text: string, extra: string[] = []) => detectPriority(text, extra);

describe('detectPriority: questions', () => {
  it.each([
    'Are you open on Sunday?',
    'Is the oat milk vegan',
    'Love the new blend. How long do the beans keep',
    'What time do you close',
    'Great coffee!\nDo you ship to Canada',
    'When will the store reopen',
    '¿Tienen leche de avena',
    'Dónde está la tienda',
    'Me encanta. Cómo lo preparan',
    'Por qué cerraron temprano hoy',
    'Cuánto cuesta el envío',
    'Tienen descafeinado?',
  ])('flags %j as a question', (text) => {
    expect(flags(text)).toEqual(['question']);
  });

  it.each([
    'I love how you roast your beans',
    'Do not change a thing',
    "Can't wait for the new menu",
    'Is',
    'What a view!',
    'How lovely!',
    '¡Qué rico!',
    'Que tengan un lindo día',
    'Como siempre, excelente servicio',
    'Cuando pueda paso por la tienda',
    'Thanks, that is what I needed.',
    'Whatever you do, keep the croissants',
    'Island blend is my favourite',
  ])('does not flag %j', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('detectPriority: complaints', () => {
  it.each([
    'My order arrived LATE again.',
    'Worst latte in town',
    'I want a refund',
    'Never   again, honestly',
    'The machine is broken',
    'Really disappointed with the service',
    'This is a scam',
    'The barista was rude',
    "It doesn’t work",
  ])('flags %j as a complaint', (text) => {
    expect(flags(text)).toEqual(['complaint']);
  });

  it.each([
    'The chocolate cake was perfect',
    'See you later',
    'Brokenhearted that you sold out of scones, save me one next time',
    'Translate this for me please',
  ])('does not flag %j', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('adds the user\'s own words, matched without regard to case or accents', () => {
    expect(flags('El café llegó TIBIO', ['tibio'])).toEqual(['complaint']);
    expect(flags('El café llegó tibio', ['Tíbio'])).toEqual(['complaint']);
    expect(flags('El café llegó tibio', [])).toEqual([]);
    expect(flags('Me cobraron dos veces', ['cobraron dos veces'])).toEqual(['complaint']);
    expect(flags('anything at all', ['', '  '])).toEqual([]);
  });

  it('treats regular-expression characters in user words literally', () => {
    expect(flags('this costs $$$ now', ['$$$'])).toEqual(['complaint']);
    expect(flags('a.b', ['a+b'])).toEqual([]);
  });

  it('reports both reasons when a complaint asks something', () => {
    expect(flags('Why is my order always late?')).toEqual(['question', 'complaint']);
  });

  it('ships an English list with the common complaint words', () => {
    for (const word of ['refund', 'broken', 'terrible', 'worst', 'disappointed', 'never again', 'scam', 'rude', 'late', 'cancel', 'complaint']) {
      expect(DEFAULT_COMPLAINT_WORDS).toContain(word);
    }
  });
});
