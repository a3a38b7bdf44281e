// The four measurements, each in its own fresh browser profile.
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_MANAGED_PAGES, addManagedPages, launchWithExtension, openExtensionPage, sendCommand, servePages } from '../lib/browser.mjs';
import { backupJson, observedBatches } from './data.mjs';
import { analyseTrace, cdpFor, diff, metrics, startTrace, stopTrace } from './trace.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Comments stored for a platform, counted in the service worker straight from IndexedDB. */
export async function storedCount(browser, platform) {
  return browser.currentWorker().evaluate(async (prefix) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('reply-radar');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('comments')) return 0;
      return await new Promise((resolve, reject) => {
        const req = db.transaction('comments').objectStore('comments').count(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  }, `${platform}:`);
}

/** Race a promise against a deadline; resolves to `fallback` when time runs out. */
async function within(ms, promise, fallback) {
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * 1 and 5: one generated page, grown to each checkpoint, in one browser with
 * one extension variant ("none", "naive" or "ours"). Returns, per checkpoint,
 * the main-thread metrics since growth began and the trace's attribution.
 */
export async function runOverhead({ variant, extensionDir, page: generated, checkpoints, growLimitMs, settleLimitMs, log }) {
  const browser = await launchWithExtension({ extensionDir });
  const { context, extensionId } = browser;
  try {
    if (variant === 'ours') await addManagedPages(context, extensionId, SAMPLE_MANAGED_PAGES);
    await servePages(context, { [generated.url]: generated.html });
    const page = await context.newPage();
    await page.goto(generated.url, { waitUntil: 'load' });
    // The content script starts at document_idle and first asks the background whether to read.
    await sleep(1_000);
    const { cdp, frameId } = await cdpFor(context, page);
    await startTrace(cdp);
    const m0 = await metrics(cdp);
    const results = [];
    const stamps = [];
    const started = Date.now();
    for (const n of checkpoints) {
      const expected = 2 * n; // every comment has one reply
      const t = Date.now();
      const grew = await within(growLimitMs, page.evaluate((target) => window.__rrBench.growTo(target), n), null);
      const growMs = Date.now() - t;
      let read = null;
      let settled = grew !== null;
      if (grew !== null && variant === 'ours') {
        // The content script reads in idle slices: wait until everything it read is stored.
        const end = Date.now() + settleLimitMs;
        settled = false;
        while (Date.now() < end) {
          read = await storedCount(browser, generated.platform);
          if (read >= expected) {
            settled = true;
            break;
          }
          await sleep(250);
        }
        read = await storedCount(browser, generated.platform);
      }
      await sleep(500); // a quiet period: idle callbacks and the last message drain
      const label = `rr-bench-${n}`;
      await page.evaluate((l) => console.timeStamp(l), label);
      stamps.push(label);
      const m = diff(m0, await metrics(cdp));
      results.push({ n, expected, read, settled, growMs, wallMs: Date.now() - started, metrics: m });
      log(`  ${generated.platform} ${variant} ${n}: grew in ${growMs} ms${read !== null ? `, stored ${read}/${expected}` : ''}${settled ? '' : ' (did not settle)'}; script ${m.script.toFixed(0)} ms, tasks ${m.task.toFixed(0)} ms`);
      if (!settled) break;
    }
    const events = await stopTrace(cdp);
    const phases = analyseTrace(events, { frameId, stamps });
    phases.forEach((p, i) => Object.assign(results[i], { trace: p }));
    return results;
  } finally {
    await browser.close();
  }
}

/** The isolated world our content script runs in, in the page's main frame. */
async function contentScriptWorld(cdp, extensionId, frameId) {
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await sleep(200);
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.auxData?.frameId === frameId && c.origin?.includes(extensionId),
  ) ?? contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData?.frameId === frameId && c.name === 'Reply Radar');
  if (!world) throw new Error(`bench: no content-script world found (${contexts.map((c) => `${c.name}/${c.origin}`).join(', ')})`);
  return world.id;
}

/**
 * 2: 10,000 comments sent as `comments-seen` messages from inside our content
 * script's own isolated world on a Facebook tab (so the background's sender
 * check sees a content script on www.facebook.com and the real path runs:
 * messaging, schema check, one-transaction ingest, thread judgement, badge).
 */
