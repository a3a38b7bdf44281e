import type { LanguageWords } from './types';

export const es: LanguageWords = {
  language: 'es',
  common: [
    'el', 'la', 'los', 'las', 'y', 'es', 'esta', 'estan', 'muy', 'pero', 'para', 'por', 'con', 'mi', 'mis', 'su', 'sus', 'del',
    'al', 'una', 'gracias', 'siempre', 'tambien', 'hoy', 'ya', 'nunca', 'tienen', 'hay', 'yo', 'usted', 'ustedes', 'pedido',
    'aun', 'todavia', 'nada', 'ahora', 'estoy', 'fue', 'mucho', 'buenas', 'hola',
  ],
  // Without their accents "que", "como", "cuando" open ordinary statements.
  questionOpeners: [
    'qué', 'cuándo', 'dónde', 'adónde', 'cómo', 'quién', 'quiénes', 'cuál', 'cuáles', 'cuánto', 'cuánta',
    'cuántos', 'cuántas', 'por qué', 'alguien sabe',
  ],
  notQuestions: ['qué rico', 'qué bonito', 'qué bonita', 'qué lindo', 'qué linda', 'qué bueno', 'qué buena', 'qué delicia'],
  complaints: [
    'reembols*', 'devolucion', 'devuelvan mi dinero', 'devolverme el dinero', 'quiero mi dinero', 'estafa', 'estafas', 'estafador*',
    'fraude', 'pesimo', 'pesima', 'pesimos', 'pesimas', 'horrible', 'horribles', 'terrible', 'terribles', 'fatal',
    'decepcion*', 'decepcionad*', 'verguenza', 'inaceptable', 'nunca mas', 'no funciona', 'no sirve', 'dejo de funcionar',
    'sigo esperando', 'sin respuesta', 'nadie responde', 'queja', 'quejas', 'reclamo', 'reclamacion', 'cancelar',
    'cancelado', 'cancelada', 'llego tarde', 'muy tarde', 'dañado', 'dañada', 'danado', 'danada', 'defectuos*',
    'mal servicio', 'mala atencion', 'un robo', 'ladrones', 'roto', 'rotos', 'cobraron dos veces',
  ],
  // Portuguese "rota", "rotas": a route.
  complaintsWhenDetected: ['rota', 'rotas'],
};
