export interface GeneratedPage {
  platform: 'facebook' | 'linkedin';
  url: string;
  html: string;
}
export const BATCH: number;
/** The saved Facebook post with a page script (`window.__rrBench.growTo(n)`) that appends generated comments. */
export function facebookPage(): GeneratedPage;
/** The saved LinkedIn post with the same page script. */
export function linkedinPage(): GeneratedPage;
