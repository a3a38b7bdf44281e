import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '../../utils/adapters/facebook';
import { startContentScript } from '../../utils/content/start';

// Wiring only. The content script reads; the background decides and writes.
export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(facebookAdapter, ctx),
});
