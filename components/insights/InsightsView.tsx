import { useMemo, useState } from 'react';
import { commentsToCsv, csvFileName } from '../../utils/backup/csv';
import { usePages, useSettings } from '../../utils/db/queries';
import {
  PERIOD_CHOICES,
  dailyPoints,
  periodEnding,
  summarizeTally,
  tooFewToJudge,
  type Duration,
  type InsightsSummary,
  type PeriodDays,
} from '../../utils/insights';
import { PLATFORM_LABEL, type ManagedPage } from '../../utils/model';
import { localTimeZone } from '../../utils/rules';
import type { Settings } from '../../utils/settings';
import { useNow } from '../shared/use-now';
import { DailyChart } from './DailyChart';
import { definitions } from './definitions';
import { downloadText } from '../shared/download';
import { FigureCard, type Note } from './FigureCard';
import { formatDuration, formatRate, restsOn } from './format';
import { formatDayRange, formatNumber, plural, t } from '../../utils/i18n';
import { commentsInView, useInsightsTally } from '../../utils/db/insights';
import './insights.css';
import { pageDisplayName } from '../../utils/pages';

const ALL_PAGES = '';
const LONGEST_PERIOD = Math.max(...PERIOD_CHOICES) as PeriodDays;

/** The selection lives in the address (?page=…&days=…) so the options page can link to one page's insights. */
function initialSelection(): { pageKey: string; days: PeriodDays } {
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const days = Number(params.get('days'));
  return {
    pageKey: params.get('page') ?? ALL_PAGES,
    days: (PERIOD_CHOICES as readonly number[]).includes(days) ? (days as PeriodDays) : LONGEST_PERIOD,
  };
}

function rememberSelection(pageKey: string, days: PeriodDays): void {
  const params = new URLSearchParams();
  if (pageKey) params.set('page', pageKey);
  params.set('days', String(days));
  history.replaceState(null, '', `?${params}`);
}

export function pageLabel(page: ManagedPage): string {
  return t('common.pageOnPlatform', { page: pageDisplayName(page), platform: PLATFORM_LABEL[page.platform] });
}

