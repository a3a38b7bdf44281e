import { browser } from 'wxt/browser';
import type { PageRef } from '../model';
import type { CommandMessage, ContentMessage } from './protocol';
import { t } from '../i18n/messages';

/** What the background answers to a command. Errors are sentences a user can read. */
/**
 * A command's answer. A refusal says why in the interface's language (`error`), and, when a caller
 * may act on it whatever the language, what it is (`code`).
 */
export type CommandResult<T = unknown> = { ok: true; value?: T } | { ok: false; error: string; code?: CommandErrorCode };

/** Refusals a caller tells apart: `already-tracked`, the page added is one already managed. */
export type CommandErrorCode = 'already-tracked';

/** Send a command from an extension page (popup, options, insights) to the background. */
export async function sendCommand<T = unknown>(message: CommandMessage): Promise<CommandResult<T>> {
  try {
    const result = (await browser.runtime.sendMessage(message)) as CommandResult<T> | undefined;
    return result ?? { ok: false, error: t('errors.noAnswer') };
  } catch (error) {
    return { ok: false, error: t('errors.unavailable', { reason: String(error) }) };
  }
}

/** Send what the content script saw. Fire-and-forget: a page must never wait on us. */
export async function sendFromContent<T = unknown>(message: ContentMessage): Promise<T | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as T;
  } catch {
    // The extension was reloaded or the worker is starting; the observer resends on the next batch.
    return undefined;
  }
}

/** Message the popup sends to a tab's content script. */
export interface IdentifyPageRequest {
  type: 'identify-page';
}

/** The page shown in the active tab (name and address read from its DOM), or null when it isn't a platform page. */
export async function identifyActiveTabPage(): Promise<PageRef | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    const request: IdentifyPageRequest = { type: 'identify-page' };
    return ((await browser.tabs.sendMessage(tab.id, request)) as PageRef | null) ?? null;
  } catch {
    return null; // no content script there (not Facebook/LinkedIn)
  }
}
