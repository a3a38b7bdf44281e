// Every unit test gets a fresh in-memory IndexedDB, a reset fake browser, and the interface in English.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLanguage } from './unit/support/i18n';

beforeEach(async () => {
  fakeBrowser.reset();
  await useLanguage('en', 'en-US');
});
