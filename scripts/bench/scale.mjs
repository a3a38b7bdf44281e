// Scale (issue 20): what a large store costs the user, at 100 and at 100,000 waiting.
//
// For each size, a fresh profile gets Acme Coffee's two pages, then `stored`
// comments (`waiting` of them pending, the rest answered, own or set aside,
// posted over the last three days) written straight into the extension's
// IndexedDB from one of its pages: the import message can't carry 100,000.
// The first clock tick then works out every conversation's due times, as after
// an upgrade (it is timed on its own), and the figures follow:
//
// - clock tick: the real alarm fired, timed by the worker's own
//   `reply-radar:tick` performance measure (wall time, so an upper bound of
//   its CPU time), median of `runs`;
// - popup: popup.html opened `runs` times, first row painted (as in `runPopup`);
// - ingest: `runs` batches of 200 new comments sent one after the other through
//   the background's comments path, each timed from send to answer;
// - Insights: insights.html over 30 days, until its figures are painted.
import { SAMPLE_MANAGED_PAGES, addManagedPages, launchWithExtension, openExtensionPage } from '../lib/browser.mjs';
import { observedBatches } from './data.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TICK_ALARM = 'reply-radar-tick';
const TICK_MEASURE = 'reply-radar:tick';

/** Runs in the extension page: writes the rows straight into IndexedDB, 5,000 per transaction. */
export async function seedInPage({ stored, waiting, now, chunk }) {
  const FB_POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZ&id=61550000000001';
  const TEXTS = ['Do you ship to Canada?', 'Love the new packaging!', 'My order arrived broken.', 'Great coffee ☕'];
  const pages = ['facebook:61550000000001', 'linkedin:acme-coffee'];
  const every = stored / waiting;
  const row = (i) => {
    const facebook = i % 2 === 0;
    const platform = facebook ? 'facebook' : 'linkedin';
    const id = String(3_050_000_000_000_000 + i);
    const postedAt = now - Math.round((i / stored) * 3 * 86_400_000) - 60_000;
    const pending = Math.floor(i / every) !== Math.floor((i - 1) / every) || every === 1;
    const status = pending ? 'pending' : ['answered', 'answered', 'own', 'wont-reply'][i % 4];
    const decided = status === 'answered' || status === 'wont-reply';
    return {
      key: `${platform}:${id}`, platform, id, idSource: 'platform', pageKey: pages[facebook ? 0 : 1],
      postUrl: facebook ? FB_POST : null, permalink: facebook ? `${FB_POST}&comment_id=${id}` : null,
      parentId: null, threadId: id, authorName: status === 'own' ? 'Acme Coffee' : `Visitor ${i}`, authorUrl: null,
      authorIsPage: status === 'own', text: TEXTS[i % TEXTS.length], postedAt, postedAtSource: 'relative',
      firstSeenAt: postedAt, lastSeenAt: now - 60_000, status, answeredBy: status === 'answered' ? 'page' : null,
      answeredAt: decided ? postedAt + 3_600_000 : null, answerKey: null, snoozedUntil: null,
      priority: i % 3 === 0 ? 1 : 0, priorityReasons: i % 3 === 0 ? ['question'] : [], notifiedAt: null, undo: null,
    };
  };
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('reply-radar');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  let pendingCount = 0;
  for (let start = 0; start < stored; start += chunk) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['comments', 'meta'], 'readwrite');
      const comments = tx.objectStore('comments');
      for (let i = start; i < Math.min(stored, start + chunk); i++) {
        const r = row(i);
        if (r.status === 'pending') pendingCount++;
        comments.put(r);
      }
      // Due times and Insights' tallies are worked out afresh by the next tick, as after an upgrade or a move to
      // another time zone: rows written around Dexie pass by what keeps them.
      tx.objectStore('meta').delete('conversations-time-zone');
      tx.objectStore('meta').delete('insights-tallies');
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  return { pending: pendingCount };
}

