import type { Page } from 'playwright-core';

export function seedComments(page: Page, options: { from?: number; count: number; now?: number; chunk?: number }): Promise<void>;
export function storedCount(page: Page): Promise<number>;
export function storageEstimate(page: Page): Promise<{ usage: number; quota: number; indexedDB: number }>;
export interface StoragePoint {
  stored: number;
  usage: number;
  bytesPerComment: number;
  quota: number;
}
export function runStorage(options: { extensionDir: string; sizes?: number[]; log?: (message: string) => void }): Promise<{ empty: number; points: StoragePoint[] }>;
export function printStorage(result: { empty: number; points: StoragePoint[] }): void;
