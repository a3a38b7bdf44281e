import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '../../utils/adapters/facebook';
import { startContentScript } from '../../utils/content/start';

// Wiring only. The content script reads; the background decides and writes.
export default defineContentScript({
  // web.facebook.com is desktop Facebook in several countries (Indonesia, the Philippines).
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(facebookAdapter, ctx),
});
