import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { browser, type PublicPath } from 'wxt/browser';
import type { ManagedPage, Platform, StoredComment } from '../../utils/model';
import { liveQuery } from 'dexie';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import {
  allWaitingConversations,
  conversationCounts,
  countCapFor,
  countInBulkScope,
  type ConversationThread,
  doneAt,
  missedComments,
  snoozedComments,
  useLastChecked,
  useLastClockTick,
  useLayoutWarnings,
  usePages,
  useRecentlyDone,
  useSettings,
  useStorageError,
  waitingConversations,
} from '../../utils/db/queries';
import { badgeNumber } from '../../utils/rules/badge';
import { localTimeZone, OLDER_THAN_DAYS, snoozeUntil, viewConversation, type BulkScope, type Conversation, type SnoozeChoice } from '../../utils/rules';
import { BulkBar, ScopeAction } from './BulkBar';
import { useNow } from '../shared/use-now';
import { HostAccessBanner, LayoutWarnings, StorageErrorBanner, TrackThisPage } from './Banners';
import { AllCaughtUp, EmptyNote, FirstRun, NoMatches, openSettings } from './EmptyStates';
import { FilterBar } from './FilterBar';
import { CommentRow } from './CommentRow';
import { ConversationRow } from './ConversationRow';
import { FIRST_PAINT_ROWS, PAGE_SIZE, RovingList } from './RovingList';
import { SnoozeMenu } from './SnoozeMenu';
import { createHaystack, filterPredicate, hasFilters, NO_FILTERS, type Filters } from './search';
import { Toast } from './Toast';
import { earlyFirstPage, type PopupReads } from './early-reads';
import { useCommentActions, type CommentAction } from './use-comment-actions';
import { DoneStatus, MissedStatus, SnoozedStatus } from './statuses';
import { plural, t } from '../../utils/i18n';
import './popup.css';
import { pageDisplayName } from '../../utils/pages';

type TabId = 'waiting' | 'snoozed' | 'missed' | 'done';
const ALL_TABS: { id: TabId; label: 'popup.tab.waiting' | 'popup.tab.snoozed' | 'popup.tab.done' | 'missed.tab' }[] = [
  { id: 'waiting', label: 'popup.tab.waiting' },
  { id: 'snoozed', label: 'popup.tab.snoozed' },
  { id: 'missed', label: 'missed.tab' },
  { id: 'done', label: 'popup.tab.done' },
];

// The insights page arrives in a later issue; its path isn't in WXT's generated list yet.
const INSIGHTS_PATH = '/insights.html' as PublicPath;

function openInsights() {
  void browser.tabs.create({ url: browser.runtime.getURL(INSIGHTS_PATH) });
}

/**
 * The toolbar popup: what is waiting for a reply, most urgent first, and what to do about it.
 * `early`: the reads the entrypoint started before React (early-reads.ts); without them it reads for itself.
 */
