// The words the adapters still match, in each interface language of issue #14, chosen by the page's
// <html lang>: Facebook's comment label, "Author" badge, comment-area buttons and composer ("Comment as
// ‹Page›"), LinkedIn's "Author" badge, "Load more comments" and composer. Each language is tried on the
// real structure of a saved page with only the words changed; English words on a page in another
// language, and any word on a page in a language without a table, are never read.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { facebookAdapter as fb } from '../../utils/adapters/facebook';
import { facebookWords } from '../../utils/adapters/facebook/words';
import { FACEBOOK_WORDS } from '../../utils/adapters/facebook/words/tables';
import { linkedinAdapter as li } from '../../utils/adapters/linkedin';
import { linkedinWords } from '../../utils/adapters/linkedin/words';
import { LINKEDIN_WORDS } from '../../utils/adapters/linkedin/words/tables';
import { wordTableFor } from '../../utils/adapters/word-tables';
import { addWordTables, compile, formsOf, isWordTable, wordsByLanguage, type WordTable } from '../../utils/adapters/words';
import { FIXTURE_DIR, parseHtml } from './facebook-fixtures';
import { readAll } from './linkedin-fixtures';

const ISSUE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'pt-PT', 'it', 'nl', 'id', 'tr', 'pl', 'vi', 'th', 'ar', 'hi', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'ru', 'uk'];

/** What each interface prints, as a user of it would see it: one example of every word kind. */
const FACEBOOK: Record<string, { label: string; author: string; area: string; composer: string; page: string }> = {
  en: { label: 'Comment by Jane Doe 9 hours ago', author: 'Author', area: '12 comments', composer: 'Write a comment…', page: 'Comment as Acme Coffee' },
  es: { label: 'Respuesta de Jane Doe al comentario de Bob Hace 4 horas', author: 'Autor', area: '1,2 mil comentarios', composer: 'Escribe un comentario…', page: 'Comentar como Acme Coffee' },
  fr: { label: 'Commentaire de Jane Doe il y a 9 heures', author: 'Auteur', area: '10 commentaires', composer: 'Écrivez un commentaire…', page: 'Commenter en tant que Acme Coffee' },
  de: { label: 'Kommentar von Jane Doe vor 9 Stunden', author: 'Autor', area: 'Weitere Kommentare ansehen', composer: 'Schreibe einen Kommentar …', page: 'Als Acme Coffee kommentieren' },
  'pt-BR': { label: 'Comentário de Jane Doe há 9 horas', author: 'Autor', area: '12 comentários', composer: 'Escreva um comentário…', page: 'Comentar como Acme Coffee' },
  'pt-PT': { label: 'Resposta de Jane Doe há 2 horas', author: 'Autora', area: 'Ver mais comentários', composer: 'Escreve um comentário…', page: 'Comentar como Acme Coffee' },
  it: { label: 'Commento di Jane Doe 9 ore fa', author: 'Autore', area: '12 commenti', composer: 'Scrivi un commento…', page: 'Commenta come Acme Coffee' },
  nl: { label: 'Reactie van Jane Doe 9 uur geleden', author: 'Auteur', area: 'Meer reacties weergeven', composer: 'Schrijf een reactie…', page: 'Reageren als Acme Coffee' },
  id: { label: 'Komentar oleh Jane Doe 9 jam yang lalu', author: 'Penulis', area: '12 komentar', composer: 'Tulis komentar…', page: 'Komentari sebagai Acme Coffee' },
  tr: { label: 'Jane Doe adlı kişinin yorumu 9 saat önce', author: 'Yazar', area: '12 yorum', composer: 'Yorum yaz…', page: 'Acme Coffee olarak yorum yap' },
  pl: { label: 'Komentarz użytkownika Jane Doe 9 godzin temu', author: 'Autor', area: '12 komentarzy', composer: 'Napisz komentarz…', page: 'Komentuj jako Acme Coffee' },
  vi: { label: 'Bình luận của Jane Doe 9 giờ trước', author: 'Tác giả', area: '12 bình luận', composer: 'Viết bình luận…', page: 'Bình luận dưới tên Acme Coffee' },
  th: { label: 'ความคิดเห็นโดย Jane Doe 9 ชั่วโมงที่แล้ว', author: 'ผู้เขียน', area: 'ความคิดเห็น 12 รายการ', composer: 'เขียนความคิดเห็น…', page: 'แสดงความคิดเห็นในนาม Acme Coffee' },
  ar: { label: 'تعليق بواسطة Jane Doe قبل 9 ساعات', author: 'المؤلف', area: '12 تعليقًا', composer: 'اكتب تعليقًا…', page: 'التعليق باسم Acme Coffee' },
  he: { label: 'תגובה של Jane Doe לפני 9 שעות', author: 'מחבר', area: '12 תגובות', composer: 'כתוב תגובה…', page: 'הגב בתור Acme Coffee' },
  hi: { label: 'Jane Doe द्वारा टिप्पणी 9 घंटे पहले', author: 'लेखक', area: '12 टिप्पणियाँ', composer: 'टिप्पणी लिखें…', page: 'Acme Coffee के रूप में टिप्पणी करें' },
  ja: { label: 'Jane Doeさんのコメント 9時間前', author: '投稿者', area: 'コメント12件', composer: 'コメントを入力…', page: 'Acme Coffeeとしてコメント' },
  ko: { label: 'Jane Doe님의 댓글 9시간 전', author: '작성자', area: '댓글 12개', composer: '댓글을 입력하세요…', page: 'Acme Coffee(으)로 댓글 달기' },
  'zh-Hans': { label: 'Jane Doe的评论 9小时前', author: '作者', area: '12条评论', composer: '写评论…', page: '以Acme Coffee的身份评论' },
  'zh-Hant': { label: 'Jane Doe的留言 9小時前', author: '作者', area: '12 則留言', composer: '撰寫留言……', page: '以Acme Coffee的身分留言' },
  ru: { label: 'Комментарий от Jane Doe 9 часов назад', author: 'Автор', area: '12 комментариев', composer: 'Напишите комментарий…', page: 'Комментировать как Acme Coffee' },
  uk: { label: 'Коментар від Jane Doe 9 годин тому', author: 'Автор', area: '12 коментарів', composer: 'Напишіть коментар…', page: 'Коментувати як Acme Coffee' },
};

