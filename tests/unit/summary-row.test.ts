// A collapsed "‹Page› replied · 1 reply" row answers a comment when it names the page, decided by the
// page's name and never by the verb, so the same holds in every interface language.
import { rowNamesPage } from '../../utils/rules/summary-row';

describe('rowNamesPage', () => {
  it.each([
    ['Acme Coffee replied', 'en'],
    ['Acme Coffee respondió', 'es'],
    ['Acme Coffee a répondu', 'fr'],
    ['Acme Coffee hat geantwortet', 'de'],
    ['Acme Coffee respondeu', 'pt'],
    ['Acme Coffee ha risposto', 'it'],
    ['Acme Coffee heeft gereageerd', 'nl'],
    ['Acme Coffee membalas', 'id'],
    ['Acme Coffee yanıtladı', 'tr'],
    ['Acme Coffee ответил(а)', 'ru'],
    ['Acme Coffeeさんが返信しました', 'ja'],
    ['Acme Coffee님이 답글을 남겼습니다', 'ko'],
    ['Acme Coffee已回复', 'zh-Hans'],
    ['ردّ Acme Coffee', 'ar (verb first)'],
    ['acme coffee replied', 'another case'],
    ['Acme Coffee and 2 others replied', 'the page among others'],
  ])('"%s" names the page (%s)', (row) => {
    expect(rowNamesPage(row, 'Acme Coffee')).toBe(true);
  });

  it.each([
    ['Lena Park replied', 'a visitor'],
    ['Acme Coffee Fans replied', 'a longer name starting with the page’s'],
    ['Acme Coffee Fans a répondu', 'the same in French'],
    ['Acme Coffeehouse replied', 'a name glued to the page’s'],
    ['Lena Park, Acme Coffee replied', 'a list: not the page alone at an end'],
    ['Acme Coffee, Lena Park replied', 'a list starting with the page'],
    ['Friends of Acme Coffee', 'the name inside another'],
    ['', 'nothing'],
  ])('"%s" does not (%s)', (row) => {
    expect(rowNamesPage(row, 'Acme Coffee')).toBe(false);
  });
});
