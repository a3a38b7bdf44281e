// A/B of the popup's first row (issues 18 and 20): several built extensions loaded in one browser, each
// seeded with the same store as the scale bench, their popups opened in turn (the order alternating each
// round), so the machine's load falls on every build alike. Each build directory needs a marker.txt
// holding its own path (that is how a worker is matched to it):
//   echo /tmp/a > /tmp/a/marker.txt; echo /tmp/b > /tmp/b/marker.txt
//   node scripts/bench/ab-popup.mjs 100000/50000 15 /tmp/a /tmp/b
// Prints, per build, the median and every sample of the first row painted (the scale bench's probe and
// its timing, from the navigation start), and the medians of where the time went before it: HTML parsed
// (domInteractive), the last script fetched, React's first commit into #root, the first row in the DOM.
// PROFILE=1 also takes a CPU profile of one more open of each build and prints self time by script.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SAMPLE_MANAGED_PAGES, addManagedPages, openExtensionPage, chromiumPath } from '../lib/browser.mjs';
import { seedInPage, timedTick } from './scale.mjs';

const [size, roundsArg, ...dirs] = process.argv.slice(2);
const [stored, waiting] = size.split('/').map(Number);
const rounds = Number(roundsArg);
const log = (m) => console.error(`[${new Date().toISOString().slice(11, 19)} load ${loadavg()[0].toFixed(2)}] ${m}`);

/** Before the page's own scripts: the scale bench's first-row probe, plus when #root first gets content. */
const PROBE = `(() => {
  const probe = (window.__rrProbe = { rootMs: null, readyMs: null, paintedMs: null });
  const observer = new MutationObserver(() => {
    const root = document.getElementById('root');
    if (probe.rootMs === null && root && root.firstChild) probe.rootMs = performance.now();
    if (probe.readyMs !== null || !document.querySelector('li.row')) return;
    probe.readyMs = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (probe.paintedMs = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function open(context, id, profile) {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript(PROBE);
    let cdp;
    if (profile) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    if (process.env.TRACE && profile) {
      await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: ['devtools.timeline', 'toplevel', 'v8.execute', 'v8', 'blink', 'loading', 'blink.user_timing', 'disabled-by-default-devtools.timeline', '__metadata', 'IndexedDB', 'navigation', 'renderer.scheduler'] } });
    }
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.waitForFunction(() => window.__rrProbe?.paintedMs != null, null, { timeout: 60_000 });
    const marks = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      return {
        painted: window.__rrProbe.paintedMs,
        interactive: nav.domInteractive,
        domContentLoaded: nav.domContentLoadedEventStart,
        root: window.__rrProbe.rootMs,
        row: window.__rrProbe.readyMs,
        // A probe build's own marks (performance.mark('probe:…')), to see where its time goes.
        ...Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('probe:')).map((m) => [m.name, m.startTime])),
      };
    });
    if (cdp) marks.profile = (await cdp.send('Profiler.stop')).profile;
    if (process.env.TRACE && cdp) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream } = await done;
      let text = '';
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream });
        text += chunk.data;
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      marks.trace = text;
      marks.timeOrigin = await page.evaluate(() => performance.timeOrigin);
    }
    return marks;
  } finally {
    await page.close();
  }
}

/** Self time of a CPU profile by script file (and the idle / program / GC nodes). */
function selfTimeByScript(profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byNode.get(profile.samples[i]);
    const { url, functionName } = node.callFrame;
    const key = url ? url.split('/').pop() : `(${functionName || 'anonymous'})`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const userDataDir = mkdtempSync(join(tmpdir(), 'rr-popupab-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath(), headless: false,
  args: ['--headless=new', `--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const end = Date.now() + 30_000;
  while (context.serviceWorkers().length < dirs.length && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
  // Every build has the same manifest: each worker says which build it is by its marker.txt.
  const byDir = [];
  for (const dir of dirs) {
    for (const w of context.serviceWorkers()) {
      const marker = await w.evaluate(async () => (await fetch(chrome.runtime.getURL('/marker.txt')).then((r) => r.text()).catch(() => '')));
      if (marker.trim() === dir) byDir.push({ dir, id: new URL(w.url()).host, opens: [] });
    }
  }
  if (byDir.length !== dirs.length) throw new Error(`workers: ${JSON.stringify(byDir)}`);
  const worker = (id) => context.serviceWorkers().find((w) => w.url().includes(id));
  const now = Date.now();
  for (const b of byDir) {
    await addManagedPages(context, b.id, SAMPLE_MANAGED_PAGES);
    const options = await openExtensionPage(context, b.id, 'options.html');
    log(`${b.dir}: seeding`);
    await options.evaluate(seedInPage, { stored, waiting, now, chunk: 5_000 });
    await options.close();
    // The first tick works out every conversation's due times, as in the scale bench, before any popup opens.
    log(`${b.dir}: first tick ${(await timedTick(worker(b.id))).toFixed(0)} ms`);
  }
  const loadBefore = loadavg()[0];
  log('opening');
  for (let i = 0; i < rounds; i++) {
    for (const b of (i % 2 ? [...byDir].reverse() : byDir)) b.opens.push(await open(context, b.id, false));
  }
  const loadAfter = loadavg()[0];
  console.log(`${size}, ${rounds} opens each, load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`);
  for (const b of byDir) {
    const m = (key) => median(b.opens.map((o) => o[key])).toFixed(0);
    const quartile = [...b.opens.map((o) => o.painted)].sort((x, y) => x - y)[Math.floor(b.opens.length / 4)];
    console.log(`${b.dir}: first row painted median ${m('painted')} ms, lower quartile ${quartile.toFixed(0)} ms (${b.opens.map((o) => o.painted.toFixed(0)).join(', ')})`);
    console.log(`  medians: HTML parsed ${m('interactive')}, DOMContentLoaded ${m('domContentLoaded')}, React's first commit ${m('root')}, first row in DOM ${m('row')}, painted ${m('painted')} ms`);
    const probes = [...new Set(b.opens.flatMap((o) => Object.keys(o).filter((k) => k.startsWith('probe:'))))];
    if (probes.length) console.log(`  probe marks (median ms): ${probes.map((k) => `${k.slice(6)} ${m(k)}`).join(', ')}`);
  }
  if (process.env.PROFILE) for (const b of byDir) {
    const o = await open(context, b.id, true);
    console.log(`${b.dir} profiled open: painted ${o.painted.toFixed(0)} ms; self ms by script: ${selfTimeByScript(o.profile)}`);
    if (process.env.PROFILE_OUT) writeFileSync(`${process.env.PROFILE_OUT}-${b.dir.replaceAll('/', '_')}.cpuprofile`, JSON.stringify(o.profile));
    if (o.trace) {
      const file = join(tmpdir(), `popup-trace-${b.dir.replaceAll('/', '_')}.json`);
      writeFileSync(file, o.trace);
      console.log(`  trace: ${file} (marks ${JSON.stringify({ ...o, profile: undefined, trace: undefined })})`);
    }
  }
  log('done');
} finally {
  await context.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}
