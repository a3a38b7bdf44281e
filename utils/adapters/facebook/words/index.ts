/**
 * The words Facebook's interface prints that the reader still matches: English and Spanish.
 * Other languages are still found through their comment_id links.
 */

export const LABEL = /^(Comment by|Reply by|Comentario de|Respuesta de) /;
export const AUTHOR_BADGE = /^(Author|Autor)$/;
export const COMMENT_AREA =
  /^(view (\d+ )?more comments?|all comments|most relevant|newest|[\d,.]+k? comments?|ver más comentarios|todos los comentarios|más pertinentes|[\d,.]+ (mil )?comentarios?)$/i;
// "Comment as …", "Write a comment…", "Comentar como …", "Escribe un comentario…".
export const COMPOSER = '[role=textbox][aria-label*=omment],[role=textbox][aria-label*=omentar]';
export const COMMENT_AS = /^(?:Comment as|Comentar como) (.+)/;