const LINKEDIN: Record<string, { author: string; loadMore: string; composer: string }> = {
  en: { author: 'Author', loadMore: 'Load more comments', composer: 'Text editor for creating comment' },
  es: { author: 'Autor', loadMore: 'Cargar más comentarios', composer: 'Editor de texto para crear contenido' },
  fr: { author: 'Auteur', loadMore: 'Charger plus de commentaires', composer: 'Éditeur de texte pour créer un commentaire' },
  de: { author: 'Autor:in', loadMore: 'Weitere Kommentare laden', composer: 'Texteditor zum Erstellen von Kommentaren' },
  'pt-BR': { author: 'Autor', loadMore: 'Carregar mais comentários', composer: 'Editor de texto para criar comentário' },
  'pt-PT': { author: 'Autora', loadMore: 'Carregar mais comentários', composer: 'Editor de texto para criar conteúdo' },
  it: { author: 'Autore', loadMore: 'Carica altri commenti', composer: 'Editor di testo per creare un commento' },
  nl: { author: 'Auteur', loadMore: 'Meer opmerkingen laden', composer: 'Teksteditor voor het maken van een opmerking' },
  id: { author: 'Penulis', loadMore: 'Muat komentar lainnya', composer: 'Editor teks untuk membuat komentar' },
  tr: { author: 'Yazar', loadMore: 'Daha fazla yorum yükle', composer: 'Oluşturmak için metin düzenleyici' },
  pl: { author: 'Autor', loadMore: 'Wczytaj więcej komentarzy', composer: 'Edytor tekstu do tworzenia komentarza' },
  vi: { author: 'Tác giả', loadMore: 'Tải thêm bình luận', composer: 'Trình soạn thảo văn bản để tạo bình luận' },
  th: { author: 'ผู้เขียน', loadMore: 'โหลดความคิดเห็นเพิ่มเติม', composer: 'โปรแกรมแก้ไขข้อความสำหรับสร้างความคิดเห็น' },
  ar: { author: 'المؤلف', loadMore: 'تحميل المزيد من التعليقات', composer: 'محرر نصوص لإنشاء تعليق' },
  he: { author: 'מחבר', loadMore: 'טעינת תגובות נוספות', composer: 'עורך טקסט ליצירת תגובה' },
  hi: { author: 'लेखक', loadMore: 'और टिप्पणियाँ लोड करें', composer: 'बनाने के लिए टेक्स्ट एडिटर' },
  ja: { author: '投稿者', loadMore: 'さらにコメントを読み込む', composer: '作成用のテキストエディター' },
  ko: { author: '작성자', loadMore: '댓글 더 불러오기', composer: '작성용 텍스트 편집기' },
  'zh-Hans': { author: '作者', loadMore: '加载更多评论', composer: '用于创建评论的文本编辑器' },
  'zh-Hant': { author: '作者', loadMore: '載入更多留言', composer: '用於建立留言的文字編輯器' },
  ru: { author: 'Автор', loadMore: 'Загрузить больше комментариев', composer: 'Текстовый редактор для создания комментария' },
  uk: { author: 'Авторка', loadMore: 'Завантажити більше коментарів', composer: 'Текстовий редактор для створення коментаря' },
};

