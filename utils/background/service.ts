import { browser } from 'wxt/browser';
import { wordTableFor } from '../adapters/word-tables';
import type { Runtime } from 'webextension-polyfill';
import type { ReplyRadarDb } from '../db/database';
import { commandMessageSchema, contentMessageSchema, type ContentMessage } from '../messaging/protocol';
import type { CommandResult } from '../messaging/send';
import { PLATFORM_READ_HOSTS, PLATFORMS, platformOfHost, type ManagedPage, type ParserHealth, type Platform } from '../model';
import { matchManagedPage, sightingsFromComments, type PageSighting } from '../pages';
import { learnPageIdentity } from './page-identity';
import { refreshAllConversations, refreshPageConversations } from '../db/conversations';
import { keepTalliesWhole } from '../db/rebuild-tallies';
import { saveSettings as saveSettingsToStorage, withDefaults, type Settings } from '../settings';
import { runCommand } from './commands';
import { ingest } from './ingest';
import { prune } from './prune';
import { classifySender } from './sender';
import { NOTIFICATION_PREFIX, raiseDueNotifications, shownNotification, updateBadge } from './signals';
import { commentStates, statesOf } from './states';
import { applyMissedRule } from './missed';
import { t } from '../i18n/messages';

export const TICK_ALARM = 'reply-radar-tick';
export const PRUNE_ALARM = 'reply-radar-prune';
/** The time zone the stored due times were computed in. */
const CONVERSATIONS_ZONE = 'conversations-time-zone';
/** Addresses kept for "hide on this page"; the oldest go first beyond this. */
const MAX_HIDDEN_PAGES = 500;
const PLATFORM_TABS = PLATFORMS.flatMap((p) => PLATFORM_READ_HOSTS[p].map((host) => `https://${host}/*`));
const STATES_CHANGED_DELAY_MS = 250;
/** How long the badge waits after comments were stored, to count a burst of batches once. */
const BADGE_AFTER_COMMENTS_MS = 300;

export interface ServiceDeps {
  db: ReplyRadarDb;
  now: () => number;
  timeZone: () => string;
  loadSettings: () => Promise<Settings>;
  saveSettings?: (patch: Partial<Settings>) => Promise<Settings>;
  log?: (message: string) => void;
}

/**
 * The background's behaviour, free of the entrypoint's wiring so tests can
 * drive it with a fake clock and `fakeBrowser`.
 */
