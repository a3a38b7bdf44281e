import type { LanguageWords } from './types';

/** Brazilian Portuguese, the form most pages meet. */
export const pt: LanguageWords = {
  language: 'pt-BR',
  common: [
    'o', 'a', 'os', 'as', 'e', 'é', 'nao', 'muito', 'mas', 'para', 'pra', 'com', 'meu', 'minha', 'seu', 'sua', 'do', 'da',
    'dos', 'das', 'no', 'na', 'em', 'um', 'uma', 'obrigado', 'obrigada', 'sempre', 'tambem', 'hoje', 'ja', 'voce',
    'voces', 'vcs', 'vc', 'tem', 'eu', 'isso', 'esta', 'estao', 'ainda', 'nada', 'agora', 'foi', 'pedido', 'oi', 'ola',
  ],
  questionOpeners: [
    'o que', 'qual', 'quais', 'quanto', 'quanta', 'quantos', 'quantas', 'onde', 'aonde', 'por que', 'por quê',
    'quem', 'quando', 'será que', 'alguém sabe', 'tem como',
  ],
  // Spanish "Como siempre…" (as always), "Como" (I eat).
  questionOpenersWhenDetected: ['como'],
  notQuestions: ['como sempre', 'quanto amor', 'que lindo', 'que delícia'],
  complaints: [
    'reembols*', 'estorno', 'dinheiro de volta', 'quero meu dinheiro', 'devolucao', 'quebrado', 'quebrada', 'quebrados',
    'quebradas', 'golpe', 'golpistas', 'fraude', 'pessim*', 'horrivel', 'horriveis', 'terrivel', 'decepcionad*',
    'decepcao', 'vergonha', 'absurdo', 'inaceitavel', 'nunca mais', 'nao funciona', 'parou de funcionar',
    'ainda esperando', 'continuo esperando', 'sem resposta', 'ninguem responde', 'reclamacao', 'reclamar', 'cancelar',
    'cancelado', 'cancelada', 'atrasado', 'atrasada', 'atraso', 'danificad*', 'com defeito', 'defeituos*', 'lixo',
    'enganacao', 'procon', 'reclame aqui', 'cobraram duas vezes', 'pessimo atendimento',
  ],
};
