import { browser } from 'wxt/browser';
import type { PlatformAdapter } from '../adapters/types';
import type { ContentContext } from './context';
import type { CommentState } from '../background/states';
import { addWordTables, isWordTable } from '../adapters/words';
import { sendFromContent } from '../messaging/send';
import type { ManagedPage, PageRef } from '../model';
import { createCommentWatcher } from './comment-watcher';
import { createMarkers, isOwnNode } from './markers';
import { createNotificationWatcher } from './notification-watcher';

/** What the background tells a tab about its page. */
export interface PageContext {
  /** The user manages at least one page on this platform: worth reading. */
  tracking: boolean;
  /** The managed page the tab's page is, when the background recognised it. */
  page: ManagedPage | null;
  markers: boolean;
  showAnswered: boolean;
}

/** After a navigation, how long the page gets to render comments before we judge our selectors. */
const HEALTH_DELAY_MS = 5_000;
/** "waiting 26 h" turns into "waiting 27 h" on its own: re-ask this often while the tab is visible. */
const MARKER_REFRESH_MS = 60_000;

/**
 * One tab's life with us: ask what its page is, read comments as they appear
 * only where they can matter, report what we could read (parser health), and
 * start over on each SPA navigation.
 *
 * A tab is left alone (no observer, no reading, no markers) when no page of
 * its platform is managed, or when it surely shows a page the user doesn't
 * manage: the address and the document name a page, by address and by name,
 * and it isn't one of theirs. When unsure (a feed, a post whose header hasn't
 * rendered yet), it reads: the background keeps only managed pages' comments.
 */
