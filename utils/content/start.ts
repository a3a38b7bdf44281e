import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../adapters/types';
import { watchPage } from './page-session';

/**
 * What every platform's content script does, given its adapter. One script
 * per platform, so a Facebook tab never downloads LinkedIn's selectors.
 */
export function startContentScript(adapter: PlatformAdapter, ctx: ContentScriptContext): void {
  // "Track this page" in the popup asks us who this page is.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type !== 'identify-page') return undefined;
    return Promise.resolve(adapter.readPageIdentity(document, new URL(location.href)));
  });
  void watchPage(adapter, ctx);
}
