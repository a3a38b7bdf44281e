import type { Platform } from '../../utils/model';
import { identityFromAddress } from '../../utils/rules';

const HOSTS: Record<string, Platform> = {
  'facebook.com': 'facebook',
  'www.facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'linkedin.com': 'linkedin',
  'www.linkedin.com': 'linkedin',
};

const EXAMPLES = 'like https://www.facebook.com/yourpage or https://www.linkedin.com/company/yourpage';

/**
 * A quick check of what the user typed, so an obvious mistake is explained
 * next to the field. The background decides for real which page it names.
 */
export function checkPageAddress(typed: string): { ok: true; address: string } | { ok: false; error: string } {
  const trimmed = typed.trim();
  if (!trimmed) return { ok: false, error: `Enter the page's address, ${EXAMPLES}.` };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `That doesn't look like an address. Enter one ${EXAMPLES}.` };
  }
  const platform = HOSTS[url.hostname.toLowerCase()];
  if (!platform || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return { ok: false, error: `Reply Radar works with Facebook and LinkedIn pages. Enter an address ${EXAMPLES}.` };
  }
  const identity = identityFromAddress(url.href, platform);
  if (identity?.person) {
    return { ok: false, error: "That is a person's profile. Enter the address of the page you manage." };
  }
  if (!identity) {
    return { ok: false, error: `That address doesn't name a page. Open the page itself and copy its address, ${EXAMPLES}.` };
  }
  return { ok: true, address: url.href };
}
