import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../adapters/types';
import { sendFromContent } from '../messaging/send';
import type { PageRef } from '../model';
import { createCommentWatcher } from './comment-watcher';

/** What the background tells a tab about its page. */
export interface PageContext {
  /** The user manages at least one page on this platform: worth reading. */
  tracking: boolean;
  markers: boolean;
  showAnswered: boolean;
}

/** After a navigation, how long the page gets to render comments before we judge our selectors. */
const HEALTH_DELAY_MS = 5_000;

/**
 * One tab's life with us: ask whether its platform is tracked at all, read
 * comments as they appear, report what we could read (parser health), and
 * start over on each SPA navigation.
 */
export async function watchPage(adapter: PlatformAdapter, ctx: ContentScriptContext): Promise<void> {
  const url = () => new URL(location.href);
  const pageRef = (): PageRef | null => adapter.pageFromUrl(url()) ?? adapter.readPageIdentity(document, url());

  const context = await sendFromContent<PageContext>({ type: 'page-context', url: location.href, page: adapter.pageFromUrl(url()) });
  // No managed page on this platform: stay idle, cost the page nothing.
  if (!context?.tracking || ctx.isInvalid) return;

  const watcher = createCommentWatcher({
    adapter,
    doc: document,
    currentUrl: url,
    onComments: (comments) => {
      void sendFromContent({ type: 'comments-seen', url: location.href, page: pageRef(), comments });
      scheduleHealthReport();
    },
  });

  let healthTimer: number | undefined;
  const scheduleHealthReport = () => {
    if (healthTimer !== undefined) clearTimeout(healthTimer);
    healthTimer = ctx.setTimeout(() => {
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

  watcher.start();
  scheduleHealthReport();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    watcher.rescan();
    scheduleHealthReport();
  });
  ctx.onInvalidated(() => watcher.stop());
}