const FB_LANGS = Object.keys(FACEBOOK);
const LI_LANGS = Object.keys(LINKEDIN);
const html = (file: string) => readFileSync(file, 'utf8');
const withLang = (source: string, lang: string) => source.replace(/<html([^>]*) lang="[^"]*"/, `<html$1 lang="${lang}"`);

describe('tables for every interface language of the issue', () => {
  it('has a Facebook and a LinkedIn table for each of the 21 languages (and Hebrew), every kind filled', () => {
    for (const l of ISSUE_LANGUAGES) {
      expect(FB_LANGS).toContain(l);
      expect(LI_LANGS).toContain(l);
    }
    expect(Object.keys(FACEBOOK_WORDS).sort()).toEqual([...FB_LANGS].sort());
    expect(Object.keys(LINKEDIN_WORDS).sort()).toEqual([...LI_LANGS].sort());
    const kinds = (t: WordTable<string>) => new Set([...Object.keys(t.seen ?? {}), ...Object.keys(t.unverified ?? {})]);
    for (const t of Object.values(FACEBOOK_WORDS)) expect([...kinds(t)].sort()).toEqual(['area', 'author', 'composer', 'label']);
    for (const t of Object.values(LINKEDIN_WORDS)) expect([...kinds(t)].sort()).toEqual(['author', 'composer', 'loadMore']);
  });

  it.each([
    ['fr-FR', 'fr'], ['pt_BR', 'pt-BR'], ['pt', 'pt-BR'], ['pt-PT', 'pt-PT'], ['zh-TW', 'zh-Hant'], ['zh-Hans-CN', 'zh-Hans'],
    ['ar-EG', 'ar'], ['iw', 'he'], ['in', 'id'], ['EN-gb', 'en'],
  ])('chooses the table from <html lang="%s">', (lang, table) => {
    expect(facebookWords(lang)).toBe(facebookWords(table));
    expect(linkedinWords(lang)).toBe(linkedinWords(table));
    expect(facebookWords(lang)).not.toBeNull();
  });

  it('has no table, and so reads no word, for a language it does not know or a page without <html lang>', () => {
    for (const lang of ['sw', 'xx', '', undefined]) {
      expect(facebookWords(lang)).toBeNull();
      expect(linkedinWords(lang)).toBeNull();
    }
  });

  /** A `seen` form in a language's table is on a saved page of that language. */
  function seenOnSavedPages(tables: Record<string, WordTable<string>>, dirs: string[]) {
    const pages = dirs.flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => html(join(dir, f))));
    const lang = (page: string) => /<html[^>]* lang="([^"]+)"/.exec(page)?.[1];
    for (const [language, table] of Object.entries(tables)) {
      for (const form of Object.values(table.seen ?? {}).flat() as string[]) {
        const pattern = form
          .split(/(\{name\}|\{n\})/)
          .map((p) => (p === '{name}' ? '.+?' : p === '{n}' ? '\\d[\\d.,]*' : p.replace(/[.*+?^$()[\]{}|\\]/g, '\\$&')))
          .join('');
        const found = pages.some((p) => (facebookWords(lang(p)) === facebookWords(language) || linkedinWords(lang(p)) === linkedinWords(language)) && new RegExp(pattern).test(p));
        expect(found, `${language}: "${form}" is marked seen`).toBe(true);
      }
    }
  }

  it('marks as seen only words that are on a saved page of that language', () => {
    seenOnSavedPages(FACEBOOK_WORDS, [FIXTURE_DIR]);
    seenOnSavedPages(LINKEDIN_WORDS, [join(FIXTURE_DIR, '..', 'linkedin')]);
  });
});