export function createBackgroundService(deps: ServiceDeps) {
  const { db, now, timeZone, loadSettings } = deps;
  const log = deps.log ?? ((m: string) => console.warn(`[Reply Radar] ${m}`));

  const saveSettings = deps.saveSettings ?? saveSettingsToStorage;

  /**
   * Tell platform tabs to re-ask their comments' states, so on-page markers
   * follow a reply or a popup action. Host permissions allow this without
   * "tabs"; a tab without our script just refuses, which is fine.
   */
  let announcing: ReturnType<typeof setTimeout> | undefined;
  /**
   * The tab that already knows every change gathered for the coming announcement, or null when
   * none does. A tab whose own batch answered its stored comments is told which ones in the answer
   * and re-asks about those only; told "states changed" as well, it would re-ask about every comment
   * it holds, and a page loading thousands (each batch answering the last one's comments) would have
   * it re-ask about all of them several times a second, at the cost of the background's and the page's time.
   */
  let knownTo: number | null | undefined;
  /** At most one announcement per gathering period: a burst of changes is one re-ask per tab, not one per message. */
  function announceStatesChanged(tabThatKnows: number | null = null): void {
    knownTo = knownTo === undefined || knownTo === tabThatKnows ? tabThatKnows : null;
    announcing ??= setTimeout(() => {
      const skip = knownTo;
      announcing = undefined;
      knownTo = undefined;
      void sendStatesChanged(skip ?? null);
    }, STATES_CHANGED_DELAY_MS);
  }

  async function sendStatesChanged(skip: number | null): Promise<void> {
    try {
      const tabs = await browser.tabs.query({ url: PLATFORM_TABS });
      for (const tab of tabs) {
        if (tab.id !== undefined && tab.id !== skip) browser.tabs.sendMessage(tab.id, { type: 'states-changed' }).catch(() => undefined);
      }
    } catch {
      // No tabs API here (tests) or the query failed: markers catch up on their next minute.
    }
  }

  let badgeRun: Promise<void> | null = null;
  let badgeRerun: Promise<void> | null = null;
  /**
   * Recompute the badge. A burst of messages (a page loading 50 batches of
   * comments) shares runs: while one runs, every caller waits for the single
   * run queued after it, which sees all of their changes.
   */
  function refreshBadge(): Promise<void> {
    if (!badgeRun) {
      badgeRun = updateBadge(db, now()).finally(() => {
        badgeRun = null;
      });
      return badgeRun;
    }
    badgeRerun ??= badgeRun.catch(() => undefined).then(() => {
      badgeRerun = null;
      return refreshBadge();
    });
    return badgeRerun;
  }

  let badgeSoon: Promise<void> | null = null;
  /**
   * The badge after comments were stored: one run for all the batches that arrive within
   * BADGE_AFTER_COMMENTS_MS, instead of runs queued between the batches' own writes (each run
   * reads the counts in a transaction of its own, which the next batch's write waits for).
   */
  function refreshBadgeSoon(): Promise<void> {
    badgeSoon ??= new Promise<void>((resolve) => setTimeout(resolve, BADGE_AFTER_COMMENTS_MS)).then(() => {
      badgeSoon = null;
      return refreshBadge();
    });
    return badgeSoon;
  }

  /**
   * Whether a storage error may be on record for the popup. Only this worker writes one, so after it has
   * been cleared once, a successful write needn't clear it again: each batch of a burst would otherwise
   * add a transaction of its own. A new worker starts by clearing it.
   */
  let errorMayBeRecorded = true;

  /** Writes that fail (quota, a broken database) are told to the user through the popup, not swallowed. */
  async function guarded<T>(what: string, work: () => Promise<T>): Promise<T | CommandResult> {
    try {
      const result = await work();
      if (errorMayBeRecorded) {
        errorMayBeRecorded = false;
        await db.meta.delete('storage-error').catch(() => {
          errorMayBeRecorded = true;
        });
      }
      return result;
    } catch (error) {
      const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
      // Stored as the browser's own words for what failed: the popup puts it beside its title and advice, in the user's language.
      const detail = quota ? 'QuotaExceededError' : `${what}: ${String(error)}`;
      log(`could not save: ${detail}`);
      errorMayBeRecorded = true;
      await db.meta.put({ key: 'storage-error', value: { message: detail, full: quota, at: now() } }).catch(() => undefined);
      const said = quota ? t('popup.storageError.full') : `${t('popup.storageError.title')} (${detail})`;
      return { ok: false, error: `${said}. ${t('popup.storageError.advice')}` };
    }
  }

  /** Learn from a sighting; a merge or a newly learned name can answer waiting comments, so the badge follows. */
  async function learn(sighting: PageSighting) {
    const settings = await loadSettings();
    const result = await db.transaction('rw', db.comments, db.pages, db.health, () => learnAndRefresh(sighting, settings));
    if (result.changed) {
      void refreshBadge();
      announceStatesChanged();
    }
    return result;
  }

  /** The learning itself, inside the caller's transaction (comments, pages, health). */
  async function learnAndRefresh(sighting: PageSighting, settings: Settings) {
    const result = await learnPageIdentity(db, sighting, now());
    // Re-judged threads and merged records change who waits: their conversations follow. Only then: at 100,000
    // stored, working out a page's conversations is seconds, and a new picture or a learned spelling of the
    // name the user typed changes no one's wait.
    if (result.judgedAgain && result.page) await refreshPageConversations(db.comments, db.pages, result.page.key, settings, timeZone());
    return result;
  }

  /** `tab`: the tab that sent it, when a content script did. */
  async function onContentMessage(message: ContentMessage, tab: number | null = null): Promise<unknown> {
    switch (message.type) {
      case 'comments-seen': {
        let judgedAgain = false;
        const result = await guarded('comments', async () => {
          const settings = await loadSettings();
          const at = now();
          const zone = timeZone();
          // One transaction: what the batch shows about its page is learned first (against the pages as they
          // are now, so a burst of batches learns once, while little is stored), then the batch is stored and
          // judged with it. Threads stored earlier are judged again by the learning.
          const { rows, pages, ...stored } = await db.transaction('rw', db.comments, db.pages, db.health, async () => {
            for (const sighting of sightingsFromComments(message.comments, await db.pages.toArray())) {
              if ((await learnAndRefresh(sighting, settings)).judgedAgain) judgedAgain = true;
            }
            return ingest(db, message, settings, at, zone);
          });
          // The rows just written are the states' source, unless learning the page re-judged them (then every tab re-asks).
          return message.withStates && !judgedAgain ? { ...stored, states: statesOf(rows, pages, settings, at, zone) } : stored;
        });
        if (judgedAgain) announceStatesChanged();
        // The tab doesn't wait for the badge: a page loading 50 batches gets its answers at the speed of
        // storing, and the batches share a few badge runs between them.
        void refreshBadgeSoon();
        // New comments are asked about by the tab that sent them; other tabs only care when stored ones changed,
        // and the sender learns which from `restatedIds` in this answer.
        if ('restated' in result && result.restated > 0) announceStatesChanged(tab);
        return result;
      }
      case 'notified-comments': {
        const result = await guarded('comments', async () => {
          const { rows: _rows, pages: _pages, ...stored } = await ingest(db, { ...message, source: 'notification' }, await loadSettings(), now(), timeZone());
          return stored;
        });
        void refreshBadgeSoon();
        if ('restated' in result && result.restated > 0) announceStatesChanged();
        return result;
      }
      case 'parser-health': {
        const pages = await db.pages.toArray();
        const page = matchManagedPage(message.page, pages) ?? (message.surface === 'notifications' ? listOwner(message.platform, pages) : undefined);
        const entry: ParserHealth = {
          key: `${message.platform}:${message.url}`,
          platform: message.platform,
          pageKey: page?.key ?? null,
          url: message.url,
          checkedAt: now(),
          commentAreaVisible: message.commentAreaVisible,
          recognised: message.recognised,
          skipped: message.skipped,
          ...(message.unreadTimes ? { unreadTimes: message.unreadTimes } : {}),
          ...(message.unknownLanguage ? { unknownLanguage: message.unknownLanguage } : {}),
          ...(message.surface && { surface: message.surface }),
        };
        // Only managed pages matter to the user; other pages' health is noise.
        if (page) await guarded('page check', () => db.health.put(entry));
        return { ok: true };
      }
      case 'page-context': {
        const pages = await db.pages.toArray();
        const platform = platformOf(message.url);
        const settings = await loadSettings();
        return {
          tracking: pages.some((p) => p.platform === platform),
          page: matchManagedPage(message.page, pages) ?? null,
          markers: settings.markersEnabled && !settings.markersHiddenOn.includes(pathOf(message.url)),
          showAnswered: settings.showAnsweredMarkers,
        };
      }
      case 'page-identity': {
        const learned = await guarded('page identity', () => learn(message.page));
        return { ok: true, page: 'page' in learned ? learned.page : null };
      }
      case 'adapter-words':
        return wordTableFor(message.platform, message.lang);
      case 'comment-states':
        return commentStates(db, message.platform, message.ids, await loadSettings(), now(), timeZone());
      case 'hide-markers': {
        const path = pathOf(message.url);
        const hidden = (await loadSettings()).markersHiddenOn.filter((p) => p !== path);
        await saveSettings({ markersHiddenOn: [...hidden, path].slice(-MAX_HIDDEN_PAGES) });
        return { ok: true };
      }
    }
  }

  async function onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
    const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (kind === 'content') {
      const parsed = contentMessageSchema.safeParse(raw);
      if (!parsed.success) return drop(`malformed message from ${sender.url}: ${parsed.error.issues[0]?.message}`);
      return onContentMessage(parsed.data, sender.tab?.id ?? null);
    }
    if (kind === 'extension-page') {
      const parsed = commandMessageSchema.safeParse(raw);
      if (!parsed.success) {
        // Extension pages may also send content-shaped queries (the popup asks for states).
        const content = contentMessageSchema.safeParse(raw);
        if (content.success) return onContentMessage(content.data);
        return drop(`malformed command: ${parsed.error.issues[0]?.message}`);
      }
      const result = await guarded(parsed.data.type, async () => runCommand(db, parsed.data, now(), { settings: await loadSettings(), timeZone: timeZone() }));
      await refreshBadge();
      announceStatesChanged();
      return result;
    }
    return drop(`message from an unexpected sender (${sender.url ?? sender.id ?? 'unknown'})`);
  }

  function drop(reason: string): CommandResult {
    log(`dropped ${reason}`);
    return { ok: false, error: t('errors.messageRefused') };
  }

  async function onAlarm(name: string): Promise<void> {
    if (name === TICK_ALARM) await tick();
    if (name === PRUNE_ALARM) await prune(db, await loadSettings(), now());
  }

  /**
   * One beat of the clock: badge, due notifications, and a note of when we
   * last checked. Measured (`reply-radar:tick`) for the bench and DevTools.
   */
  let ticking: Promise<void> | null = null;
  /** One tick at a time: an alarm that fires while a long tick (a full recompute) runs joins it instead of repeating it. */
  function tick(): Promise<void> {
    ticking ??= runTick().finally(() => {
      ticking = null;
    });
    return ticking;
  }

  async function runTick(): Promise<void> {
    const started = performance.now();
    const settings = await loadSettings();
    const at = now();
    await keepConversationsInZone(settings);
    await keepTalliesWhole(db);
    // Before counting: what has waited past the Missed rule stops nudging from this tick on.
    await applyMissedRule(db, settings, at, timeZone());
    // Through the shared run, never beside it: a tick's count read before a batch landed must not be
    // set after the count that includes it.
    await refreshBadge();
    await raiseDueNotifications(db, settings, at, timeZone());
    await db.meta.put({ key: 'last-check', value: at });
    performance.measure?.('reply-radar:tick', { start: started, end: performance.now() });
  }

  /**
   * Business hours are wall-clock hours: when the computer's time zone
   * changes (or nothing has been computed in it yet), every conversation's
   * due times are worked out again.
   */
  async function keepConversationsInZone(settings: Settings): Promise<void> {
    const zone = timeZone();
    if ((await db.meta.get(CONVERSATIONS_ZONE))?.value === zone) return;
    await db.transaction('rw', db.comments, db.pages, db.meta, async () => {
      await refreshAllConversations(db.comments, db.pages, settings, zone);
      await db.meta.put({ key: CONVERSATIONS_ZONE, value: zone });
    });
  }

  /** Time limits and business hours decide every due time: a change to them recomputes every conversation. */
  async function onSettingsChanged(next: Settings | null, previous: Settings | null): Promise<void> {
    if (dueTimeRules(next) !== dueTimeRules(previous)) {
      const settings = withDefaults(next);
      await db.transaction('rw', db.comments, db.pages, () => refreshAllConversations(db.comments, db.pages, settings, timeZone()));
    }
    // Turned on, or fewer days: what now counts as missed moves at once, not at the next tick.
    if (JSON.stringify(withDefaults(next).missedRule) !== JSON.stringify(withDefaults(previous).missedRule)) {
      await applyMissedRule(db, withDefaults(next), now(), timeZone());
    }
    await refreshBadge();
  }

  async function ensureAlarms(): Promise<void> {
    if (!(await browser.alarms.get(TICK_ALARM))) await browser.alarms.create(TICK_ALARM, { periodInMinutes: 1, delayInMinutes: 0.1 });
    if (!(await browser.alarms.get(PRUNE_ALARM))) await browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  }

  /** A click opens the oldest waiting comment of that notification, or the list when it has no address. */
  async function onNotificationClicked(id: string): Promise<void> {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const key = shownNotification((await db.meta.get(id))?.value)?.oldestKey ?? null;
    const opened = key ? await runCommand(db, { type: 'open-comment', key }, now(), { settings: await loadSettings(), timeZone: timeZone() }) : null;
    if (!opened?.ok) await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
    await browser.notifications.clear(id);
  }

  /** Resolves when the badge work already started has finished (tests, and the clock's tick). */
  const settled = async () => {
    await badgeSoon;
    await (badgeRerun ?? badgeRun);
  };

  return { onMessage, onAlarm, tick, ensureAlarms, refreshBadge, onSettingsChanged, onNotificationClicked, settled };
}

/**
 * Whose a notification list is when its address names no page (Facebook's
 * `/notifications`, read while acting as a page): the platform's first managed
 * page, so a list we can no longer read is reported like its comment pages.
 */
function listOwner(platform: Platform, pages: readonly ManagedPage[]): ManagedPage | undefined {
  return pages.filter((p) => p.platform === platform).sort((a, b) => a.addedAt - b.addedAt)[0];
}

/** The settings that decide due times, as one comparable string. */
function dueTimeRules(settings: Settings | null): string {
  const { defaultThresholdHours, priorityThresholdHours, businessHours } = withDefaults(settings);
  return JSON.stringify([defaultThresholdHours, priorityThresholdHours, businessHours]);
}

function platformOf(raw: string): Platform | null {
  try {
    return platformOfHost(new URL(raw).hostname);
  } catch {
    return null;
  }
}

function pathOf(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.origin}${url.pathname}`;
  } catch {
    return raw;
  }
}
