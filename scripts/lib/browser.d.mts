// Types for the shared launcher, so the TypeScript e2e tests use it checked.
import type { BrowserContext, Page, Worker } from 'playwright-core';

export const ROOT: string;
export const EXTENSION_DIR: string;
export function chromiumPath(): string;
export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  currentWorker(): Worker;
  close(): Promise<void>;
}
export function launchWithExtension(options?: { headless?: boolean; extensionDir?: string; args?: string[] }): Promise<LaunchedBrowser>;
export function servePages(context: BrowserContext, routes: Record<string, string>): Promise<void>;
export function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page>;
export function sendCommand(page: Page, message: unknown): Promise<{ ok: boolean; error?: string; value?: unknown }>;
export function addManagedPages(context: BrowserContext, extensionId: string, pages: Array<{ address: string; name?: string }>): Promise<void>;
export function readBadge(worker: Worker): Promise<{ text: string; color: number[]; title: string }>;
export function waitFor<T>(check: () => Promise<T> | T, what: string, options?: { timeout?: number; interval?: number }): Promise<NonNullable<T>>;
export const SAMPLE_PAGES: {
  facebookPost: { url: string; file: string };
  facebookNotifications: { url: string; file: string };
  linkedinPost: { url: string; file: string };
};
export const SAMPLE_MANAGED_PAGES: Array<{ address: string; name: string }>;
