import type { ManagedPage, Platform } from '../../utils/model';
import { PLATFORM_LABEL, PLATFORMS } from '../../utils/model';
import type { Filters } from './search';

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
  pages: readonly ManagedPage[];
  /** Waiting comments per page key and per platform, shown in the choices. */
  pageCounts: ReadonlyMap<string, number>;
  platformCounts: ReadonlyMap<Platform, number>;
  total: number;
}

export function FilterBar({ filters, onChange, pages, pageCounts, platformCounts, total }: Props) {
  const platforms = PLATFORMS.filter((platform) => pages.some((page) => page.platform === platform));
  const pagesShown = pages.filter((page) => filters.platform === 'all' || page.platform === filters.platform);
  return (
    <div className="filters" role="search">
      <input
        type="search"
        className="search"
        placeholder="Search author or text"
        aria-label="Search comments by author or text"
        value={filters.query}
        onChange={(event) => onChange({ ...filters, query: event.target.value })}
      />
      {platforms.length > 1 && (
        <select
          aria-label="Platform"
          value={filters.platform}
          onChange={(event) => onChange({ ...filters, platform: event.target.value as Platform | 'all', pageKey: 'all' })}
        >
          <option value="all">All platforms ({total})</option>
          {platforms.map((platform) => (
            <option key={platform} value={platform}>
              {PLATFORM_LABEL[platform]} ({platformCounts.get(platform) ?? 0})
            </option>
          ))}
        </select>
      )}
      {pages.length > 1 && (
        <select aria-label="Page" value={filters.pageKey} onChange={(event) => onChange({ ...filters, pageKey: event.target.value })}>
          <option value="all">All pages ({total})</option>
          {pagesShown.map((page) => (
            <option key={page.key} value={page.key}>
              {page.name} ({pageCounts.get(page.key) ?? 0})
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