/** Fire the real tick alarm in the worker and return how long the tick took, by its own measure. */
export async function timedTick(worker) {
  return worker.evaluate(
    async ({ alarm, measure }) => {
      const before = performance.getEntriesByName(measure).length;
      await chrome.alarms.create(alarm, { when: Date.now() });
      const end = Date.now() + 300_000;
      while (performance.getEntriesByName(measure).length === before && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      const entries = performance.getEntriesByName(measure);
      if (entries.length === before) throw new Error('the tick alarm did not fire within 5 minutes');
      return entries.at(-1).duration;
    },
    { alarm: TICK_ALARM, measure: TICK_MEASURE },
  );
}

/** Recorded before a page's own scripts run: when `ready(document)` first holds, after that frame's paint. */
const firstPaintProbe = (ready) => `(() => {
  const probe = (window.__rrProbe = { readyMs: null, paintedMs: null });
  const ready = ${ready};
  const observer = new MutationObserver(() => {
    if (probe.readyMs !== null || !ready(document)) return;
    probe.readyMs = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (probe.paintedMs = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const POPUP_READY = '(d) => !!d.querySelector("li.row")';
const INSIGHTS_READY = '(d) => !!d.querySelector("main") && d.body.textContent.includes("Waiting now")';

async function timedOpen(context, url, ready, timeout = 60_000) {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript(firstPaintProbe(ready));
    await page.goto(url);
    await page.waitForFunction(() => window.__rrProbe?.paintedMs != null, null, { timeout });
    return page.evaluate(() => window.__rrProbe.paintedMs);
  } finally {
    await page.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One size: seed, then every figure. */
async function measureSize({ extensionDir, stored, waiting, runs, figures = ['tick', 'popup', 'ingest', 'insights'], log }) {
  const browser = await launchWithExtension({ extensionDir });
  const { context, extensionId } = browser;
  try {
    await addManagedPages(context, extensionId, SAMPLE_MANAGED_PAGES);
    const options = await openExtensionPage(context, extensionId, 'options.html');
    log(`scale ${stored}/${waiting}: seeding`);
    const t = Date.now();
    const seeded = await options.evaluate(seedInPage, { stored, waiting, now: Date.now(), chunk: 5_000 });
    const seedMs = Date.now() - t;

    const result = { stored, waiting: seeded.pending, seedMs, errors: [] };
    // A figure that fails (a page that crashes, an alarm that never fires) is reported, and the others still run.
    const attempt = async (what, work, figure) => {
      if (figure && !figures.includes(figure)) return;
      log(`scale ${stored}/${waiting}: ${what}`);
      try {
        await work();
      } catch (error) {
        log(`scale ${stored}/${waiting}: ${what} failed: ${error.message ?? error}`);
        result.errors.push(`${what}: ${error.message ?? error}`);
      }
    };
    await attempt('first tick (works out every conversation)', async () => {
      result.recomputeMs = await timedTick(browser.currentWorker());
    });
    await attempt('clock ticks', async () => {
      result.ticks = [];
      for (let i = 0; i < runs; i++) result.ticks.push(await timedTick(browser.currentWorker()));
      result.tickMs = median(result.ticks);
    }, 'tick');
    await attempt('popup', async () => {
      result.popup = [];
      for (let i = 0; i < runs; i++) result.popup.push(await timedOpen(context, `chrome-extension://${extensionId}/popup.html`, POPUP_READY));
      result.popupMs = median(result.popup);
    }, 'popup');
    await attempt('ingest', async () => {
      result.ingest = [];
      for (let i = 0; i < runs; i++) {
        const { batches, url } = observedBatches({ threads: 100, perMessage: 200, idBase: 2_060_000_000_000_000 + i * 1_000 });
        result.ingest.push(
          await options.evaluate(async ({ comments, url }) => {
            const t0 = performance.now();
            const answer = await chrome.runtime.sendMessage({ type: 'comments-seen', url, page: null, comments });
            if (!answer || answer.stored !== comments.length) throw new Error(`ingest answered ${JSON.stringify(answer)}`);
            return performance.now() - t0;
          }, { comments: batches[0], url }),
        );
        await sleep(300); // the badge run each batch starts, outside the timed answer
      }
      result.ingestMs = median(result.ingest);
    }, 'ingest');
    await attempt('insights', async () => {
      result.insights = [];
      for (let i = 0; i < Math.min(runs, 3); i++) {
        result.insights.push(await timedOpen(context, `chrome-extension://${extensionId}/insights.html?days=30`, INSIGHTS_READY, 120_000));
      }
      result.insightsMs = median(result.insights);
    }, 'insights');
    log(`scale ${stored}/${waiting}: ${JSON.stringify(result)}`);
    await options.close().catch(() => {});
    return result;
  } finally {
    await browser.close();
  }
}

