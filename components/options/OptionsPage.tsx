import { browser, type PublicPath } from 'wxt/browser';
import { usePages, useSettings } from '../../utils/db/queries';
import { DataSection } from './DataSection';
import { PagesSection } from './PagesSection';
import { SettingsSection } from './SettingsSection';
import { t } from '../../utils/i18n';
import './options.css';

// The insights page arrives in a later issue; its path isn't in WXT's generated list yet.
const INSIGHTS_URL = browser.runtime.getURL('/insights.html' as PublicPath);

/** The options page: set up once, adjust rarely. */
export function OptionsPage() {
  const pages = usePages();
  const settings = useSettings();
  const loading = pages === undefined || settings === undefined;
  return (
    <div className="options" aria-busy={loading}>
      <header className="options-header">
        <h1>
          <span className="logo" aria-hidden="true">
            ◎
          </span>{' '}
          {t('pages.options')}
        </h1>
        <nav aria-label={t('options.sections')}>
          <a href="#pages-title">{t('options.nav.pages')}</a>
          <a href="#settings-title">{t('options.nav.replyTimes')}</a>
          <a href="#data-title">{t('options.nav.data')}</a>
          <a href={INSIGHTS_URL}>{t('options.nav.insights')}</a>
        </nav>
      </header>
      {!loading && (
        <main>
          <PagesSection pages={pages} settings={settings} />
          <SettingsSection settings={settings} />
          <DataSection />
        </main>
      )}
    </div>
  );
}
