// Looking for where the page's added time goes (not part of `npm run bench`; BENCHMARKS.md, issue 18):
// grows the generated post to n comments under each condition (none, off, on), each in a fresh browser,
// and prints the page's Performance metrics and the CPU of every Chromium process (from /proc).
//   node scripts/bench/profile-page.mjs <facebook|linkedin> <n> <none,off,on> [built extension dir]
// What it also records, in /tmp/pagecost/:
//   (default)   a full devtools.timeline trace: <platform>-<condition>-<n>.json, for analyse-profile.mjs
//               (self time by event on the page's main thread) and threads-profile.mjs (CPU per thread)
//   LIGHT=1     only the top-level tasks (next to no cost to the page): for A/B runs of two builds
//   CPU=1       the page's V8 CPU profile instead: <platform>-<condition>-<n>.cpuprofile, for analyse-cpu.mjs
//   WORKER=1    also the service worker's V8 profile (run node with --experimental-websocket):
//               <platform>-<condition>-<n>-worker.cpuprofile
// Build unminified (vite build.minify false) for readable function names in the profiles.
import { SAMPLE_MANAGED_PAGES, addManagedPages, launchWithExtension, openExtensionPage, servePages, EXTENSION_DIR } from '../lib/browser.mjs';
import { makeNoneExtension } from './extensions.mjs';
import { storedCount } from './measure.mjs';
import { facebookPage, linkedinPage } from './pages.mjs';
import { cdpFor, startTrace, stopTrace, metrics, diff } from './trace.mjs';
import { mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
/** CPU ms per chrome process kind, from /proc. */
function procCpu() {
  const out = {};
  const hz = 100;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmd, stat;
    try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); stat = readFileSync(`/proc/${pid}/stat`, 'utf8'); } catch { continue; }
    if (!/chrom/i.test(cmd.split('\0')[0]) || !cmd.includes('reply-radar-')) continue;
    const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
    const kind = type === 'renderer' ? (cmd.includes('--extension-process') ? 'ext-renderer' : 'renderer') : type === 'utility' ? `utility:${/--utility-sub-type=([\w.]+)/.exec(cmd)?.[1]}` : type;
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = ((+f[11]) + (+f[12])) * 1000 / hz;
    out[kind] = (out[kind] ?? 0) + ms;
  }
  return out;
}

const [platform = 'facebook', nArg = '1000', conds = 'none,off,on', extDir = EXTENSION_DIR] = process.argv.slice(2);
const n = Number(nArg);
const generated = platform === 'facebook' ? facebookPage() : linkedinPage();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const CATS = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'toplevel', 'blink.user_timing', '__metadata', 'blink', 'cc', 'viz'];
const noneDir = makeNoneExtension();
mkdirSync('/tmp/pagecost', { recursive: true });

for (const condition of conds.split(',')) {
  const browser = await launchWithExtension({ extensionDir: condition === 'none' ? noneDir : extDir, args: process.env.WORKER ? ['--remote-debugging-port=9333'] : [] });
  const { context, extensionId } = browser;
  try {
    if (condition === 'off' || condition === 'on') await addManagedPages(context, extensionId, SAMPLE_MANAGED_PAGES);
    if (condition === 'off') {
      const p = await openExtensionPage(context, extensionId, 'options.html');
      await p.evaluate(async () => { const { settings } = await chrome.storage.local.get('settings'); await chrome.storage.local.set({ settings: { ...(settings ?? {}), markersEnabled: false } }); });
      await p.close();
    }
    await servePages(context, { [generated.url]: generated.html });
    const page = await context.newPage();
    await page.goto(generated.url, { waitUntil: 'load' });
    await sleep(1000);
    const { cdp } = await cdpFor(context, page);
    if (process.env.CPU) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); } else await startTrace(cdp, process.env.LIGHT ? ['toplevel', '__metadata'] : CATS);
    const m0 = await metrics(cdp);
    let ws, wsCall;
    if (process.env.WORKER && condition !== 'none') {
      const list = await (await fetch('http://127.0.0.1:9333/json/list')).json();
      const sw = list.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
      ws = new WebSocket(sw.webSocketDebuggerUrl);
      await new Promise((r) => ws.addEventListener('open', r));
      let id = 0; const pending = new Map();
      ws.addEventListener('message', (m) => { const d = JSON.parse(m.data); if (d.id && pending.has(d.id)) { pending.get(d.id)(d.result); pending.delete(d.id); } });
      wsCall = (method, params = {}) => new Promise((r) => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
      await wsCall('Profiler.enable'); await wsCall('Profiler.setSamplingInterval', { interval: 500 }); await wsCall('Profiler.start');
    }
    const p0 = procCpu();
    const t = Date.now();
    await page.evaluate((target) => window.__rrBench.growTo(target), n);
    const grow = Date.now() - t;
    if (condition !== 'none') {
      const end = Date.now() + 60000;
      while (Date.now() < end && (await storedCount(browser, platform)) < 2 * n) await sleep(250);
    }
    await sleep(500);
    const m = diff(m0, await metrics(cdp));
    const p1 = procCpu();
    if (ws) { const { profile } = await wsCall('Profiler.stop'); writeFileSync(`/tmp/pagecost/${platform}-${condition}-${n}-worker.cpuprofile`, JSON.stringify(profile)); ws.close(); }
    console.log('process CPU ms:', Object.fromEntries(Object.entries(p1).map(([k, v]) => [k, v - (p0[k] ?? 0)])));
    if (process.env.CPU) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`/tmp/pagecost/${platform}-${condition}-${n}.cpuprofile`, JSON.stringify(profile));
    } else {
      const events = await stopTrace(cdp);
      writeFileSync(`/tmp/pagecost/${platform}-${condition}-${n}.json`, JSON.stringify(events));
    }
    console.log(`${platform} ${condition} ${n}: grew in ${grow} ms; task ${m.task.toFixed(0)} style ${m.style.toFixed(0)} layout ${m.layout.toFixed(0)} script ${m.script.toFixed(0)}`);
  } finally {
    await browser.close();
  }
}