/** Every size, one fresh browser each. */
export async function runScale({ extensionDir, sizes, runs, figures, log }) {
  const results = [];
  for (const size of sizes) {
    try {
      results.push(await measureSize({ extensionDir, ...size, runs, figures, log }));
    } catch (error) {
      log(`scale ${size.stored}/${size.waiting} failed: ${error.stack ?? error}`);
      results.push({ ...size, errors: [`${error.message ?? error}`] });
    }
  }
  return results;
}

/** Budgets of issue 20, judged on the 100,000-stored, 50,000-waiting size. */
export const SCALE_BUDGETS = { popupMs: 200, tickMs: 50, ingestMs: 100, insightsMs: 1_000 };

/** The scale section of the report: one column per size, the budgets judged at 100,000 stored with 50,000 waiting. */
export function printScale(results) {
  const judged = results.find((r) => r.stored === 100_000 && r.waiting === 50_000);
  const ms = (v) => (v === undefined ? '–' : `${Math.round(v).toLocaleString('en-US')} ms`);
  const rows = [
    ['Popup: first row painted (median)', 'popupMs', SCALE_BUDGETS.popupMs],
    ['Clock tick (median)', 'tickMs', SCALE_BUDGETS.tickMs],
    ['Ingest: one batch of 200 (median)', 'ingestMs', SCALE_BUDGETS.ingestMs],
    ['Insights, 30 days: figures painted (median)', 'insightsMs', SCALE_BUDGETS.insightsMs],
    ['First tick after seeding: every conversation worked out', 'recomputeMs'],
    ['Seeding (written straight to IndexedDB)', 'seedMs'],
  ];
  const head = results.map((r) => `${r.stored.toLocaleString('en-US')} stored, ${r.waiting.toLocaleString('en-US')} waiting`);
  console.log(`\n## Scale\n\n| Figure | ${head.join(' | ')} | Budget (100,000 / 50,000) | |`);
  console.log(`|---|${results.map(() => '---|').join('')}---|---|`);
  let met = 0;
  let judgedCount = 0;
  for (const [label, field, budget] of rows) {
    const verdict = budget === undefined || !judged || judged[field] === undefined ? '' : judged[field] <= budget ? 'PASS' : 'FAIL';
    if (verdict) judgedCount++;
    if (verdict === 'PASS') met++;
    console.log(`| ${label} | ${results.map((r) => ms(r[field])).join(' | ')} | ${budget === undefined ? '' : `≤ ${budget.toLocaleString('en-US')} ms`} | ${verdict} |`);
  }
  const samples = (values) => (values ?? []).map(Math.round).join(', ') || '–';
  console.log(`\nScale: ${met} of ${judgedCount} budgets met. Samples: ${results.map((r) => `${r.stored}/${r.waiting}: tick ${samples(r.ticks)} ms; popup ${samples(r.popup)} ms; ingest ${samples(r.ingest)} ms; insights ${samples(r.insights)} ms`).join('; ')}.`);
  for (const r of results) for (const error of r.errors ?? []) console.log(`- not measured at ${r.stored}/${r.waiting}: ${error}`);
}
