import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../adapters/types';
import type { CommentState } from '../background/states';
import { sendFromContent } from '../messaging/send';
import type { PageRef } from '../model';
import { createCommentWatcher } from './comment-watcher';
import { createMarkers, isOwnNode } from './markers';

/** What the background tells a tab about its page. */
export interface PageContext {
  /** The user manages at least one page on this platform: worth reading. */
  tracking: boolean;
  markers: boolean;
  showAnswered: boolean;
}

/** After a navigation, how long the page gets to render comments before we judge our selectors. */
const HEALTH_DELAY_MS = 5_000;
/** "waiting 26 h" turns into "waiting 27 h" on its own: re-ask this often while the tab is visible. */
const MARKER_REFRESH_MS = 60_000;

/**
 * One tab's life with us: ask whether its platform is tracked at all, read
 * comments as they appear, report what we could read (parser health), and
 * start over on each SPA navigation.
 */
export async function watchPage(adapter: PlatformAdapter, ctx: ContentScriptContext): Promise<void> {
  const url = () => new URL(location.href);
  const pageRef = (): PageRef | null => adapter.pageFromUrl(url()) ?? adapter.readPageIdentity(document, url());

  const askContext = () => sendFromContent<PageContext>({ type: 'page-context', url: location.href, page: adapter.pageFromUrl(url()) });
  const context = await askContext();
  let started = false;
  if (ctx.isInvalid) return;
  if (context?.tracking) return begin(context);

  // No managed page on this platform: stay idle, cost the page nothing. But the user may add this
  // very page from the popup ("Track this page"): the background then tells every platform tab
  // that states changed, and we ask again.
  const waitForTracking = (message: unknown) => {
    if ((message as { type?: string } | null)?.type !== 'states-changed') return undefined;
    void askContext().then((next) => {
      if (!next?.tracking || ctx.isInvalid || started) return;
      browser.runtime.onMessage.removeListener(waitForTracking);
      begin(next);
    });
    return undefined;
  };
  browser.runtime.onMessage.addListener(waitForTracking);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(waitForTracking));

  function begin(context: PageContext): void {
    started = true;
    const markers = createMarkers({
      adapter,
      doc: document,
      showAnswered: context.showAnswered,
      fetchStates: (ids) => sendFromContent<CommentState[]>({ type: 'comment-states', platform: adapter.platform, ids }),
      onHide: () => void sendFromContent({ type: 'hide-markers', url: location.href }),
    });
    markers.setEnabled(context.markers);

    /** The last batch sent for storing; markers for its comments wait for it. */
    let stored: Promise<unknown> = Promise.resolve();
    const watcher = createCommentWatcher({
      adapter,
      doc: document,
      currentUrl: url,
      isOwnNode,
      onComments: (comments) => {
        stored = sendFromContent({ type: 'comments-seen', url: location.href, page: pageRef(), comments });
        scheduleHealthReport();
      },
      // Ask for markers once the batch is stored, so the answer knows about these comments.
      onNodes: (nodes) => void stored.then(() => markers.add(nodes)),
    });

    let healthTimer: number | undefined;
    let identitySent = '';
    const scheduleHealthReport = () => {
      if (healthTimer !== undefined) clearTimeout(healthTimer);
      healthTimer = ctx.setTimeout(() => {
        reportIdentity();
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

    // The background says so after a reply is seen or the popup acts on a comment.
    const onMessage = (message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'states-changed') void markers.refresh();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // A hidden tab skips its turns; it catches up within a minute of being shown.
    ctx.setInterval(() => document.visibilityState === 'visible' && void markers.refresh(), MARKER_REFRESH_MS);

    watcher.start();
    scheduleHealthReport();
    ctx.addEventListener(window, 'wxt:locationchange', async () => {
      // "Hide on this page" is per address: the next post may want markers back, or not.
      const next = await askContext();
      if (next) markers.setEnabled(next.markers);
      watcher.rescan();
      scheduleHealthReport();
    });
    ctx.onInvalidated(() => {
      watcher.stop();
      // Our successor (extension updated or reloaded) draws its own markers.
      markers.setEnabled(false);
      browser.runtime.onMessage.removeListener(onMessage);
    });
  }
}
