import { browser } from 'wxt/browser';
import type { PlatformAdapter } from '../adapters/types';
import type { ContentContext } from './context';
import { watchPage } from './page-session';

/**
 * What every platform's content script does, given its adapter. One script
 * per platform, so a Facebook tab never downloads LinkedIn's selectors.
 */
export function startContentScript(adapter: PlatformAdapter, ctx: ContentContext): void {
  // "Track this page" in the popup asks us who this page is. Answered through sendResponse: content
  // scripts use the browser's native API, where a returned promise is not an answer everywhere.
  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if ((message as { type?: string } | null)?.type !== 'identify-page') return undefined;
    sendResponse(adapter.readPageIdentity(document, new URL(location.href)));
    return undefined;
  });
  void watchPage(adapter, ctx);
}
