import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** The sites Reply Radar reads, as its manifest asks for them. */
function platformOrigins(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

/**
 * The platform sites the browser doesn't let us read: Firefox lets the user withdraw a Manifest V3
 * extension's host permissions, Chrome lets them restrict its site access. Without them no content
 * script runs and nothing is captured, silently; the popup says so. Follows the user granting or
 * withdrawing access while the popup is open.
 */
export function useHostAccess(): { missing: string[]; request: () => void } {
  const [missing, setMissing] = useState<string[]>([]);

  const check = useCallback(async () => {
    try {
      const origins = platformOrigins();
      const granted = await Promise.all(origins.map((origin) => browser.permissions.contains({ origins: [origin] })));
      setMissing(origins.filter((_, i) => !granted[i]));
    } catch {
      setMissing([]); // no permissions API here: nothing we could offer to fix
    }
  }, []);

  useEffect(() => {
    void check();
    const onChange = () => void check();
    try {
      browser.permissions.onAdded.addListener(onChange);
      browser.permissions.onRemoved.addListener(onChange);
    } catch {
      return undefined;
    }
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [check]);

  // Called straight from the click: browsers only ask the user for a permission inside a user gesture.
  const request = useCallback(() => {
    browser.permissions
      .request({ origins: platformOrigins() })
      .then(() => check())
      .catch(() => undefined);
  }, [check]);

  return { missing, request };
}
