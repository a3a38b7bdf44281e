import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedinAdapter } from '../../utils/adapters/linkedin';
import { startContentScript } from '../../utils/content/start';

// Wiring only. The content script reads; the background decides and writes.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(linkedinAdapter, ctx),
});
