import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { browser, type PublicPath } from 'wxt/browser';
import type { Platform, StoredComment } from '../../utils/model';
import {
  doneAt,
  useLastChecked,
  useLastClockTick,
  useLayoutWarnings,
  usePages,
  usePendingComments,
  useRecentlyDone,
  useSettings,
  useStorageError,
} from '../../utils/db/queries';
import { assess, compareUrgency, isWaiting, localTimeZone, snoozeUntil, type Ranked, type SnoozeChoice } from '../../utils/rules';
import { useNow } from '../shared/use-now';
import { HostAccessBanner, LayoutWarnings, StorageErrorBanner, TrackThisPage } from './Banners';
import { AllCaughtUp, EmptyNote, FirstRun, NoMatches, openSettings } from './EmptyStates';
import { FilterBar } from './FilterBar';
import { CommentRow } from './CommentRow';
import { RovingList } from './RovingList';
import { SnoozeMenu } from './SnoozeMenu';
import { createHaystack, filterPredicate, hasFilters, NO_FILTERS, type Filters } from './search';
import { Toast } from './Toast';
import { useCommentActions } from './use-comment-actions';
import { DoneStatus, SnoozedStatus, WaitedStatus } from './statuses';
import { formatNumber, plural, t } from '../../utils/i18n';
import './popup.css';

type TabId = 'waiting' | 'snoozed' | 'done';
const TABS: { id: TabId; label: `popup.tab.${TabId}` }[] = [
  { id: 'waiting', label: 'popup.tab.waiting' },
  { id: 'snoozed', label: 'popup.tab.snoozed' },
  { id: 'done', label: 'popup.tab.done' },
];

// The insights page arrives in a later issue; its path isn't in WXT's generated list yet.
const INSIGHTS_PATH = '/insights.html' as PublicPath;

function openInsights() {
  void browser.tabs.create({ url: browser.runtime.getURL(INSIGHTS_PATH) });
}

