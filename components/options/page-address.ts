import { parsePageAddress } from '../../utils/pages';

/**
 * A check of what the user typed before anything is sent, so a mistake is
 * explained next to the field. The same parser the background uses decides.
 */
export function checkPageAddress(typed: string): { ok: true; address: string } | { ok: false; error: string } {
  const parsed = parsePageAddress(typed);
  return parsed.ok ? { ok: true, address: parsed.ref.url } : parsed;
}
