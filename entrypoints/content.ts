import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForUrl } from '../utils/adapters';
import { watchPage } from '../utils/content/page-session';

// Wiring only. The content script reads; the background decides and writes.
export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForUrl(new URL(location.href));
    if (!adapter) return;
    // "Track this page" in the popup asks us who this page is.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string } | null)?.type !== 'identify-page') return undefined;
      return Promise.resolve(adapter.readPageIdentity(document, new URL(location.href)));
    });
    void watchPage(adapter, ctx);
  },
});