export async function watchPage(adapter: PlatformAdapter, ctx: ContentContext): Promise<void> {
  const url = () => new URL(location.href);
  const pageRef = (): PageRef | null => adapter.pageFromUrl(url()) ?? adapter.readPageIdentity(document, url());

  const onList = () => adapter.notifications?.isListUrl(url()) ?? false;
  /**
   * The page a notification list belongs to, when its address names one (LinkedIn's admin list, with the
   * vanity name its "View as member" link gives). Facebook's list and panel name none: each item's post does.
   */
  const listPage = (): PageRef | null =>
    onList() && adapter.pageFromUrl(url()) ? (adapter.readPageIdentity(document, url()) ?? adapter.pageFromUrl(url())) : null;

  const askContext = async (): Promise<(PageContext & { read: boolean }) | undefined> => {
    // The page shown, with its name when the document has one: the name is what ties two addresses of one page.
    // A notification list names at most its address's page (LinkedIn's admin list): its items are other people.
    const shown = onList() && !adapter.pageFromUrl(url()) ? null : (adapter.readPageIdentity(document, url()) ?? adapter.pageFromUrl(url()));
    const context = await sendFromContent<PageContext>({ type: 'page-context', url: location.href, page: shown });
    if (!context) return undefined;
    const elsewhere = !context.page && !!shown?.name && !!(shown.id || shown.slug);
    return { ...context, read: context.tracking && !elsewhere };
  };

  /** The `<html lang>` whose words the adapter has: asked of the background once per language the page shows. */
  let wordsFor: string | undefined;
  /** The page's `<html lang>` when the background has no words for it, for parser health. */
  let wordless: string | undefined;
  async function loadWords(): Promise<void> {
    const lang = document.documentElement.lang;
    if (lang === wordsFor) return;
    const answer = await sendFromContent<{ language?: unknown; table?: unknown } | null>({ type: 'adapter-words', platform: adapter.platform, lang: lang.slice(0, 35) });
    if (answer === undefined) return; // the worker is starting: asked again on the next arrival
    wordsFor = lang;
    wordless = answer === null && lang ? lang.slice(0, 35) : undefined;
    if (answer && typeof answer.language === 'string' && isWordTable(answer.table)) addWordTables(adapter.platform, { [answer.language]: answer.table });
  }

  let session: Session | undefined;
  /** Read this tab or leave it alone, as the background's answer says; true when reading. */
  async function decide(): Promise<boolean> {
    const context = await askContext();
    if (!context || ctx.isInvalid) return false;
    if (context.read) (session ??= begin(context)).resume(context);
    else session?.pause();
    return context.read;
  }
  /** On arriving at an address: decide, and look once more when the page has rendered its header. */
  let secondLook: number | undefined;
  async function arrive(): Promise<void> {
    await loadWords();
    if (secondLook !== undefined) clearTimeout(secondLook);
    if (!(await decide())) secondLook = ctx.setTimeout(() => void decide(), HEALTH_DELAY_MS);
  }

  // The background tells every platform tab when states changed, also when a page was just added
  // ("Track this page"): a tab left alone asks again, a reading one refreshes its markers.
  const onMessage = (message: unknown) => {
    if ((message as { type?: string } | null)?.type !== 'states-changed') return undefined;
    if (session?.active) void session.refresh();
    else void decide();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  // An SPA navigation may lead to a managed page, or away from one.
  // What was read on the address being left goes now, under that address, not with the next page's.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    session?.sendNow();
    void arrive();
  });
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    session?.pause();
  });
  await arrive();

  function begin(context: PageContext): Session {
    let active = false;
    const markers = createMarkers({
      adapter,
      doc: document,
      showAnswered: context.showAnswered,
      fetchStates: (ids) => sendFromContent<CommentState[]>({ type: 'comment-states', platform: adapter.platform, ids }),
      onHide: () => void sendFromContent({ type: 'hide-markers', url: location.href }),
    });

    /** The last batch sent for storing; markers for its comments wait for it. */
    let stored: Promise<unknown> = Promise.resolve();
    /** The comments of the batch just sent, when its answer carries their states (markers on). */
    let statesFor: ReadonlySet<string> | undefined;
    /** Comments on this address whose time the background could not read, for parser health. */
    const unreadTimes = new Set<string>();
    const noteUnreadTimes = (ids: string[], answer: unknown) => {
      const unread = (answer as { unreadTimes?: unknown } | undefined)?.unreadTimes;
      if (!Array.isArray(unread)) return;
      for (const id of ids) unreadTimes.delete(id);
      for (const id of unread) if (typeof id === 'string') unreadTimes.add(id);
    };
    const watcher = createCommentWatcher({
      adapter,
      doc: document,
      currentUrl: url,
      isOwnNode,
      onComments: (comments) => {
        const lang = document.documentElement.lang || undefined;
        const withStates = markers.enabled;
        stored = sendFromContent({ type: 'comments-seen', url: location.href, page: pageRef(), ...(lang && { lang }), comments, ...(withStates && { withStates }) });
        statesFor = withStates ? new Set(comments.map((c) => c.id)) : undefined;
        void stored.then((answer) => {
          noteUnreadTimes(comments.map((c) => c.id), answer);
          // Comments of this page the batch changed (a reply answered them): the background tells the other tabs.
          const restated = (answer as { restatedIds?: unknown } | undefined)?.restatedIds;
          if (Array.isArray(restated)) void markers.recheck(restated.filter((id): id is string => typeof id === 'string'));
        });
        scheduleHealthReport();
      },
      // Markers once the batch is stored: from the states its answer carries, or asked for then, so the answer
      // knows about these comments. (The watcher hands over the nodes right after the batch they were sent in.)
      onNodes: (nodes) => {
        const ids = statesFor;
        statesFor = undefined;
        void stored.then((answer) => {
          const states = (answer as { states?: unknown } | undefined)?.states;
          markers.add(nodes, ids && Array.isArray(states) ? { ids, states: states as CommentState[] } : undefined);
        });
      },
    });
    // Comments the notification list (or the bell's panel) tells of; the background keeps the managed pages' only.
    const notifications =
      adapter.notifications &&
      createNotificationWatcher({
        reader: adapter.notifications,
        doc: document,
        currentUrl: url,
        onComments: (comments) => {
          const lang = document.documentElement.lang || undefined;
          void sendFromContent({ type: 'notified-comments', url: location.href, page: listPage(), ...(lang && { lang }), comments });
          scheduleHealthReport();
        },
      });

    let healthTimer: number | undefined;
    let identitySent = '';
    const scheduleHealthReport = () => {
      if (healthTimer !== undefined) clearTimeout(healthTimer);
      healthTimer = ctx.setTimeout(() => {
        if (!active) return;
        // Facebook's list names no page: whatever it shows besides its items is nobody's identity.
        if (!onList() || adapter.pageFromUrl(url())) reportIdentity();
        if (notifications && onList()) {
          const { recognised, skipped } = notifications.stats();
          void sendFromContent({
            type: 'parser-health',
            platform: adapter.platform,
            url: location.href,
            page: listPage(),
            commentAreaVisible: adapter.notifications!.showsItems(document),
            recognised,
            skipped,
            surface: 'notifications',
          });
          return;
        }
        if (!adapter.handlesUrl(url())) return;
        const { recognised, skipped } = watcher.stats();
        void sendFromContent({
          type: 'parser-health',
          platform: adapter.platform,
          url: location.href,
          page: pageRef(),
          commentAreaVisible: adapter.hasCommentArea(document),
          recognised,
          skipped,
          unreadTimes: unreadTimes.size,
          ...(wordless && { unknownLanguage: wordless }),
        });
      }, HEALTH_DELAY_MS);
    };

    /** Who this page is, once the page has rendered, and again only when that changes. The background decides if it is managed. */
    const reportIdentity = () => {
      const page = adapter.readPageIdentity(document, url());
      const said = JSON.stringify(page);
      if (!page || (!page.id && !page.slug) || said === identitySent) return;
      identitySent = said;
      void sendFromContent({ type: 'page-identity', url: location.href, page });
    };

    // A hidden tab skips its turns; it catches up within a minute of being shown.
    ctx.setInterval(() => active && document.visibilityState === 'visible' && void markers.refresh(), MARKER_REFRESH_MS);

    return {
      get active() {
        return active;
      },
      /** Read (again, after a navigation): "Hide on this page" is per address, so markers follow the answer. */
      resume(next: PageContext): void {
        markers.setEnabled(next.markers);
        unreadTimes.clear();
        if (active) {
          watcher.rescan();
          notifications?.rescan();
        } else {
          watcher.start();
          notifications?.start();
        }
        active = true;
        scheduleHealthReport();
      },
      /** Leave the page alone: no observer, no markers. Our successor (extension updated) draws its own. */
      pause(): void {
        if (!active) return;
        active = false;
        watcher.stop();
        notifications?.stop();
        markers.setEnabled(false);
      },
      refresh: () => markers.refresh(),
      sendNow: () => watcher.sendNow(),
    };
  }
}

/** A tab we read: its watcher and markers, started and stopped as the tab's page turns managed or not. */
interface Session {
  readonly active: boolean;
  resume(context: PageContext): void;
  pause(): void;
  refresh(): Promise<void>;
  sendNow(): void;
}
