import { useEffect, useState } from 'react';
import type { ManagedPage, PageRef } from '../../utils/model';
import { PLATFORM_LABEL } from '../../utils/model';
import { STORAGE_ERROR_FRESH_MS, type LayoutWarning, type StorageError } from '../../utils/db/queries';
import { identifyActiveTabPage, sendCommand } from '../../utils/messaging/send';
import { formatAgo, interfaceLocale, plural, t } from '../../utils/i18n';
import { isAlreadyManaged } from './page-match';
import { useHostAccess } from './use-host-access';
import { pageDisplayName } from '../../utils/pages';

/** "www.linkedin.com/company/acme/posts/…" — enough of an address to recognise it. */
export function shortAddress(address: string, max = 72): string {
  let text = address;
  try {
    const url = new URL(address);
    text = `${url.hostname}${url.pathname}`;
  } catch {
    // not a URL: show it as stored
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function StorageErrorBanner({ error, now }: { error: StorageError | null; now: number }) {
  if (!error || now - error.at > STORAGE_ERROR_FRESH_MS) return null;
  return (
    <div className="banner banner-error" role="alert">
      {error.full ? (
        <>
          <strong>{t('popup.storageError.full')}</strong> ({formatAgo(now - error.at)}).{' '}
        </>
      ) : (
        <>
          <strong>{t('popup.storageError.title')}</strong> ({formatAgo(now - error.at)}): {error.message}.{' '}
        </>
      )}
      {t('popup.storageError.advice')}
    </div>
  );
}

export function LayoutWarnings({ warnings, now }: { warnings: LayoutWarning[]; now: number }) {
  if (warnings.length === 0) return null;
  return (
    <div className="banner banner-warning" role="status">
      {warnings.map(({ page, health, kind }) =>
        kind === 'times' ? (
          <p key={health.key}>
            {plural('parserHealth.unreadTimes', health.unreadTimes ?? 0, { page: pageDisplayName(page), address: shortAddress(health.url) })}
          </p>
        ) : kind === 'language' ? (
          <p key={health.key}>
            {t('parserHealth.unknownLanguage', {
              page: pageDisplayName(page),
              platform: PLATFORM_LABEL[health.platform],
              language: health.unknownLanguage ?? '',
              address: shortAddress(health.url),
            })}
          </p>
        ) : (
        <p key={health.key}>
          {t('popup.layoutWarning', { platform: PLATFORM_LABEL[health.platform], address: shortAddress(health.url) })}{' '}
          <span className="muted">{t('popup.layoutWarningChecked', { page: pageDisplayName(page), ago: formatAgo(now - health.checkedAt) })}</span>
        </p>
        ),
      )}
    </div>
  );
}

/** The page in the active tab, when it is a platform page. Asked once when the popup opens. */
function useActiveTabPage(): PageRef | null {
  const [page, setPage] = useState<PageRef | null>(null);
  useEffect(() => {
    let live = true;
    identifyActiveTabPage()
      .then((found) => {
        if (live) setPage(found);
      })
      .catch(() => undefined); // no tab access: simply no offer to track
    return () => {
      live = false;
    };
  }, []);
  return page;
}

/** Offers to manage the page in the active tab when it is a Facebook or LinkedIn page we don't track yet. */
export function TrackThisPage({ pages }: { pages: readonly ManagedPage[] }) {
  const activePage = useActiveTabPage();
  const [state, setState] = useState<{ kind: 'idle' | 'adding' | 'added' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  if (!activePage?.url) return null;
  if (state.kind === 'added') {
    return (
      <div className="banner banner-info" role="status">
        {activePage.name ? t('popup.track.nowTracking', { name: activePage.name }) : t('popup.track.nowTrackingUnnamed')}
      </div>
    );
  }
  if (isAlreadyManaged(activePage, pages)) return null;

  const track = async () => {
    setState({ kind: 'adding' });
    const result = await sendCommand({
      type: 'add-page',
      address: activePage.url!,
      ...(activePage.name && { name: activePage.name, nameFromPage: true }),
    });
    setState(result.ok ? { kind: 'added' } : { kind: 'error', message: result.error });
  };

  return (
    <div className="banner banner-info track">
      <p>
        {activePage.name ? (
          <>
            <strong>{activePage.name}</strong> {t('popup.track.notTrackedNamed', { platform: PLATFORM_LABEL[activePage.platform] })}
          </>
        ) : (
          t('popup.track.notTracked', { platform: PLATFORM_LABEL[activePage.platform] })
        )}
      </p>
      <button type="button" className="action primary" disabled={state.kind === 'adding'} onClick={track}>
        {t('popup.track.button')}
      </button>
      {state.kind === 'error' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}

/** "Facebook and LinkedIn": the platforms whose sites the browser doesn't let us read, in the interface's language. */
function platformsOf(origins: string[]): string {
  const labels = Object.entries(PLATFORM_LABEL)
    .filter(([platform]) => origins.some((origin) => origin.includes(`${platform}.com`)))
    .map(([, label]) => label);
  return new Intl.ListFormat(interfaceLocale(), { type: 'conjunction' }).format(labels);
}

/** Says when the browser withholds access to Facebook or LinkedIn, and asks for it again. */
export function HostAccessBanner() {
  const { missing, request } = useHostAccess();
  if (missing.length === 0) return null;
  return (
    <div className="banner banner-error host-access" role="alert">
      <p>{t('hostAccess.missing', { sites: platformsOf(missing) })}</p>
      <button type="button" className="action primary" onClick={request}>
        {t('hostAccess.allow')}
      </button>
    </div>
  );
}