export async function runIngest({ extensionDir, page: generated, threads, perMessage }) {
  const browser = await launchWithExtension({ extensionDir });
  const { context, extensionId } = browser;
  try {
    await addManagedPages(context, extensionId, SAMPLE_MANAGED_PAGES);
    await servePages(context, { [generated.url]: generated.html });
    const page = await context.newPage();
    await page.goto(generated.url, { waitUntil: 'load' });
    await sleep(1_000);
    const { cdp, frameId } = await cdpFor(context, page);
    const contextId = await contentScriptWorld(cdp, extensionId, frameId);
    const data = observedBatches({ threads, perMessage });
    const before = await storedCount(browser, 'facebook');
    // The batches are built before the clock starts; the content script sends without awaiting, so do we.
    const expression = `(async () => {
      const batches = ${JSON.stringify(data.batches)};
      const url = ${JSON.stringify(data.url)};
      const t0 = performance.now();
      const answers = await Promise.all(batches.map((comments) =>
        chrome.runtime.sendMessage({ type: 'comments-seen', url, page: null, comments })));
      const ms = performance.now() - t0;
      return { ms, stored: answers.reduce((s, a) => s + (a && a.stored || 0), 0), refused: answers.filter((a) => !a || a.ok === false).length };
    })()`;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`bench: ingest failed in the content script world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    const after = await storedCount(browser, 'facebook');
    return { ...result.value, messages: data.batches.length, perMessage, count: data.count, inDb: after - before };
  } finally {
    await browser.close();
  }
}

/** Recorded in the popup before its own scripts run: when rows first appear, and when they stop changing. */
const POPUP_PROBE = `(() => {
  const probe = (window.__rrPopup = { firstRowMs: null, firstRowPaintedMs: null, lastChangeMs: null, lastPaintedMs: null, rows: 0 });
  const afterPaint = (cb) => requestAnimationFrame(() => setTimeout(() => cb(performance.now()), 0));
  new MutationObserver(() => {
    const rows = document.querySelectorAll('[role=listitem], li').length;
    if (rows === probe.rows) return;
    const at = performance.now();
    probe.rows = rows;
    probe.lastChangeMs = at;
    if (rows && probe.firstRowMs === null) {
      probe.firstRowMs = at;
      afterPaint((t) => (probe.firstRowPaintedMs = t));
    }
    afterPaint((t) => { if (probe.lastChangeMs === at) probe.lastPaintedMs = t; });
  }).observe(document, { childList: true, subtree: true });
})();`;

/** 3: popup.html with `total` comments stored (`pending` waiting), opened `runs` times. */
export async function runPopup({ extensionDir, total, pending, runs }) {
  const browser = await launchWithExtension({ extensionDir });
  const { context, extensionId } = browser;
  try {
    const { json, pending: seededPending } = backupJson({ total, pending });
    const options = await openExtensionPage(context, extensionId, 'options.html');
    const t = Date.now();
    const imported = await sendCommand(options, { type: 'import-backup', json });
    const importMs = Date.now() - t;
    await options.close();
    if (!imported?.ok) return { error: `import-backup: ${imported?.error ?? 'no answer'}` };
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.addInitScript(POPUP_PROBE);
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      const probe = await waitForQuiet(page);
      samples.push(probe);
      await page.close();
    }
    return { samples, importMs, seeded: { total, pending: seededPending } };
  } finally {
    await browser.close();
  }
}

/** Until the list has not changed for a second (or 10 s pass). */
async function waitForQuiet(page) {
  const end = Date.now() + 10_000;
  let probe;
  while (Date.now() < end) {
    probe = await page.evaluate(() => ({ ...window.__rrPopup, now: performance.now() }));
    if (probe.rows > 0 && probe.lastPaintedMs !== null && probe.now - probe.lastChangeMs > 1_000) break;
    await sleep(100);
  }
  return probe;
}

/** 4: bundle sizes as built: the content script, and every file popup.html loads. */
export function bundleSizes(extensionDir) {
  const size = (file) => {
    const bytes = readFileSync(join(extensionDir, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  // What one page gets: the files of each content_scripts entry, together.
  const content = (manifest.content_scripts ?? []).map((entry) => {
    const files = (entry.js ?? []).map(size);
    return {
      matches: entry.matches.join(' '),
      files: files.map((f) => f.file),
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      gzip: files.reduce((s, f) => s + f.gzip, 0),
    };
  });
  const html = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const popupFiles = refs.filter((f) => existsSync(join(extensionDir, f)) && statSync(join(extensionDir, f)).isFile()).map(size);
  const sum = (files, ext) => files.filter((f) => f.file.endsWith(ext)).reduce((s, f) => ({ bytes: s.bytes + f.bytes, gzip: s.gzip + f.gzip }), { bytes: 0, gzip: 0 });
  return { content, popupFiles, popupJs: sum(popupFiles, '.js'), popupCss: sum(popupFiles, '.css') };
}
