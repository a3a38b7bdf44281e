// axe-core in a real page, and its findings in words a reader can act on.
// Extension pages' CSP blocks inline <script> tags; evaluating over the
// DevTools protocol is not subject to it, so axe's source goes in that way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What fails a page: a user is blocked or badly hindered. */
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

const OPTIONS: RunOptions = {
  resultTypes: ['violations'],
  // Label in name (WCAG 2.5.3) is still marked experimental in axe, so off unless asked for.
  rules: { 'label-content-name-mismatch': { enabled: true } },
};

/** Run axe over the whole page as it is now (menus and dialogs as they stand open). */
export async function runAxe(page: Page): Promise<AxeResults> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate((options) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, options), OPTIONS);
}

/** Serious and critical violations only. */
export function blocking(results: AxeResults): Result[] {
  return results.violations.filter((violation) => violation.impact && BLOCKING.includes(violation.impact));
}

/**
 * "[serious] color-contrast: Elements must meet minimum color contrast ratio thresholds
 *    .overdue-count: Element has insufficient color contrast of 4.05 (foreground color: #d93025, …)"
 */
export function describeViolations(where: string, violations: readonly Result[]): string {
  if (violations.length === 0) return `${where}: no serious or critical violation`;
  const lines = violations.flatMap((violation) => [
    `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.map((node) => {
      const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').replace(/^Fix (any|all) of the following: /, '');
      return `    ${node.target.join(' ')}: ${summary}\n      ${node.html.slice(0, 200)}`;
    }),
  ]);
  return `${where}: ${violations.length} serious or critical violation(s)\n${lines.join('\n')}`;
}

/** Audit the page in one colour scheme; returns a readable report of what blocks, empty when nothing does. */
export async function auditInScheme(page: Page, where: string, colorScheme: 'light' | 'dark'): Promise<string> {
  await page.emulateMedia({ colorScheme });
  // Let the scheme's styles apply before axe reads computed colours.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const found = blocking(await runAxe(page));
  return found.length === 0 ? '' : describeViolations(`${where} (${colorScheme})`, found);
}

/** Audit in light and dark; one readable report of everything that blocks, empty when nothing does. */
export async function auditBothSchemes(page: Page, where: string): Promise<string> {
  const reports = [await auditInScheme(page, where, 'light'), await auditInScheme(page, where, 'dark')];
  await page.emulateMedia({ colorScheme: 'light' });
  return reports.filter(Boolean).join('\n\n');
}
