import { browser } from 'wxt/browser';
import type { ManagedPage } from '../../utils/model';
import { PLATFORM_LABEL } from '../../utils/model';
import { formatAgo } from '../shared/format';
import { safePlatformHref } from '../shared/safe-link';

export function openSettings() {
  void browser.runtime.openOptionsPage();
}

export function FirstRun() {
  return (
    <section className="empty first-run" aria-labelledby="first-run-title">
      <div className="empty-art" aria-hidden="true">
        ◎
      </div>
      <h2 id="first-run-title">Welcome to Reply Radar</h2>
      <p>
        Tell Reply Radar which Facebook and LinkedIn pages you manage. Then browse them as usual: every comment still waiting
        for your reply shows up here, oldest first, with a reminder before it's late.
      </p>
      <button type="button" className="action primary big" onClick={openSettings}>
        Add your pages
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
      <h2 id="caught-up-title">All caught up</h2>
      <p>No comment is waiting for a reply.</p>
      <ul className="last-checked" aria-label="When your pages were last checked">
        {pages.map((page) => {
          const checkedAt = lastChecked.get(page.key);
          const href = safePlatformHref(page.url);
          return (
            <li key={page.key}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {page.name}
                </a>
              ) : (
                page.name
              )}{' '}
              <span className="muted">
                ({PLATFORM_LABEL[page.platform]}): {checkedAt ? `last checked ${formatAgo(now - checkedAt)}` : 'not checked yet'}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted small">
        Reply Radar reads comments while you visit your pages; visit a page's posts to check for new ones.
        {lastClockTick !== null && ` Reply times last updated ${formatAgo(now - lastClockTick)}.`}
      </p>
    </section>
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <section className="empty" aria-live="polite">
      <p>No comments match these filters.</p>
      <button type="button" className="action" onClick={onClear}>
        Clear filters
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
