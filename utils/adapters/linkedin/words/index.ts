/**
 * The words LinkedIn's interface prints that the reader still matches: English and Spanish.
 * Comments themselves are found by their URNs, in any language.
 */

/** The relative labels we know (English, Spanish); SDUI prints them as a bare text line. */
export const TIME_LABEL = /^(now|ahora|\d+ ?(mo|yr|min|sem|mes(es)?|años?|[smhdwya])\.?)( ?•| ?\(\S+\))*$/i;
export const BADGE = /^(?:Author|Autor|Auteur)$/i;
export const LOAD_MORE = /^(Load more comments|Cargar más comentarios)$/i;
