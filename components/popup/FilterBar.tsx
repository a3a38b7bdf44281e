import type { ManagedPage, Platform } from '../../utils/model';
import { PLATFORM_LABEL, PLATFORMS } from '../../utils/model';
import type { Filters } from './search';

import { t } from '../../utils/i18n';
import { badgeNumber } from '../../utils/rules/badge';
import { pageDisplayName } from '../../utils/pages';
interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
  pages: readonly ManagedPage[];
  /** Waiting conversations per page key and per platform, shown in the choices once counted (undefined until then). */
  pageCounts: ReadonlyMap<string, number> | undefined;
  platformCounts: ReadonlyMap<Platform, number> | undefined;
  total: number | undefined;
}

export function FilterBar({ filters, onChange, pages, pageCounts, platformCounts, total }: Props) {
  const platforms = PLATFORMS.filter((platform) => pages.some((page) => page.platform === platform));
  const pagesShown = pages.filter((page) => filters.platform === 'all' || page.platform === filters.platform);
  return (
    <div className="filters" role="search">
      <input
        type="search"
        className="search"
        placeholder={t('popup.filter.searchPlaceholder')}
        aria-label={t('popup.filter.search')}
        value={filters.query}
        onChange={(event) => onChange({ ...filters, query: event.target.value })}
      />
      {platforms.length > 1 && (
        <select
          aria-label={t('popup.filter.platform')}
          value={filters.platform}
          onChange={(event) => onChange({ ...filters, platform: event.target.value as Platform | 'all', pageKey: 'all' })}
        >
          <option value="all">{t('popup.filter.allPlatforms', { count: total === undefined ? '…' : badgeNumber(total) })}</option>
          {platforms.map((platform) => (
            <option key={platform} value={platform}>
              {PLATFORM_LABEL[platform]}
              {count(platformCounts && (platformCounts.get(platform) ?? 0))}
            </option>
          ))}
        </select>
      )}
      {pages.length > 1 && (
        <select aria-label={t('popup.filter.page')} value={filters.pageKey} onChange={(event) => onChange({ ...filters, pageKey: event.target.value })}>
          <option value="all">{t('popup.filter.allPages', { count: total === undefined ? '…' : badgeNumber(total) })}</option>
          {pagesShown.map((page) => (
            <option key={page.key} value={page.key}>
              {pageDisplayName(page)}
              {count(pageCounts && (pageCounts.get(page.key) ?? 0))}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/** " (12)", or nothing while the counts are still being read. */
function count(value: number | undefined): string {
  return value === undefined ? '' : ` (${badgeNumber(value)})`;
}
