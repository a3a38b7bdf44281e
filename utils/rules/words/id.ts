import type { LanguageWords } from './types';

export const id: LanguageWords = {
  language: 'id',
  common: [
    'yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'saya', 'aku', 'kami', 'kita', 'anda', 'kamu', 'tidak', 'tak', 'gak',
    'nggak', 'ga', 'sudah', 'udah', 'belum', 'sangat', 'banget', 'tapi', 'untuk', 'dengan', 'ada', 'makasih', 'terima',
    'kasih', 'juga', 'hari', 'lagi', 'bisa', 'mau', 'sih', 'dong', 'kok', 'kak', 'pesanan', 'masih', 'admin',
  ],
  questionOpeners: [
    'apa', 'apakah', 'kapan', 'di mana', 'dimana', 'ke mana', 'kemana', 'dari mana', 'darimana', 'siapa', 'mengapa',
    'kenapa', 'bagaimana', 'gimana', 'berapa', 'yang mana', 'bisakah', 'bolehkah', 'adakah', 'dapatkah', 'ada yang tahu',
    'ada yang tau', 'bisa kirim', 'bisa pesan', 'masih buka',
  ],
  notQuestions: ['apa kabar', 'apa pun', 'apapun', 'siapa pun', 'siapapun', 'bagaimanapun', 'berapa pun'],
  complaints: [
    'pengembalian dana', 'uang kembali', 'kembalikan uang', 'balikin uang', 'refund', 'rusak', 'penipuan', 'penipu',
    'menipu', 'ditipu', 'kecewa', 'mengecewakan', 'buruk', 'jelek', 'payah', 'lambat', 'telat', 'terlambat',
    'tidak berfungsi', 'tidak bisa dipakai', 'gak bisa dipakai', 'masih menunggu', 'belum sampai', 'belum datang',
    'tidak ada respon', 'gak ada respon', 'ga ada respon', 'tidak dibalas', 'komplain', 'keluhan', 'kapok', 'menyesal',
    'nyesel', 'dibatalkan', 'batalkan', 'cacat', 'zonk', 'tidak sopan',
  ],
};