/** The Insights page: how responsive each page is, over the last 7 or 30 days. */
export function InsightsView() {
  const now = useNow(60_000);
  const timeZone = useMemo(localTimeZone, []);
  const settings = useSettings();
  const pages = usePages();
  const [selection, setSelection] = useState(initialSelection);
  const select = (next: Partial<typeof selection>) => {
    const merged = { ...selection, ...next };
    setSelection(merged);
    rememberSelection(merged.pageKey, merged.days);
  };
  // A page removed since the link was made falls back to all pages.
  const page = pages?.find((p) => p.key === selection.pageKey);
  const pageKey = page ? page.key : null;
  const period = periodEnding(now, selection.days);
  const read = useInsightsTally(settings && pages ? { pageKey, period, settings, timeZone } : null);

  if (!settings || !pages || !read) {
    return (
      <main className="insights">
        <h1>{t('pages.insights')}</h1>
        <p role="status">{t('common.loading')}</p>
      </main>
    );
  }

  // Until a new selection is read, the figures are the last one's, and say so.
  const { tally, query } = read;
  const shownPage = pages.find((p) => p.key === query.pageKey);
  const current = query.pageKey === pageKey && query.period.days === selection.days;
  const summary = summarizeTally(tally, pages, settings, timeZone);
  const series = dailyPoints(tally, settings, timeZone);
  const scope = shownPage ? pageLabel(shownPage) : t('insights.allPages');

  const exportCsv = async () => {
    const comments = await commentsInView(query.pageKey, query.period);
    const csv = commentsToCsv(comments, pages, settings, timeZone);
    downloadText(csv, csvFileName(Date.now()), 'text/csv;charset=utf-8');
  };

  return (
    <main className="insights" aria-busy={!current}>
      <header className="insights-header">
        <h1>{t('pages.insights')}</h1>
        <p className="insights-scope">
          {plural('insights.scope', query.period.days, { scope, range: formatDayRange(summary.period.start, summary.period.end, timeZone) })}
        </p>
      </header>

      <div className="insights-controls">
        <label className="control">
          <span>{t('insights.page')}</span>
          <select value={pageKey ?? ALL_PAGES} onChange={(event) => select({ pageKey: event.target.value })}>
            <option value={ALL_PAGES}>{t('insights.allPages')}</option>
            {pages.map((p) => (
              <option key={p.key} value={p.key}>
                {pageLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <div className="control" role="group" aria-label={t('insights.period')}>
          {PERIOD_CHOICES.map((days) => (
            <button
              key={days}
              type="button"
              className="toggle"
              aria-pressed={selection.days === days}
              onClick={() => select({ days })}
            >
              {plural('insights.days', days)}
            </button>
          ))}
        </div>
        <button type="button" className="export" onClick={exportCsv} disabled={summary.received === 0}>
          {t('insights.exportCsv')}
        </button>
        <span className="export-hint">
          {summary.received === 0 ? t('insights.nothingToExport') : plural('insights.exportHint', summary.received)}
        </span>
      </div>

      <Figures summary={summary} pages={shownPage ? [shownPage] : pages} settings={settings} />

      <DailyChart points={series} businessHours={summary.businessHours} timeZone={timeZone} />
    </main>
  );
}

function Figures({ summary, pages, settings }: { summary: InsightsSummary; pages: ManagedPage[]; settings: Settings }) {
  const text = definitions(pages, settings);
  const estimatedNote: Note[] =
    summary.estimated > 0
      ? [
          {
            text: plural('insights.estimated', summary.estimated),
            caution: true,
          },
        ]
      : [];
  const restsOnNote = (count: number): Note => ({ text: restsOn(count), caution: count > 0 && tooFewToJudge(count) });
  const business = (duration: Duration) =>
    summary.businessHours ? t('insights.inBusinessHours', { duration: formatDuration(duration.businessMs) }) : undefined;

  return (
    <>
      <section className="figures" aria-label={t('insights.section.rates')}>
        <FigureCard
          title={t('insights.figure.withinThreshold')}
          value={formatRate(summary.withinThreshold.rate)}
          definition={text.withinThreshold}
          notes={[restsOnNote(summary.withinThreshold.total), ...estimatedNote]}
        />
        <FigureCard
          title={t('insights.figure.within24h')}
          value={formatRate(summary.within24h.rate)}
          definition={text.within24h}
          notes={[restsOnNote(summary.within24h.total), ...estimatedNote]}
        />
      </section>
      <section className="figures" aria-label={t('insights.section.responseTime')}>
        <FigureCard
          title={t('insights.figure.median')}
          value={formatDuration(summary.medianResponse.calendarMs)}
          secondary={business(summary.medianResponse)}
          definition={text.median}
          notes={[restsOnNote(summary.answered), ...estimatedNote]}
        />
        <FigureCard
          title={t('insights.figure.mean')}
          value={formatDuration(summary.meanResponse.calendarMs)}
          secondary={business(summary.meanResponse)}
          definition={text.mean}
          notes={[restsOnNote(summary.answered), ...estimatedNote]}
        />
        <FigureCard
          title={t('insights.figure.fastest90')}
          value={formatDuration(summary.fastest90Response.calendarMs)}
          secondary={business(summary.fastest90Response)}
          definition={text.fastest90}
          notes={[
            restsOnNote(summary.answered),
            ...(summary.answered > 0 ? [{ text: plural('insights.fastestKept', summary.answered, { kept: formatNumber(summary.fastest90Count) }) }] : []),
            ...estimatedNote,
          ]}
        />
      </section>
      <section className="figures" aria-label={t('insights.section.now')}>
        <FigureCard title={t('insights.figure.pendingNow')} value={formatNumber(summary.pendingNow)} definition={text.pendingNow} />
        <FigureCard
          title={t('insights.figure.overdueNow')}
          value={formatNumber(summary.overdueNow)}
          definition={text.overdueNow}
          alert={summary.overdueNow > 0}
        />
        <FigureCard
          title={t('insights.figure.wontReply')}
          value={formatNumber(summary.wontReply)}
          definition={text.wontReply}
          notes={[{ text: plural('insights.ofReceived', summary.received) }]}
        />
        {(summary.missed > 0 || settings.missedRule.enabled) && (
          <FigureCard
            title={t('missed.insightsFigure')}
            value={formatNumber(summary.missed)}
            definition={t('missed.insightsDefinition', { days: formatNumber(settings.missedRule.days) })}
            notes={[{ text: plural('insights.ofReceived', summary.received) }]}
          />
        )}
      </section>
    </>
  );
}