/** The toolbar popup: what is waiting for a reply, most urgent first, and what to do about it. */
export function Popup() {
  const now = useNow();
  const timeZone = useMemo(() => localTimeZone(), []);
  const pending = usePendingComments();
  const pages = usePages();
  const settings = useSettings();
  // The Done list waits until the waiting list has been read, so it never delays the first rows.
  const done = useRecentlyDone(now, pending !== undefined);
  const warnings = useLayoutWarnings();
  const storageError = useStorageError();
  const lastChecked = useLastChecked();
  const lastClockTick = useLastClockTick();
  const actions = useCommentActions();

  const [tab, setTab] = useState<TabId>('waiting');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const deferredFilters = useDeferredValue(filters);
  const haystack = useMemo(() => createHaystack(), []);
  const tabRefs = useRef<Record<TabId, HTMLButtonElement | null>>({ waiting: null, snoozed: null, done: null });

  const pageByKey = useMemo(() => new Map((pages ?? []).map((page) => [page.key, page])), [pages]);

  const waiting = useMemo<Ranked[]>(() => {
    if (!pending || !settings) return [];
    return pending
      .filter((comment) => isWaiting(comment, now))
      .map((comment) => ({ comment, assessment: assess(comment, pageByKey.get(comment.pageKey), settings, now, timeZone) }))
      .sort(compareUrgency);
  }, [pending, settings, pageByKey, now, timeZone]);

  const snoozed = useMemo(
    () =>
      (pending ?? [])
        .filter((comment) => !isWaiting(comment, now))
        .sort((a, b) => (a.snoozedUntil ?? 0) - (b.snoozedUntil ?? 0)),
    [pending, now],
  );

  const searchOnly = useMemo(() => filterPredicate({ ...NO_FILTERS, query: deferredFilters.query }, haystack), [deferredFilters.query, haystack]);
  const matches = useMemo(() => filterPredicate(deferredFilters, haystack), [deferredFilters, haystack]);

  const { pageCounts, platformCounts, searchTotal } = useMemo(() => {
    const byPage = new Map<string, number>();
    const byPlatform = new Map<Platform, number>();
    let total = 0;
    for (const { comment } of waiting) {
      if (!searchOnly(comment)) continue;
      total += 1;
      byPage.set(comment.pageKey, (byPage.get(comment.pageKey) ?? 0) + 1);
      byPlatform.set(comment.platform, (byPlatform.get(comment.platform) ?? 0) + 1);
    }
    return { pageCounts: byPage, platformCounts: byPlatform, searchTotal: total };
  }, [waiting, searchOnly]);

  const shownWaiting = useMemo(() => waiting.filter(({ comment }) => matches(comment)), [waiting, matches]);
  const shownSnoozed = useMemo(() => snoozed.filter(matches), [snoozed, matches]);
  const shownDone = useMemo(() => (done ?? []).filter(matches), [done, matches]);
  const overdue = useMemo(() => waiting.filter(({ assessment }) => assessment.severity === 'overdue').length, [waiting]);

  const { toast, undo } = actions;
  useEffect(() => {
    // Ctrl+Z / Cmd+Z undoes the last action, except where text fields keep their own undo.
    const onKey = (event: globalThis.KeyboardEvent) => {
      const inField = (event.target as HTMLElement | null)?.closest?.('input, textarea');
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && toast?.undoKey && !inField) {
        event.preventDefault();
        void undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toast, undo]);

  const snooze = useCallback(
    (comment: StoredComment, choice: SnoozeChoice) => actions.act(comment, 'snooze', snoozeUntil(choice, Date.now(), timeZone)),
    [actions, timeZone],
  );

  const loading = pending === undefined || pages === undefined || settings === undefined;
  const pageName = (comment: StoredComment) => pageByKey.get(comment.pageKey)?.name ?? t('popup.untrackedPage');
  const filtersKey = JSON.stringify(deferredFilters);

  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex(({ id }) => id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!.id;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const counts: Record<TabId, number> = { waiting: shownWaiting.length, snoozed: shownSnoozed.length, done: shownDone.length };

  return (
    <div className="popup" aria-busy={loading}>
      <header className="topbar">
        <h1>
          <span className="logo" aria-hidden="true">
            ◎
          </span>{' '}
          {t('extension.name')}
        </h1>
        <nav className="topnav" aria-label={t('extension.name')}>
          <button type="button" className="action ghost" onClick={openInsights}>
            {t('popup.insights')}
          </button>
          <button type="button" className="action ghost" onClick={openSettings}>
            {t('popup.settings')}
          </button>
        </nav>
      </header>

      {actions.error && (
        <div className="banner banner-error" role="alert">
          {actions.error}{' '}
          <button type="button" className="link-button" onClick={actions.dismissError}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      <HostAccessBanner />
      <StorageErrorBanner error={storageError} now={now} />
      {pages && <TrackThisPage pages={pages} />}
      <LayoutWarnings warnings={warnings} now={now} />

      {loading ? null : pages.length === 0 && pending.length === 0 ? (
        <FirstRun />
      ) : (
        <main>
          {(pending.length > 0 || (done?.length ?? 0) > 0 || hasFilters(filters)) && (
            <FilterBar
              filters={filters}
              onChange={setFilters}
              pages={pages}
              pageCounts={pageCounts}
              platformCounts={platformCounts}
              total={searchTotal}
            />
          )}
          <div className="tabs" role="tablist" aria-label={t('popup.tabs')} onKeyDown={onTabKeyDown}>
            {TABS.map(({ id, label }) => (
              <button
                key={id}
                ref={(element) => {
                  tabRefs.current[id] = element;
                }}
                type="button"
                role="tab"
                id={`tab-${id}`}
                aria-selected={tab === id}
                aria-controls="tab-panel"
                tabIndex={tab === id ? 0 : -1}
                onClick={() => setTab(id)}
              >
                {t(label)} <span className="count">{formatNumber(counts[id])}</span>
                {id === 'waiting' && overdue > 0 && <span className="count overdue-count">{plural('popup.overdueCount', overdue)}</span>}
              </button>
            ))}
          </div>
          <div id="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
            {tab === 'waiting' &&
              (shownWaiting.length === 0 ? (
                hasFilters(filters) ? (
                  <NoMatches onClear={() => setFilters(NO_FILTERS)} />
                ) : (
                  <AllCaughtUp pages={pages} lastChecked={lastChecked ?? new Map()} lastClockTick={lastClockTick} now={now} />
                )
              ) : (
                <RovingList
                  items={shownWaiting}
                  keyOf={(item) => item.comment.key}
                  label={t('popup.list.waiting')}
                  resetKey={filtersKey}
                  renderRow={({ comment, assessment }, row) => {
                    const name = { name: comment.authorName };
                    return (
                      <CommentRow
                        comment={comment}
                        pageName={pageName(comment)}
                        tone={`tone-${assessment.severity}`}
                        status={<WaitedStatus assessment={assessment} />}
                        tabIndex={row.tabIndex}
                        onFocus={row.onFocus}
                        rowRef={row.rowRef}
                        onOpen={actions.open}
                        actions={
                          <>
                            <button
                              type="button"
                              className="action primary"
                              aria-label={t('popup.action.markRepliedNamed', name)}
                              onClick={() => {
                                row.willRemove();
                                void actions.act(comment, 'mark-replied');
                              }}
                            >
                              {t('popup.action.markReplied')}
                            </button>
                            <SnoozeMenu
                              authorName={comment.authorName}
                              onChoose={(choice) => {
                                row.willRemove();
                                void snooze(comment, choice);
                              }}
                            />
                            <button
                              type="button"
                              className="action"
                              aria-label={t('popup.action.wontReplyNamed', name)}
                              onClick={() => {
                                row.willRemove();
                                void actions.act(comment, 'wont-reply');
                              }}
                            >
                              {t('popup.action.wontReply')}
                            </button>
                          </>
                        }
                      />
                    );
                  }}
                />
              ))}
            {tab === 'snoozed' &&
              (shownSnoozed.length === 0 ? (
                <EmptyNote>{hasFilters(filters) ? t('popup.empty.snoozedFiltered') : t('popup.empty.snoozed')}</EmptyNote>
              ) : (
                <RovingList
                  items={shownSnoozed}
                  keyOf={(comment) => comment.key}
                  label={t('popup.list.snoozed')}
                  resetKey={filtersKey}
                  renderRow={(comment, row) => (
                    <CommentRow
                      comment={comment}
                      pageName={pageName(comment)}
                      tone="snoozed"
                      status={<SnoozedStatus until={comment.snoozedUntil} />}
                      tabIndex={row.tabIndex}
                      onFocus={row.onFocus}
                      rowRef={row.rowRef}
                      onOpen={actions.open}
                      actions={
                        <button
                          type="button"
                          className="action primary"
                          aria-label={t('popup.action.unsnoozeNamed', { name: comment.authorName })}
                          onClick={() => {
                            row.willRemove();
                            void actions.act(comment, 'unsnooze');
                          }}
                        >
                          {t('popup.action.unsnooze')}
                        </button>
                      }
                    />
                  )}
                />
              ))}
            {tab === 'done' &&
              (shownDone.length === 0 ? (
                <EmptyNote>
                  {hasFilters(filters) ? t('popup.empty.doneFiltered') : t('popup.empty.done')}
                </EmptyNote>
              ) : (
                <RovingList
                  items={shownDone}
                  keyOf={(comment) => comment.key}
                  label={t('popup.list.done')}
                  resetKey={filtersKey}
                  renderRow={(comment, row) => (
                    <CommentRow
                      comment={comment}
                      pageName={pageName(comment)}
                      tone={comment.status === 'wont-reply' ? 'done-skipped' : 'done'}
                      status={<DoneStatus comment={comment} at={doneAt(comment)} now={now} />}
                      tabIndex={row.tabIndex}
                      onFocus={row.onFocus}
                      rowRef={row.rowRef}
                      onOpen={actions.open}
                      actions={
                        comment.undo && (
                          <button
                            type="button"
                            className="action"
                            aria-label={t('popup.action.undoNamed', { name: comment.authorName })}
                            onClick={() => {
                              row.willRemove();
                              void actions.act(comment, 'undo');
                            }}
                          >
                            {t('popup.action.undo')}
                          </button>
                        )
                      }
                    />
                  )}
                />
              ))}
          </div>
        </main>
      )}
      <Toast toast={actions.toast} onUndo={actions.undo} onDismiss={actions.dismissToast} />
    </div>
  );
}
