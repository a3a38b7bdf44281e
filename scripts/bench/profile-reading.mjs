// A V8 CPU profile of reading alone (as reading.mjs measures it), unminified, for analyse-cpu.mjs with URLP=adapters.
//   node scripts/bench/profile-reading.mjs <facebook|linkedin> <n> <passes>
// With the page's word table loaded, as a tab (and reading.mjs) has it.
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('/tmp/pagecost', { recursive: true });
import { ROOT, launchWithExtension, servePages } from '../lib/browser.mjs';
import { adaptersBundle, loadPageWords } from './adapters-bundle.mjs';
import { makeNoneExtension } from './extensions.mjs';
import { facebookPage, linkedinPage } from './pages.mjs';
import { cdpFor } from './trace.mjs';
const [platform = 'facebook', n = '500', passes = '10'] = process.argv.slice(2);
const script = await adaptersBundle(ROOT, { minify: false });
const generated = platform === 'facebook' ? facebookPage() : linkedinPage();
const browser = await launchWithExtension({ extensionDir: makeNoneExtension() });
try {
  await servePages(browser.context, { [generated.url]: generated.html });
  const page = await browser.context.newPage();
  await page.goto(generated.url, { waitUntil: 'load' });
  await page.evaluate((t) => window.__rrBench.growTo(t), Number(n));
  await page.addScriptTag({ content: script + '\n//# sourceURL=adapters.js' });
  await loadPageWords(page, '__rrAdapters', platform);
  const { cdp } = await cdpFor(browser.context, page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const times = [];
  await cdp.send('Profiler.start');
  for (let p = 0; p < Number(passes); p++) {
    await page.evaluate(() => { const list = document.getElementById('rr-bench-comments'); list.replaceChildren(...[...list.children].map((c) => c.cloneNode(true))); void document.body.offsetHeight; });
    times.push(await page.evaluate((platform) => { const a = window.__rrAdapters.ADAPTERS[platform]; const url = new URL(location.href); const t0 = performance.now(); const f = a.findCommentNodes(document); let ok = 0; for (const node of f) if (a.readComment(node, url).ok) ok++; return { us: (performance.now() - t0) * 1000 / f.length, nodes: f.length, ok }; }, platform));
  }
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(`/tmp/pagecost/reading-${platform}.cpuprofile`, JSON.stringify(profile));
  console.log(times.map((t) => t.us.toFixed(1)).join(' '), 'µs/node', times[0].nodes, times[0].ok);
} finally { await browser.close(); }