describe.each(FB_LANGS)('Facebook in %s', (lang) => {
  const w = FACEBOOK[lang]!;
  const words = facebookWords(lang)!;

  it('knows each word kind as that interface prints it', () => {
    expect(words.label.test(w.label)).toBe(true);
    expect(words.author.test(w.author)).toBe(true);
    expect(words.area.test(w.area)).toBe(true);
    expect(words.composer.test(w.composer)).toBe(true);
    expect(words.composer.test(w.page)).toBe(true);
    // A badge or a button is the whole text, not a word inside a comment.
    expect(words.author.test(`${w.author} ${w.author}`)).toBe(false);
    expect(words.area.test(`${w.area} ${w.label}`)).toBe(false);
  });

  it('marks the page’s own reply by its "Author" badge, on the real structure, in the page’s language only', () => {
    const source = html(join(FIXTURE_DIR, 'identity-badges.html'));
    const read = (doc: Document) => fb.findCommentNodes(doc).map((n) => fb.readComment(n, new URL('https://www.facebook.com/acmecoffee'))).flatMap((r) => (r.ok ? [r.comment] : []));
    const translated = read(parseHtml(withLang(source, lang).replace('>Author<', `>${w.author}<`)));
    const english = read(parseHtml(withLang(source, lang)));
    expect(translated.filter((c) => c.authorIsPostAuthor).map((c) => c.authorName)).toEqual(['Acme Coffee']);
    if (lang !== 'en') expect(english.filter((c) => c.authorIsPostAuthor)).toEqual([]);
  });

  it('sees the comment area from a button or the composer, and names the page from "Comment as …"', () => {
    const page = (body: string) => parseHtml(`<html lang="${lang}"><body>${body}</body></html>`);
    expect(fb.hasCommentArea(page(`<div role="button"><span dir="auto">${w.area}</span></div>`))).toBe(true);
    expect(fb.hasCommentArea(page(`<div role="textbox" contenteditable="true" aria-label="${w.composer}"></div>`))).toBe(true);
    expect(fb.hasCommentArea(page('<div role="button"><span dir="auto">Like</span></div>'))).toBe(false);
    // Opened by its vanity address, the post written under the numeric id is the page's only if the composer acts as it.
    const vanity = new URL('https://www.facebook.com/acmecoffee/posts/pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl');
    const source = withLang(html(join(FIXTURE_DIR, 'page-post-permalink.html')), lang);
    expect(fb.readPageIdentity(parseHtml(source.replaceAll('Comment as Acme Coffee', w.page)), vanity)).toMatchObject({ slug: 'acmecoffee', id: '61550000000001' });
    if (lang !== 'en') expect(fb.readPageIdentity(parseHtml(source), vanity)?.id).toBeUndefined();
  });
});

