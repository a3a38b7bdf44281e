import { browser } from 'wxt/browser';
import type { ManagedPage } from '../../utils/model';
import { PLATFORM_LABEL } from '../../utils/model';
import { formatAgo, t } from '../../utils/i18n';
import { safePlatformHref } from '../shared/safe-link';
import { pageDisplayName } from '../../utils/pages';

export function openSettings() {
  void browser.runtime.openOptionsPage();
}

export function FirstRun() {
  return (
    <section className="empty first-run" aria-labelledby="first-run-title">
      <div className="empty-art" aria-hidden="true">
        ◎
      </div>
      <h2 id="first-run-title">{t('popup.firstRun.title')}</h2>
      <p>{t('popup.firstRun.text')}</p>
      <button type="button" className="action primary big" onClick={openSettings}>
        {t('popup.firstRun.button')}
      </button>
    </section>
  );
}

interface CaughtUpProps {
  pages: readonly ManagedPage[];
  lastChecked: ReadonlyMap<string, number>;
  lastClockTick: number | null;
  now: number;
}

/** Nothing waiting — and, so the user can trust that, when each page was last read. */
export function AllCaughtUp({ pages, lastChecked, lastClockTick, now }: CaughtUpProps) {
  return (
    <section className="empty caught-up" aria-labelledby="caught-up-title">
      <div className="empty-art ok" aria-hidden="true">
        ✓
      </div>
      <h2 id="caught-up-title">{t('popup.caughtUp.title')}</h2>
      <p>{t('popup.caughtUp.text')}</p>
      <ul className="last-checked" aria-label={t('popup.caughtUp.lastChecked')}>
        {pages.map((page) => {
          const checkedAt = lastChecked.get(page.key);
          const href = safePlatformHref(page.url);
          return (
            <li key={page.key}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {pageDisplayName(page)}
                </a>
              ) : (
                pageDisplayName(page)
              )}{' '}
              <span className="muted">
                ({PLATFORM_LABEL[page.platform]}):{' '}
                {checkedAt ? t('popup.caughtUp.checkedAgo', { ago: formatAgo(now - checkedAt) }) : t('popup.caughtUp.notChecked')}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted small">
        {t('popup.caughtUp.howItReads')}
        {lastClockTick !== null && ` ${t('popup.caughtUp.clock', { ago: formatAgo(now - lastClockTick) })}`}
      </p>
    </section>
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <section className="empty" aria-live="polite">
      <p>{t('popup.noMatches')}</p>
      <button type="button" className="action" onClick={onClear}>
        {t('popup.clearFilters')}
      </button>
    </section>
  );
}

export function EmptyNote({ children }: { children: string }) {
  return (
    <section className="empty">
      <p>{children}</p>
    </section>
  );
}
