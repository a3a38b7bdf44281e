import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HostAccessBanner } from '../../components/popup/Banners';
import { useLanguage } from './support/i18n';

// Firefox lets a user withdraw a Manifest V3 extension's site access, Chrome lets them restrict it:
// then nothing is captured, and the popup must say so and offer to ask again.

const ORIGINS = ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.linkedin.com/*'];

function browserGranting(initially: string[]) {
  const granted = new Set(initially);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Reply Radar', version: '0.1.0', host_permissions: ORIGINS });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((o) => granted.has(o)));
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    for (const origin of origins) granted.add(origin);
    return true;
  });
  return { request };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the popup when the browser withholds access to the platforms', () => {
  it('names the sites it cannot read and asks for them again when the button is clicked', async () => {
    const { request } = browserGranting(['https://www.linkedin.com/*']);
    render(<HostAccessBanner />);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain("Reply Radar can't read Facebook:");
    expect(banner.textContent).not.toContain('LinkedIn');

    await userEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    expect(request).toHaveBeenCalledWith({ origins: ORIGINS });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('names both platforms, in the interface language, when neither may be read', async () => {
    await useLanguage('es', 'es-ES');
    browserGranting([]);
    render(<HostAccessBanner />);
    expect((await screen.findByRole('alert')).textContent).toContain('Reply Radar no puede leer Facebook y LinkedIn');
  });

  it('says nothing when every site is allowed', async () => {
    const { request } = browserGranting(ORIGINS);
    render(<HostAccessBanner />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });
});
