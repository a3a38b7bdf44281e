import type { LanguageWords } from './types';

export const fr: LanguageWords = {
  language: 'fr',
  common: [
    'le', 'les', 'la', 'et', 'est', 'des', 'du', 'de', 'un', 'une', 'pour', 'avec', 'mon', 'ma', 'mes', 'votre', 'vos',
    'vous', 'je', "j'ai", 'nous', 'pas', 'ne', 'tres', 'mais', 'merci', 'toujours', "aujourd'hui", "c'est", 'ce',
    'cette', 'au', 'aux', 'il', 'elle', 'on', 'encore', 'rien', 'commande', 'bonjour', 'suis', 'ete',
  ],
  questionOpeners: [
    "qu'est-ce", 'est-ce que', 'est-ce', 'pourquoi', 'quand', 'où', 'quel', 'quelle', 'quels', 'quelles', 'combien',
    'à quelle heure', 'y a-t-il', 'avez-vous', 'pouvez-vous', 'êtes-vous', 'faites-vous', 'livrez-vous', 'vendez-vous',
    'peut-on', 'puis-je', 'faut-il', 'est-il', 'sont-ils', 'quelqu’un sait', "quelqu'un sait",
  ],
  // English "Comment below", Italian "Qui è…" (here).
  questionOpenersWhenDetected: ['comment', 'qui'],
  notQuestions: ['quel dommage', 'quel bonheur', 'quelle joie', 'quelle belle', 'quel beau', 'quel plaisir'],
  complaints: [
    'rembours*', 'rendez-moi mon argent', 'rendez mon argent', 'cassee', 'cassees', 'est casse', 'arrive casse', 'arnaque', 'arnaques', 'arnaqueur*', 'escroc*',
    'decu', 'decue', 'decus', 'decues', 'decevant*', 'deception', 'inadmissible', 'inacceptable', 'honteux',
    'honteuse', 'une honte', 'scandaleux', 'scandaleuse', 'lamentable', 'horrible', 'catastroph*', 'plus jamais',
    'jamais plus', 'ne fonctionne pas', 'ne marche pas', 'marche pas', 'fonctionne pas', 'toujours pas recu',
    'toujours en attente', 'pas de reponse', 'aucune reponse', 'en retard', 'plainte', 'reclamation', 'annuler',
    'annulation', 'abime', 'abimee', 'endommage', 'endommagee', 'defectueu*', "c'est nul", 'service nul', 'voleurs',
    'debite deux fois',
  ],
};