export function Popup({ early }: { early?: PopupReads } = {}) {
  const now = useNow(30_000, early?.now);
  const timeZone = useMemo(() => localTimeZone(), []);
  const pages = usePages(early?.pages);
  const settings = useSettings(early?.settings);
  const warnings = useLayoutWarnings();
  const storageError = useStorageError();
  const lastChecked = useLastChecked();
  const lastClockTick = useLastClockTick();
  const actions = useCommentActions();

  const [tab, setTab] = useState<TabId>('waiting');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const deferredFilters = useDeferredValue(filters);
  const haystack = useMemo(() => createHaystack(), []);
  const tabRefs = useRef<Record<TabId, HTMLButtonElement | null>>({ waiting: null, snoozed: null, missed: null, done: null });

  const pageByKey = useMemo(() => new Map((pages ?? []).map((page) => [page.key, page])), [pages]);

  // The waiting list is read a screenful at a time, in due order, straight off the index; a search
  // reads every waiting conversation, since any of them may match.
  const [limit, setLimit] = useState(FIRST_PAINT_ROWS);
  const searching = deferredFilters.query.trim() !== '';
  const scope = useMemo(() => pagesInScope(deferredFilters, pages), [deferredFilters, pages]);
  const scopeKey = scope?.join('\n') ?? '*';
  const firstPage = useObservable(
    () => (searching ? null : earlyFirstPage(early, now, limit, scope)) ?? liveQuery(() => (searching ? undefined : waitingConversations(now, limit, scope))),
    [now, limit, scopeKey, searching],
  );
  const everything = useLiveQuery(() => (searching ? allWaitingConversations(now) : undefined), [now, searching]);
  const freshThreads = searching ? everything : firstPage?.threads;
  // While a new read runs (a search starts or ends) the last list stays on screen.
  const lastThreads = useRef<ConversationThread[] | undefined>(undefined);
  if (freshThreads) lastThreads.current = freshThreads;
  const threads = freshThreads ?? lastThreads.current;
  const loaded = threads !== undefined;
  // Paint what fits on screen first, then read the rest of the first page right after, with what the first
  // screen doesn't need (counts, the other tabs): their answers, each a render, would otherwise land before that paint.
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    if (!loaded) return;
    const frame = requestAnimationFrame(() => {
      setLimit((current) => Math.max(current, PAGE_SIZE));
      setOnScreen(true);
    });
    return () => cancelAnimationFrame(frame);
  }, [loaded]);

  const pageKeys = useMemo(() => (pages ?? []).map((page) => page.key), [pages]);
  // Keyed by the cap, not the rows read: the first paint's 12 rows growing to 100 mustn't count everything again.
  const countCap = countCapFor(limit);
  const counts = useLiveQuery(
    () => (onScreen ? conversationCounts(now, pageKeys, countCap) : undefined),
    [now, onScreen, pageKeys.join('\n'), countCap],
  );
  const snoozedRows = useLiveQuery(() => (onScreen ? snoozedComments(now) : undefined), [now, onScreen]);
  // Missed can hold a whole backlog: read a page of it, and more as the user shows more.
  const [missedLimit, setMissedLimit] = useState(PAGE_SIZE);
  const missed = useLiveQuery(() => (onScreen ? missedComments(missedLimit) : undefined), [onScreen, missedLimit]);
  // Done is read a page at a time too, newest first, with its count off the index.
  const [doneLimit, setDoneLimit] = useState(PAGE_SIZE);
  const done = useRecentlyDone(now, onScreen, doneLimit);

  const conversations = useMemo<Conversation[]>(() => {
    if (!threads || !settings) return [];
    return threads
      .map(({ lead, thread }) => viewConversation(thread, pageByKey.get(lead.pageKey), settings, now, timeZone))
      .filter((conversation): conversation is Conversation => conversation !== null);
  }, [threads, settings, pageByKey, now, timeZone]);

  const snoozed = useMemo(() => [...(snoozedRows ?? [])].sort((a, b) => (a.snoozedUntil ?? 0) - (b.snoozedUntil ?? 0)), [snoozedRows]);

  const searchOnly = useMemo(() => filterPredicate({ ...NO_FILTERS, query: deferredFilters.query }, haystack), [deferredFilters.query, haystack]);
  const matches = useMemo(() => filterPredicate(deferredFilters, haystack), [deferredFilters, haystack]);

  const { pageCounts, platformCounts, searchTotal } = useMemo(() => {
    const byPage = new Map<string, number>();
    if (searching) {
      for (const conversation of conversations) {
        if (!conversation.waiting.some(searchOnly)) continue;
        byPage.set(conversation.first.pageKey, (byPage.get(conversation.first.pageKey) ?? 0) + 1);
      }
    } else {
      for (const [key, count] of counts?.byPage ?? []) byPage.set(key, count);
    }
    const byPlatform = new Map<Platform, number>();
    for (const [key, count] of byPage) {
      const platform = pageByKey.get(key)?.platform;
      if (platform) byPlatform.set(platform, (byPlatform.get(platform) ?? 0) + count);
    }
    if (!searching && !counts) return { pageCounts: undefined, platformCounts: undefined, searchTotal: undefined };
    return { pageCounts: byPage, platformCounts: byPlatform, searchTotal: sumOf([...byPage.values()]) };
  }, [searching, conversations, searchOnly, counts, pageByKey]);

  const shownWaiting = useMemo(() => conversations.filter((conversation) => conversation.waiting.some(matches)), [conversations, matches]);
  const shownSnoozed = useMemo(() => snoozed.filter(matches), [snoozed, matches]);
  const shownDone = useMemo(() => (done?.rows ?? []).filter(matches), [done, matches]);
  const shownMissed = useMemo(() => (missed?.rows ?? []).filter(matches), [missed, matches]);
  // The Missed tab is there once the rule is on, or while anything missed is kept.
  const TABS = ALL_TABS.filter(({ id }) => id !== 'missed' || settings?.missedRule.enabled || (missed?.total ?? 0) > 0);
  // Counted off the indexes when not searching: the list itself holds only what has been read.
  const waitingTotal = searching || !counts ? shownWaiting.length : scope === null ? counts.total : sumOf(scope.map((key) => counts.byPage.get(key) ?? 0));
  const waitingAtLeast = !searching && counts !== undefined && (scope ?? pageKeys).some((key) => (counts.byPage.get(key) ?? 0) >= counts.cap);
  const overdue = counts?.overdue ?? conversations.filter(({ urgent }) => urgent.assessment.severity === 'overdue').length;

  const { toast, undo } = actions;
  useEffect(() => {
    // Ctrl+Z / Cmd+Z undoes the last action, except where text fields keep their own undo.
    const onKey = (event: globalThis.KeyboardEvent) => {
      const inField = (event.target as HTMLElement | null)?.closest?.('input, textarea');
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && toast?.undoKeys && !inField) {
        event.preventDefault();
        void undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toast, undo]);

  const snooze = useCallback(
    (comments: StoredComment | readonly StoredComment[], choice: SnoozeChoice) =>
      actions.act(comments, 'snooze', snoozeUntil(choice, Date.now(), timeZone)),
    [actions, timeZone],
  );

  // Conversations ticked for a bulk action, by key; those no longer shown drop out of what is acted on.
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const selectedShown = useMemo(() => shownWaiting.filter((conversation) => selected.has(conversation.key)), [shownWaiting, selected]);
  const select = (key: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const actOnSelected = async (action: CommentAction, until?: number) => {
    const done = await actions.actOnSelection(selectedShown.flatMap((conversation) => conversation.waiting), action, until);
    if (done) setSelected(new Set());
  };
  const olderThanScope: BulkScope = { kind: 'older-than', days: OLDER_THAN_DAYS, pageKeys: scope };

  const loading = !loaded || pages === undefined || settings === undefined;
  const pageName = (comment: StoredComment) => {
    const page = pageByKey.get(comment.pageKey);
    return page ? pageDisplayName(page) : t('popup.untrackedPage');
  };
  const filtersKey = JSON.stringify(deferredFilters);

  /** "Won't reply to all N waiting on this post", on a conversation whose post is known. */
  const postAction = ({ first }: Conversation) => {
    if (!first.postUrl) return null;
    const post: BulkScope = { kind: 'post', pageKey: first.pageKey, postUrl: first.postUrl };
    return (
      <ScopeAction
        label={t('bulk.post')}
        ariaLabel={t('bulk.postNamed', { name: first.authorName })}
        count={() => countInBulkScope(post, Date.now())}
        confirmLabel={(count) => plural('bulk.postConfirm', count)}
        noneLabel={t('bulk.nothingThere')}
        onConfirm={() => void actions.actOnScope(post, 'wont-reply')}
      />
    );
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex(({ id }) => id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!.id;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const tabCounts: Record<TabId, number> = {
    waiting: waitingTotal,
    snoozed: shownSnoozed.length,
    missed: hasFilters(deferredFilters) ? shownMissed.length : (missed?.total ?? 0),
    done: hasFilters(deferredFilters) ? shownDone.length : (done?.total ?? 0),
  };

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

      {loading ? null : pages.length === 0 && conversations.length === 0 ? (
        <FirstRun />
      ) : (
        <main>
          {(conversations.length > 0 || snoozed.length > 0 || (done?.total ?? 0) > 0 || (missed?.total ?? 0) > 0 || hasFilters(filters)) && (
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
                {t(label)} <span className="count">{badgeNumber(tabCounts[id])}</span>
                {id === 'waiting' && overdue > 0 && <span className="count overdue-count">{plural('popup.overdueCount', overdue, { count: badgeNumber(overdue) })}</span>}
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
                <>
                <BulkBar
                  shown={shownWaiting.length}
                  selected={selectedShown.length}
                  onSelectAll={(all) => setSelected(new Set(all ? shownWaiting.map((conversation) => conversation.key) : []))}
                  onAct={(action) => void actOnSelected(action)}
                  onSnooze={(choice) => void actOnSelected('snooze', snoozeUntil(choice, Date.now(), timeZone))}
                  olderThan={{
                    days: OLDER_THAN_DAYS,
                    count: () => countInBulkScope(olderThanScope, Date.now()),
                    act: () => void actions.actOnScope(olderThanScope, 'wont-reply'),
                  }}
                />
                <RovingList
                  items={shownWaiting}
                  keyOf={(conversation) => conversation.key}
                  label={t('popup.list.waiting')}
                  resetKey={filtersKey}
                  total={waitingTotal}
                  totalIsAtLeast={waitingAtLeast}
                  onShowMore={searching ? undefined : (visible) => setLimit((current) => Math.max(current, visible))}
                  renderRow={(conversation, row) => (
                    <ConversationRow
                      conversation={conversation}
                      pageName={pageName(conversation.first)}
                      row={row}
                      now={now}
                      onOpen={actions.open}
                      onAct={(comments, action) => void actions.act(comments, action)}
                      onSnooze={(comments, choice) => void snooze(comments, choice)}
                      selection={{ selected: selected.has(conversation.key), onChange: (on) => select(conversation.key, on) }}
                      postAction={postAction(conversation)}
                    />
                  )}
                />
                </>
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
            {tab === 'missed' &&
              (shownMissed.length === 0 ? (
                <EmptyNote>{hasFilters(filters) ? t('missed.emptyFiltered') : t('missed.empty')}</EmptyNote>
              ) : (
                <RovingList
                  items={shownMissed}
                  keyOf={(comment) => comment.key}
                  label={t('missed.list')}
                  resetKey={filtersKey}
                  total={hasFilters(deferredFilters) ? undefined : missed?.total}
                  totalIsAtLeast={missed?.atLeast}
                  onShowMore={(visible) => setMissedLimit((current) => Math.max(current, visible))}
                  renderRow={(comment, row) => (
                    <CommentRow
                      comment={comment}
                      pageName={pageName(comment)}
                      tone="missed"
                      status={<MissedStatus comment={comment} now={now} />}
                      tabIndex={row.tabIndex}
                      onFocus={row.onFocus}
                      rowRef={row.rowRef}
                      onOpen={actions.open}
                      actions={
                        <>
                          <button
                            type="button"
                            className="action primary"
                            aria-label={t('popup.action.markRepliedNamed', { name: comment.authorName })}
                            onClick={() => {
                              row.willRemove();
                              void actions.act(comment, 'mark-replied');
                            }}
                          >
                            {t('popup.action.markReplied')}
                          </button>
                          <button
                            type="button"
                            className="action"
                            aria-label={t('popup.action.wontReplyNamed', { name: comment.authorName })}
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
                  total={hasFilters(deferredFilters) ? undefined : done?.total}
                  totalIsAtLeast={done?.atLeast}
                  onShowMore={(visible) => setDoneLimit((current) => Math.max(current, visible))}
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

/** The page keys a platform or page filter narrows the list to; null when it shows every page. */
function pagesInScope(filters: Filters, pages: readonly ManagedPage[] | undefined): string[] | null {
  if (filters.pageKey !== 'all') return [filters.pageKey];
  if (filters.platform !== 'all') return (pages ?? []).filter((page) => page.platform === filters.platform).map((page) => page.key);
  return null;
}

function sumOf(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
