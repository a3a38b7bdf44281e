import type { Runtime } from 'webextension-polyfill';
import { platformOfHost } from '../model';

/**
 * Who may talk to the background. Content scripts run inside pages we don't
 * control, so their messages are only taken from our own extension, from a
 * tab on a platform host. Commands that change data are only taken from our
 * own extension pages.
 */
export type SenderKind = 'content' | 'extension-page' | 'unknown';

export function classifySender(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'unknown';
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab && isPlatformPage(url)) return 'content';
  return 'unknown';
}

function isPlatformPage(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && platformOfHost(url.hostname) !== null;
  } catch {
    return false;
  }
}
