/**
 * Which of our tables a page's `<html lang>` names ("fr", "de-DE", "pt_BR",
 * "zh-Hant-TW"), shared by the time words (background) and the adapters' own
 * words (content scripts), so both read a page in the same language.
 */

// `<html lang>` values that name a table other than by their base language.
const ALIASES: Record<string, string> = {
  pt: 'pt-BR', 'pt-br': 'pt-BR', 'pt-pt': 'pt-PT', 'pt-ao': 'pt-PT', 'pt-mz': 'pt-PT',
  zh: 'zh-Hans', 'zh-cn': 'zh-Hans', 'zh-sg': 'zh-Hans', 'zh-hans': 'zh-Hans',
  'zh-tw': 'zh-Hant', 'zh-hk': 'zh-Hant', 'zh-mo': 'zh-Hant', 'zh-hant': 'zh-Hant',
  iw: 'he', in: 'id',
};

/** The name among `known` that `lang` asks for, or null when it asks for none of them. */
export function pageLanguage(lang: string | null | undefined, known: readonly string[]): string | null {
  const tag = (lang ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (!tag) return null;
  const parts = tag.split('-');
  for (let n = parts.length; n > 0; n--) {
    const t = parts.slice(0, n).join('-');
    const alias = ALIASES[t];
    const hit = alias && known.includes(alias) ? alias : known.find((l) => l.toLowerCase() === t);
    if (hit) return hit;
  }
  return null;
}
