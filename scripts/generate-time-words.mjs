// Writes utils/time/words/cldr.generated.ts: the time words of each interface language we read,
// taken from Unicode CLDR (cldr-units-full, cldr-dates-full) rather than typed by hand.
//   node scripts/generate-time-words.mjs          write the table
//   node scripts/generate-time-words.mjs --check  exit 1 if the committed table differs
// tests/unit/time-words.test.ts runs the same check, so the table can't drift from its source.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(ROOT, 'utils', 'time', 'words', 'cldr.generated.ts');

/** Our table name → the CLDR locale it is built from. */
export const LANGUAGES = {
  en: 'en', es: 'es', fr: 'fr', de: 'de', 'pt-BR': 'pt', 'pt-PT': 'pt-PT', it: 'it', nl: 'nl', id: 'id', tr: 'tr',
  pl: 'pl', vi: 'vi', th: 'th', ar: 'ar', he: 'he', hi: 'hi', ja: 'ja', ko: 'ko', 'zh-Hans': 'zh', 'zh-Hant': 'zh-Hant',
  ru: 'ru', uk: 'uk',
};
const UNITS = { second: 'seconds', minute: 'minutes', hour: 'hours', day: 'days', week: 'weeks', month: 'months', year: 'years' };

const json = (pkg, locale, file) => require(`${pkg}/main/${locale}/${file}.json`).main[locale];
/** Labels are compared lower-cased with plain spaces; CLDR uses no-break and narrow spaces. */
const clean = (s) => s.normalize('NFKC').replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();
/** A unit word as it stands after its number: "Std." → "std", "sett." → "sett". */
const token = (s) => clean(s).replace(/\.$/, '');
const patterns = (o) => Object.entries(o ?? {}).filter(([k]) => k.startsWith('unitPattern-count') || k.startsWith('relativeTimePattern-count')).map(([, v]) => v);
/** A CLDR date pattern as date-fns parses it: lower-cased literals, plain spaces. */
const datePattern = (p) => p.replace(/[\u00a0\u202f]/g, ' ').replace(/'([^']*)'/g, (_, lit) => `'${lit.toLowerCase()}'`);

function unitsOf(locale) {
  const units = json('cldr-units-full', locale, 'units').units;
  const fields = json('cldr-dates-full', locale, 'dateFields').dates.fields;
  const seen = new Map(); // token → units it names
  const add = (word, unit) => {
    const t = token(word);
    if (!t || /[\d()]/.test(t)) return;
    if (!seen.has(t)) seen.set(t, new Set());
    seen.get(t).add(unit);
  };
  const before = new Set(), after = new Set();
  for (const [cldr, unit] of Object.entries(UNITS)) {
    for (const width of ['long', 'short', 'narrow']) {
      for (const p of patterns(units[width]?.[`duration-${cldr}`])) add(p.replace('{0}', ''), unit);
    }
    for (const suffix of ['', '-short', '-narrow']) {
      const field = fields[`${cldr}${suffix}`];
      if (!field) continue;
      add(field.displayName ?? '', unit);
      // "il y a {0} heures", "vor {0} Stunden", "{0} 時間前": the unit word after the number, "ago" around both.
      for (const p of patterns(field['relativeTime-type-past'])) {
        // Forms without a number ("قبل يومين", two days ago) name their count in words: left out.
        if (!p.includes('{0}')) continue;
        const [head = '', tail = ''] = p.split('{0}');
        const words = clean(tail).split(' ');
        // The unit word is the first word after the number (or the whole tail where words aren't spaced).
        const unitWord = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(clean(tail))
          ? null
          : words[0];
        if (unitWord) add(unitWord, unit);
        const rest = unitWord ? words.slice(1).join(' ') : '';
        if (clean(head) && !/^[+-]$|[()]/.test(clean(head))) before.add(clean(head));
        if (rest) after.add(rest);
        // Unspaced scripts: "{0} 時間前", "{0}시간 전", "{0}小时前": the unit is a known word, "ago" what follows it.
        if (!unitWord) {
          const t = clean(tail);
          const w = [...seen.keys()].sort((a, b) => b.length - a.length).find((k) => t.startsWith(k));
          if (w && t.length > w.length) after.add(t.slice(w.length).trim());
        }
      }
    }
  }
  const table = {};
  const ambiguous = [];
  for (const [t, set] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (set.size === 1) table[t] = [...set][0];
    else ambiguous.push(t);
  }
  return { units: table, ambiguous, before: [...before].sort(), after: [...after].filter(Boolean).sort() };
}

function datesOf(locale) {
  const greg = json('cldr-dates-full', locale, 'ca-gregorian').dates.calendars.gregorian;
  const fields = json('cldr-dates-full', locale, 'dateFields').dates.fields;
  const af = greg.dateTimeFormats.availableFormats;
  // Only patterns with a month name: a numeric date ("03/04") means different days in different countries.
  const dates = [greg.dateFormats.full, greg.dateFormats.long, greg.dateFormats.medium, af.MMMMd, af.MMMd, af.yMMMd, af.yMMMMd, af.MMMMEd, af.MMMEd]
    .filter((p) => p && /MMM|M月|M월/.test(p))
    .map(datePattern);
  const times = [af.Hm, af.hm].filter(Boolean).map(datePattern);
  const atTime = Object.values(greg['dateTimeFormats-atTime']?.standard ?? {}).concat(greg.dateTimeFormats.long, greg.dateTimeFormats.short);
  const uniq = (xs) => [...new Set(xs)];
  return {
    dates: uniq(dates),
    times: uniq(times),
    joiners: uniq(atTime.filter((p) => typeof p === 'string').map(datePattern)),
    now: uniq([fields.second?.['relative-type-0'], fields['second-short']?.['relative-type-0']].filter(Boolean).map(clean)),
    yesterday: uniq([fields.day?.['relative-type--1'], fields['day-short']?.['relative-type--1']].filter(Boolean).map(clean)),
    today: uniq([fields.day?.['relative-type-0'], fields['day-short']?.['relative-type-0']].filter(Boolean).map(clean)),
  };
}

export function build() {
  const out = {};
  for (const [name, locale] of Object.entries(LANGUAGES)) out[name] = { cldr: locale, ...unitsOf(locale), ...datesOf(locale) };
  const version = require('cldr-units-full/package.json').version;
  return `// Generated by scripts/generate-time-words.mjs from Unicode CLDR ${version} (cldr-units-full, cldr-dates-full).
// Do not edit: change the generator or the checked words in facebook.ts. Every string here comes from CLDR.
// Unit words CLDR gives two different units in one language are left out (\`ambiguous\`): never guessed.
import type { CldrTimeWords } from './types';

export const CLDR_TIME_WORDS: Record<string, CldrTimeWords> = ${JSON.stringify(out, null, 2)};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = build();
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUTPUT, 'utf8') === text;
    if (!same) console.error(`${OUTPUT} is out of date: run node scripts/generate-time-words.mjs`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${OUTPUT}`);
}
