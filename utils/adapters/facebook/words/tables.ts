import type { WordTable } from '../../words';

/**
 * The words Facebook's interface prints that the reader still matches, per
 * interface language (the page's `<html lang>`). Comments, replies, authors,
 * times' links and collapsed "replied" rows are found by structure; these
 * words only add:
 * - `label`: the start of a comment's own aria-label ("Comment by {name} …"),
 *   a comment even before it has a `comment_id` link;
 * - `author`: the badge Facebook shows beside the post author's name;
 * - `area` and `composer`: a comment area on screen (buttons, composer), which
 *   tells an empty post from a layout we no longer read (parser health). A
 *   composer form with `{name}` also names the page acting ("Comment as …").
 *
 * `seen`: on saved pages: English from the captured pages in tests/fixtures,
 * Spanish as attested in public scrapers of Spanish Facebook (see
 * spanish-interface.html). Everything else is `unverified`: Facebook's wording
 * as far as we know it, not yet on a saved page.
 */
export type FacebookKind = 'label' | 'author' | 'area' | 'composer';

export const FACEBOOK_WORDS: Record<string, WordTable<FacebookKind>> = {
  en: {
    seen: {
      label: ['Comment by {name}', 'Reply by {name}'],
      author: ['Author'],
      area: ['View more comments', 'All comments', 'Most relevant', '{n} comments'],
      composer: ['Write a comment', 'Comment as {name}'],
    },
    unverified: { area: ['View {n} more comments', 'View 1 more comment', '1 comment', 'Newest'], composer: ['Write a public comment'] },
  },
  es: {
    seen: {
      label: ['Comentario de {name}', 'Respuesta de {name}'],
      area: ['Ver más comentarios', 'Todos los comentarios', '{n} comentarios'],
      composer: ['Comentar como {name}'],
    },
    unverified: {
      author: ['Autor', 'Autora'],
      area: ['Más pertinentes', 'Más relevantes', 'Más recientes', '1 comentario'],
      composer: ['Escribe un comentario'],
    },
  },
  fr: {
    unverified: {
      label: ['Commentaire de {name}', 'Réponse de {name}'],
      author: ['Auteur', 'Autrice'],
      area: ['Voir plus de commentaires', 'Afficher plus de commentaires', 'Tous les commentaires', 'Les plus pertinents', 'Plus récents', '{n} commentaires', '{n} commentaire'],
      composer: ['Écrivez un commentaire', 'Commenter en tant que {name}'],
    },
  },
  de: {
    unverified: {
      label: ['Kommentar von {name}', 'Antwort von {name}'],
      author: ['Autor', 'Autorin'],
      area: ['Weitere Kommentare ansehen', 'Alle Kommentare', 'Relevanteste', 'Neueste', '{n} Kommentare', '{n} Kommentar'],
      composer: ['Schreibe einen Kommentar', 'Als {name} kommentieren', 'Kommentieren als {name}'],
    },
  },
  'pt-BR': {
    unverified: {
      label: ['Comentário de {name}', 'Resposta de {name}'],
      author: ['Autor', 'Autora'],
      area: ['Ver mais comentários', 'Todos os comentários', 'Mais relevantes', 'Mais recentes', '{n} comentários', '{n} comentário'],
      composer: ['Escreva um comentário', 'Comentar como {name}'],
    },
  },
  'pt-PT': {
    unverified: {
      label: ['Comentário de {name}', 'Resposta de {name}'],
      author: ['Autor', 'Autora'],
      area: ['Ver mais comentários', 'Todos os comentários', 'Mais relevantes', 'Mais recentes', '{n} comentários', '{n} comentário'],
      composer: ['Escreve um comentário', 'Comentar como {name}'],
    },
  },
  it: {
    unverified: {
      label: ['Commento di {name}', 'Risposta di {name}'],
      author: ['Autore', 'Autrice'],
      area: ['Visualizza altri commenti', 'Tutti i commenti', 'Più pertinenti', 'Più recenti', '{n} commenti', '{n} commento'],
      composer: ['Scrivi un commento', 'Commenta come {name}'],
    },
  },
  nl: {
    unverified: {
      label: ['Reactie van {name}', 'Antwoord van {name}'],
      author: ['Auteur'],
      area: ['Meer reacties weergeven', 'Alle reacties', 'Meest relevant', 'Nieuwste', '{n} reacties', '{n} reactie'],
      composer: ['Schrijf een reactie', 'Reageren als {name}', 'Reageer als {name}'],
    },
  },
  id: {
    unverified: {
      label: ['Komentar oleh {name}', 'Balasan oleh {name}'],
      author: ['Penulis'],
      area: ['Lihat komentar lainnya', 'Lihat komentar lain', 'Semua komentar', 'Paling relevan', 'Terbaru', '{n} komentar'],
      composer: ['Tulis komentar', 'Komentari sebagai {name}', 'Berkomentar sebagai {name}'],
    },
  },
  tr: {
    unverified: {
      label: ['{name} adlı kişinin yorumu', '{name} adlı kişinin yanıtı'],
      author: ['Yazar'],
      area: ['Diğer yorumları gör', 'Daha fazla yorum gör', 'Tüm yorumlar', 'En alakalı', 'En yeni', '{n} yorum'],
      composer: ['Yorum yaz', '{name} olarak yorum yap'],
    },
  },
  pl: {
    unverified: {
      label: ['Komentarz użytkownika {name}', 'Odpowiedź użytkownika {name}'],
      author: ['Autor', 'Autorka'],
      area: ['Wyświetl więcej komentarzy', 'Wszystkie komentarze', 'Najtrafniejsze', 'Najnowsze', '{n} komentarzy', '{n} komentarze', '{n} komentarz'],
      composer: ['Napisz komentarz', 'Komentuj jako {name}', 'Skomentuj jako {name}'],
    },
  },
  vi: {
    unverified: {
      label: ['Bình luận của {name}', 'Phản hồi của {name}', 'Trả lời của {name}'],
      author: ['Tác giả'],
      area: ['Xem thêm bình luận', 'Tất cả bình luận', 'Phù hợp nhất', 'Mới nhất', '{n} bình luận'],
      composer: ['Viết bình luận', 'Bình luận dưới tên {name}', 'Bình luận với vai trò {name}'],
    },
  },
  th: {
    unverified: {
      label: ['ความคิดเห็นโดย {name}', 'การตอบกลับโดย {name}'],
      author: ['ผู้เขียน'],
      area: ['ดูความคิดเห็นเพิ่มเติม', 'ความคิดเห็นทั้งหมด', 'เกี่ยวข้องที่สุด', 'ใหม่ที่สุด', 'ความคิดเห็น {n} รายการ'],
      composer: ['เขียนความคิดเห็น', 'แสดงความคิดเห็นในนาม {name}'],
    },
  },
  ar: {
    unverified: {
      label: ['تعليق بواسطة {name}', 'رد بواسطة {name}', 'تعليق من {name}', 'رد من {name}'],
      author: ['المؤلف', 'الناشر', 'صاحب المنشور'],
      area: ['عرض المزيد من التعليقات', 'كل التعليقات', 'جميع التعليقات', 'الأكثر ملاءمة', 'الأحدث', '{n} تعليق', '{n} تعليقات', '{n} تعليقًا'],
      composer: ['اكتب تعليقًا', 'التعليق باسم {name}', 'تعليق باسم {name}'],
    },
  },
  he: {
    unverified: {
      label: ['תגובה של {name}', 'תשובה של {name}'],
      author: ['מחבר', 'מחברת', 'כותב הפוסט'],
      area: ['הצג תגובות נוספות', 'הצגת תגובות נוספות', 'כל התגובות', 'הרלוונטיות ביותר', 'החדשות ביותר', '{n} תגובות', 'תגובה אחת'],
      composer: ['כתוב תגובה', 'כתבו תגובה', 'הגב בתור {name}', 'הגיבו בתור {name}'],
    },
  },
  hi: {
    unverified: {
      label: ['{name} द्वारा टिप्पणी', '{name} द्वारा जवाब'],
      author: ['लेखक'],
      area: ['और टिप्पणियाँ देखें', 'सभी टिप्पणियाँ', 'सबसे प्रासंगिक', 'नवीनतम', '{n} टिप्पणियाँ', '{n} टिप्पणी'],
      composer: ['टिप्पणी लिखें', '{name} के रूप में टिप्पणी करें'],
    },
  },
  ja: {
    unverified: {
      label: ['{name}さんのコメント', '{name}さんの返信'],
      author: ['投稿者'],
      area: ['他のコメントを表示', 'コメントをさらに表示', 'すべてのコメント', '最も関連性が高い', '新しい順', 'コメント{n}件'],
      composer: ['コメントを入力', 'コメントする', '{name}としてコメント'],
    },
  },
  ko: {
    unverified: {
      label: ['{name}님의 댓글', '{name}님의 답글'],
      author: ['작성자'],
      area: ['댓글 더 보기', '모든 댓글', '가장 관련성 높은 댓글', '최신순', '댓글 {n}개'],
      composer: ['댓글을 입력하세요', '댓글 달기', '{name}(으)로 댓글 달기'],
    },
  },
  'zh-Hans': {
    unverified: {
      label: ['{name}的评论', '{name}的回复'],
      author: ['作者'],
      area: ['查看更多评论', '所有评论', '最相关', '最新', '{n}条评论'],
      composer: ['写评论', '发表评论', '以{name}的身份评论'],
    },
  },
  'zh-Hant': {
    unverified: {
      label: ['{name}的留言', '{name}的回覆'],
      author: ['作者'],
      area: ['查看更多留言', '所有留言', '最相關', '最新', '{n} 則留言'],
      composer: ['撰寫留言', '留言', '以{name}的身分留言'],
    },
  },
  ru: {
    unverified: {
      label: ['Комментарий от {name}', 'Ответ от {name}'],
      author: ['Автор'],
      area: ['Посмотреть другие комментарии', 'Показать больше комментариев', 'Все комментарии', 'Самые актуальные', 'Сначала новые', '{n} комментариев', '{n} комментария', '{n} комментарий'],
      composer: ['Напишите комментарий', 'Комментировать как {name}', 'Комментарий от имени {name}'],
    },
  },
  uk: {
    unverified: {
      label: ['Коментар від {name}', 'Відповідь від {name}'],
      author: ['Автор', 'Авторка'],
      area: ['Переглянути інші коментарі', 'Переглянути більше коментарів', 'Усі коментарі', 'Найактуальніші', 'Найновіші', '{n} коментарів', '{n} коментарі', '{n} коментар'],
      composer: ['Напишіть коментар', 'Коментувати як {name}', 'Коментувати від імені {name}'],
    },
  },
};
