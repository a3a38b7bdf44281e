import type { WordTable } from '../../words';

/**
 * The words LinkedIn's interface prints that the reader still matches, per
 * interface language (the page's `<html lang>`). Comments are found by their
 * URNs and their times come from their ids, in any language; the time line,
 * the "• 2nd" degree and "(edited)" are told by their place and punctuation.
 * These words only add:
 * - `author`: the badge beside the post author's name (and, in the 2026
 *   markup, a line that is not the author's headline);
 * - `loadMore` and `composer`: a comment area on screen, beside the list and
 *   composer found by structure, which tells an empty post from a layout we
 *   no longer read (parser health).
 *
 * `seen`: English, on the saved pages in tests/fixtures/linkedin. Everything
 * else is `unverified`: LinkedIn's wording as far as we know it (Spanish
 * included: no public Spanish capture was found, see spanish-interface.html).
 */
export type LinkedinKind = 'author' | 'loadMore' | 'composer';

export const LINKEDIN_WORDS: Record<string, WordTable<LinkedinKind>> = {
  en: {
    seen: { author: ['Author'], loadMore: ['Load more comments'], composer: ['Text editor for creating'] },
  },
  es: { unverified: { author: ['Autor', 'Autora'], loadMore: ['Cargar más comentarios'], composer: ['Editor de texto para crear'] } },
  fr: { unverified: { author: ['Auteur', 'Autrice'], loadMore: ['Charger plus de commentaires'], composer: ['Éditeur de texte pour créer'] } },
  de: { unverified: { author: ['Autor', 'Autorin', 'Autor:in'], loadMore: ['Weitere Kommentare laden'], composer: ['Texteditor zum Erstellen'] } },
  'pt-BR': { unverified: { author: ['Autor', 'Autora'], loadMore: ['Carregar mais comentários'], composer: ['Editor de texto para criar'] } },
  'pt-PT': { unverified: { author: ['Autor', 'Autora'], loadMore: ['Carregar mais comentários'], composer: ['Editor de texto para criar'] } },
  it: { unverified: { author: ['Autore', 'Autrice'], loadMore: ['Carica altri commenti'], composer: ['Editor di testo per creare'] } },
  nl: { unverified: { author: ['Auteur'], loadMore: ['Meer opmerkingen laden', 'Meer reacties laden'], composer: ['Teksteditor voor het maken van'] } },
  id: { unverified: { author: ['Penulis'], loadMore: ['Muat komentar lainnya', 'Muat lebih banyak komentar'], composer: ['Editor teks untuk membuat'] } },
  tr: { unverified: { author: ['Yazar'], loadMore: ['Daha fazla yorum yükle'], composer: ['Oluşturmak için metin düzenleyici'] } },
  pl: { unverified: { author: ['Autor', 'Autorka'], loadMore: ['Wczytaj więcej komentarzy', 'Załaduj więcej komentarzy'], composer: ['Edytor tekstu do tworzenia'] } },
  vi: { unverified: { author: ['Tác giả'], loadMore: ['Tải thêm bình luận'], composer: ['Trình soạn thảo văn bản để tạo'] } },
  th: { unverified: { author: ['ผู้เขียน'], loadMore: ['โหลดความคิดเห็นเพิ่มเติม'], composer: ['โปรแกรมแก้ไขข้อความสำหรับสร้าง'] } },
  ar: { unverified: { author: ['المؤلف', 'الكاتب'], loadMore: ['تحميل المزيد من التعليقات'], composer: ['محرر نصوص لإنشاء'] } },
  he: { unverified: { author: ['מחבר', 'מחברת'], loadMore: ['טעינת תגובות נוספות', 'טען תגובות נוספות'], composer: ['עורך טקסט ליצירת'] } },
  hi: { unverified: { author: ['लेखक'], loadMore: ['और टिप्पणियाँ लोड करें', 'और टिप्पणियां लोड करें'], composer: ['बनाने के लिए टेक्स्ट एडिटर'] } },
  ja: { unverified: { author: ['投稿者', '作成者'], loadMore: ['さらにコメントを読み込む', 'コメントをさらに読み込む'], composer: ['作成用のテキストエディター'] } },
  ko: { unverified: { author: ['작성자'], loadMore: ['댓글 더 불러오기', '댓글 더 보기'], composer: ['작성용 텍스트 편집기'] } },
  'zh-Hans': { unverified: { author: ['作者'], loadMore: ['加载更多评论'], composer: ['用于创建评论的文本编辑器', '用于创建内容的文本编辑器'] } },
  'zh-Hant': { unverified: { author: ['作者'], loadMore: ['載入更多留言', '載入更多回應'], composer: ['用於建立留言的文字編輯器', '用於建立內容的文字編輯器'] } },
  ru: { unverified: { author: ['Автор'], loadMore: ['Загрузить больше комментариев', 'Показать больше комментариев'], composer: ['Текстовый редактор для создания'] } },
  uk: { unverified: { author: ['Автор', 'Авторка'], loadMore: ['Завантажити більше коментарів', 'Показати більше коментарів'], composer: ['Текстовий редактор для створення'] } },
};