describe.each(LI_LANGS)('LinkedIn in %s', (lang) => {
  const w = LINKEDIN[lang]!;
  const url = new URL('https://www.linkedin.com/feed/update/urn:li:activity:7510262022145234567/');

  it('marks the company’s reply by its "Author" badge and keeps the badge out of its headline', () => {
    const source = withLang(html(join(FIXTURE_DIR, '..', 'linkedin', 'sdui-post.html')), lang);
    const reply = (doc: Document) => readAll(doc, url).find((c) => c.id === '7510625844462802567')!;
    expect(reply(parseHtml(source.replace('>Author<', `>${w.author}<`)))).toMatchObject({ authorIsPostAuthor: true, authorHeadline: '12,345 followers' });
    if (lang !== 'en') expect(reply(parseHtml(source))).toMatchObject({ authorIsPostAuthor: false });
  });

  it('sees the comment area from "Load more comments" or the composer alone, in this language only', () => {
    const page = (body: string) => parseHtml(`<html lang="${lang}"><body>${body}</body></html>`);
    expect(li.hasCommentArea(page(`<button>${w.loadMore}</button>`))).toBe(true);
    expect(li.hasCommentArea(page(`<div role="textbox" contenteditable="true" aria-label="${w.composer}"></div>`))).toBe(true);
    if (lang !== 'en') {
      expect(li.hasCommentArea(page('<button>Load more comments</button>'))).toBe(false);
      expect(li.hasCommentArea(page('<div role="textbox" aria-label="Text editor for creating comment"></div>'))).toBe(false);
    }
  });
});

describe('LinkedIn’s time line, by its place in any language', () => {
  const url = new URL('https://www.linkedin.com/feed/update/urn:li:activity:7510262022145234567/');
  it.each([
    ['de', '4 Std.'], ['fr', '4 h'], ['ja', '4時間'], ['ar', '٤ س'], ['ru', '4 ч'], ['xx', '4 zz'],
  ])('%s: reads "%s" as the time and never as text, even for a comment without its text box', (lang, label) => {
    const source = withLang(html(join(FIXTURE_DIR, '..', 'linkedin', 'sdui-post.html')), lang).replace('>4h<', `>${label}<`);
    const doc = parseHtml(source);
    doc.querySelectorAll('[data-testid="expandable-text-box"]').forEach((e) => e.removeAttribute('data-testid'));
    const jane = readAll(doc, url).find((c) => c.authorName === 'Jane Doe')!;
    expect(jane.time.label).toBe(label);
    expect(jane.text).toBe('Do you ship to Canada?');
  });
});

describe('one language per tab', () => {
  it('the background hands a tab the one table its <html lang> names, and nothing for a language without one', () => {
    expect(wordTableFor('facebook', 'fr-FR')).toEqual({ language: 'fr', table: FACEBOOK_WORDS.fr });
    expect(wordTableFor('linkedin', 'zh-TW')).toEqual({ language: 'zh-Hant', table: LINKEDIN_WORDS['zh-Hant'] });
    expect(wordTableFor('facebook', 'sw')).toBeNull();
    expect(wordTableFor('facebook', '')).toBeNull();
    expect(isWordTable(wordTableFor('facebook', 'ar')!.table)).toBe(true);
  });

  it('reads a page with the table it was handed, and no other language', () => {
    const words = wordsByLanguage('a-tab', (t) => compile(formsOf(t, 'author'), true));
    expect(words('fr')).toBeNull();
    addWordTables('a-tab', { fr: wordTableFor('facebook', 'fr')!.table });
    expect(words('fr-FR')?.test('Auteur')).toBe(true);
    expect(words('en')).toBeNull();
  });

  it('refuses a handed-over table of another shape', () => {
    expect(isWordTable({ seen: { author: 'Author' } })).toBe(false);
    expect(isWordTable({ guessed: { author: ['Author'] } })).toBe(false);
    expect(isWordTable({ unverified: { author: [1] } })).toBe(false);
    expect(isWordTable(null)).toBe(false);
  });
});
