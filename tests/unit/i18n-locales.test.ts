// Every language file says everything English says, with the same blanks to fill, and every plural
// has the forms its language's rules ask for: a missing key would show English in the middle of French.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, chromeMessages, localeFiles } from './support/i18n';

const PLURAL_CATEGORY = /\.(zero|one|two|few|many|other)$/;

interface Entry {
  key: string;
  message: string;
}

async function entries(file: string): Promise<Entry[]> {
  const parsed = await parseMessagesFile(file);
  return parsed
    .filter((message) => !message.key[0]?.startsWith('@@'))
    .map((message) => ({ key: message.key.join('.'), message: 'message' in message ? String(message.message) : '' }));
}

function blanks(message: string): string[] {
  const named = [...message.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((match) => `{${match[1]}}`);
  const positional = [...message.matchAll(/(?<!\$)\$([1-9])/g)].map((match) => `$${match[1]}`);
  return [...new Set([...named, ...positional])].sort();
}

/** "popup.waiting" for "popup.waiting.one" and "popup.waiting.other"; any other key as it is. */
function messageId(key: string): string {
  return key.replace(PLURAL_CATEGORY, '');
}

const files = localeFiles();
const english = files.find(({ locale }) => locale === 'en');

describe('locale files', () => {
  it('include English and the seven other languages we promise', () => {
    expect(files.map(({ locale }) => locale).sort()).toEqual(['de', 'en', 'es', 'fr', 'id', 'it', 'nl', 'pt_BR']);
    expect(english).toBeDefined();
  });

  describe.each(files.filter(({ locale }) => locale !== 'en'))('$locale', ({ locale, file }) => {
    it('has every message English has, and nothing English lacks', async () => {
      const reference = new Set((await entries(english!.file)).map(({ key }) => messageId(key)));
      const own = new Set((await entries(file)).map(({ key }) => messageId(key)));
      expect([...reference].filter((id) => !own.has(id)), 'missing').toEqual([]);
      expect([...own].filter((id) => !reference.has(id)), 'not in English').toEqual([]);
    });

    it('fills the same blanks as English in every message', async () => {
      const reference = new Map<string, string[]>();
      for (const { key, message } of await entries(english!.file)) reference.set(messageId(key), blanks(message));
      const mismatches = (await entries(file))
        .filter(({ key }) => key !== 'locale')
        .filter(({ key, message }) => {
          // A singular or dual form may say its number in words ("dernier jour"); `other` never can.
          const countImplied = PLURAL_CATEGORY.test(key) && !key.endsWith('.other');
          const relevant = (list: string[]) => (countImplied ? list.filter((blank) => blank !== '{count}') : list);
          const expected = relevant(reference.get(messageId(key)) ?? []);
          return JSON.stringify(relevant(blanks(message))) !== JSON.stringify(expected);
        })
        .map(({ key, message }) => `${key}: "${message}" (English: ${reference.get(messageId(key))?.join(' ')})`);
      expect(mismatches).toEqual([]);
    });
  });

  describe.each(files)('$locale', ({ locale, file }) => {
    it('names its own language, as Intl knows it', async () => {
      const tag = (await chromeMessages(locale)).locale?.message;
      expect(tag?.replace('-', '_')).toBe(locale);
      expect(Intl.PluralRules.supportedLocalesOf([tag!])).toEqual([tag]);
    });

    it('gives each plural exactly the forms its language distinguishes', async () => {
      const categories = new Intl.PluralRules((await chromeMessages(locale)).locale!.message).resolvedOptions().pluralCategories;
      const forms = new Map<string, string[]>();
      for (const { key } of await entries(file)) {
        const match = PLURAL_CATEGORY.exec(key);
        if (match) forms.set(messageId(key), [...(forms.get(messageId(key)) ?? []), match[1]!]);
      }
      for (const [id, present] of forms) expect(present.sort(), id).toEqual([...categories].sort());
    });

    it('keeps the store description within the 132 characters browsers accept', async () => {
      const description = (await chromeMessages(locale)).extension_description?.message ?? '';
      expect(description.length).toBeGreaterThan(0);
      expect(description.length).toBeLessThanOrEqual(132);
    });

    it('has a store listing whose short description is the one the browser shows', async () => {
      const listing = join(LOCALES_DIR, '..', 'docs', 'store-listing', `${locale}.md`);
      expect(existsSync(listing), listing).toBe(true);
      const description = (await chromeMessages(locale)).extension_description?.message ?? '';
      expect(readFileSync(listing, 'utf8')).toContain(description);
    });
  });
});
