// Every unit test gets a fresh in-memory IndexedDB, a reset fake browser, and the interface in English.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addAllWordTables } from '../utils/adapters/word-tables';
import { useLanguage } from './unit/support/i18n';

// Adapters read with every interface language's words, as a tab does once the background handed it its page's table.
addAllWordTables();

beforeEach(async () => {
  fakeBrowser.reset();
  await useLanguage('en', 'en-US');
});
