// What the page feels: the renderer main thread's task time (DevTools
// Performance metrics, `TaskDuration`) while the generated page grows, under
// four conditions, each in a fresh browser:
//   none       an empty extension: the page's own cost
//   unmanaged  Reply Radar installed, a page managed on this platform, but not this post's page
//   off        this post's page managed, markers turned off in the settings
//   on         this post's page managed, default settings (markers on)
// Besides TaskDuration, a trace of the top-level tasks only (next to no cost to
// the page) gives the same tasks' CPU time, which a loaded machine inflates far
// less than wall time. The attribution of our script comes from a separate,
// fully traced run (measure.mjs, runOverhead): a full trace costs the page time.
import { SAMPLE_MANAGED_PAGES, addManagedPages, launchWithExtension, openExtensionPage, servePages } from '../lib/browser.mjs';
import { storedCount } from './measure.mjs';
import { TASK_CATEGORIES, cdpFor, diff, mainThreadTime, metrics, startTrace, stopTrace } from './trace.mjs';

export const CONDITIONS = ['none', 'unmanaged', 'off', 'on'];
export const CONDITION_NAMES = {
  none: 'no extension',
  unmanaged: 'installed, page not managed',
  off: 'managed, markers off',
  on: 'managed, default settings (markers on)',
};

/** Pages the user manages in the "unmanaged" condition: same platforms, not the post's page (Acme Coffee). */
const OTHER_PAGES = [
  { address: 'https://www.facebook.com/profile.php?id=61550000000999', name: 'Other Bakery' },
  { address: 'https://www.linkedin.com/company/other-bakery/', name: 'Other Bakery' },
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function within(ms, promise, fallback) {
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Settings as the options page saves them (the extension fills in the rest from its defaults). */
async function saveSettings(context, extensionId, patch) {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  await page.evaluate(async (p) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
  await page.close();
}

/**
 * One condition, one fresh browser: grow the page to each checkpoint and read
 * the renderer's cumulative main-thread metrics since growth began. Managed
 * conditions wait until everything read is stored before the reading is taken,
 * so reading, messaging and markers are all inside the figure.
 */
export async function runPageCost({ condition, dirs, page: generated, checkpoints, growLimitMs, settleLimitMs, log }) {
  const browser = await launchWithExtension({ extensionDir: condition === 'none' ? dirs.none : dirs.ours });
  const { context, extensionId } = browser;
  try {
    if (condition === 'unmanaged') await addManagedPages(context, extensionId, OTHER_PAGES);
    if (condition === 'off' || condition === 'on') await addManagedPages(context, extensionId, SAMPLE_MANAGED_PAGES);
    if (condition === 'off') await saveSettings(context, extensionId, { markersEnabled: false });
    await servePages(context, { [generated.url]: generated.html });
    const page = await context.newPage();
    await page.goto(generated.url, { waitUntil: 'load' });
    // The content script starts at document_idle and first asks the background what this page is.
    await sleep(1_000);
    const { cdp } = await cdpFor(context, page);
    await startTrace(cdp, TASK_CATEGORIES);
    const m0 = await metrics(cdp);
    const reads = condition === 'off' || condition === 'on';
    const results = [];
    for (const n of checkpoints) {
      const expected = 2 * n; // every comment has one reply
      const t = Date.now();
      const grew = await within(growLimitMs, page.evaluate((target) => window.__rrBench.growTo(target), n), null);
      const growMs = Date.now() - t;
      let stored = null;
      let settled = grew !== null;
      if (settled && reads) {
        const end = Date.now() + settleLimitMs;
        settled = false;
        while (Date.now() < end && !settled) {
          stored = await storedCount(browser, generated.platform);
          settled = stored >= expected;
          if (!settled) await sleep(250);
        }
      }
      await sleep(500); // the same quiet period for every condition: the last idle slices and answers drain
      await page.evaluate((label) => performance.mark(label), `rr-bench-${n}`);
      const m = diff(m0, await metrics(cdp));
      results.push({ n, expected, stored, settled, growMs, metrics: m });
      if (!settled) break;
    }
    const times = mainThreadTime(await stopTrace(cdp), results.map((r) => `rr-bench-${r.n}`));
    results.forEach((r, i) => {
      Object.assign(r.metrics, { cpu: times[i].cpuMs, longestTask: times[i].longestTaskMs });
      const m = r.metrics;
      log(`  ${generated.platform} ${condition} ${r.n}: grew in ${r.growMs} ms${r.stored !== null ? `, stored ${r.stored}/${r.expected}` : ''}${r.settled ? '' : ' (did not settle)'}; tasks ${m.task.toFixed(0)} ms, CPU ${m.cpu.toFixed(0)} ms (style ${m.style.toFixed(0)}, layout ${m.layout.toFixed(0)}, script ${m.script.toFixed(0)})`);
    });
    if (condition === 'unmanaged') {
      // Nothing of this page may reach the database: the condition is only meaningful if that holds.
      const stored = await storedCount(browser, generated.platform);
      for (const r of results) r.stored = stored;
    }
    return results;
  } finally {
    await browser.close();
  }
}

/**
 * Every condition on every page, `rounds` times, interleaved (the order of the
 * conditions turns each round, so none always runs first or last), so a
 * loaded machine slows all of them alike. Returns every sample.
 */
export async function runPageCosts({ rounds, pages, dirs, checkpoints, growLimitMs, settleLimitMs, log }) {
  const samples = {};
  for (let r = 0; r < rounds; r++) {
    for (const generated of pages) {
      const order = CONDITIONS.map((_, i) => CONDITIONS[(i + r) % CONDITIONS.length]);
      for (const condition of order) {
        log(`page: round ${r + 1}/${rounds}, ${generated.platform}, ${condition}`);
        const bucket = ((samples[generated.platform] ??= {})[condition] ??= []);
        try {
          bucket.push(await runPageCost({ condition, dirs, page: generated, checkpoints, growLimitMs, settleLimitMs, log }));
        } catch (error) {
          log(`page ${generated.platform}/${condition} failed: ${error.stack ?? error}`);
          bucket.push({ error: String(error.message ?? error) });
        }
      }
    }
  }
  return samples;
}

/**
 * The best (lowest) main-thread time of a condition at checkpoint k, over the
 * rounds that settled there: `task` is TaskDuration (wall), `cpu` the same
 * tasks' CPU time.
 */
export function bestOf(samples, k, key = 'task') {
  const runs = samples.filter((s) => Array.isArray(s) && s[k]?.settled && typeof s[k].metrics[key] === 'number');
  if (!runs.length) return null;
  const best = runs.reduce((a, b) => (b[k].metrics[key] < a[k].metrics[key] ? b : a));
  return { ...best[k], value: best[k].metrics[key], of: runs.length, all: runs.map((s) => s[k].metrics[key]) };
}
