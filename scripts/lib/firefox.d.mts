// Types for the Firefox launcher, so the TypeScript Firefox tests use it checked.
import type { Browser, Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR: string;
export const EXTENSION_UUID: string;
export const EXTENSION_ORIGIN: string;
export function firefoxPath(): string;
export interface LaunchedFirefox {
  browser: Browser;
  errors(): string[];
  output(): string;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}
export function launchFirefoxWithExtension(options?: { extensionDir?: string }): Promise<LaunchedFirefox>;
export function newPlatformPage(browser: Browser, routes: Record<string, string>): Promise<Page>;
export function sendCommand(page: Page, message: unknown): Promise<{ ok: boolean; error?: string; value?: unknown }>;
export function addManagedPages(firefox: LaunchedFirefox, pages: Array<{ address: string; name?: string }>): Promise<void>;
export function readBadge(extensionPage: Page): Promise<{ text: string; color: number[]; title: string }>;
export function readStore<T = Record<string, unknown>>(extensionPage: Page, store: string): Promise<T[]>;
