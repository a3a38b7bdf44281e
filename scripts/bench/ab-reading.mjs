// Reading alone, two source trees in one page, passes alternating: best µs per comment node of each.
//   git archive HEAD utils | tar -x -C /tmp/old   (then link node_modules into it)
//   node scripts/bench/ab-reading.mjs <facebook|linkedin> <n> <passes> /tmp/old [words]
// Each tree reads with the page's word table loaded, as a tab does (reading.mjs). `words` says otherwise:
//   none   neither tree has words (the bench before it loaded them: not what users pay)
//   old    only the old tree (A) has none: with the same tree twice, what loading the words changes
import { ROOT, launchWithExtension, servePages } from '../lib/browser.mjs';
import { adaptersBundle, loadPageWords } from './adapters-bundle.mjs';
import { makeNoneExtension } from './extensions.mjs';
import { facebookPage, linkedinPage } from './pages.mjs';
const [platform = 'facebook', n = '500', passes = '12', oldRoot = '/tmp/pagecost/old', words = 'both'] = process.argv.slice(2);
if (!['both', 'none', 'old'].includes(words)) throw new Error(`ab-reading: words is both, none or old, not "${words}"`);
const generated = platform === 'facebook' ? facebookPage() : linkedinPage();
const browser = await launchWithExtension({ extensionDir: makeNoneExtension() });
try {
  await servePages(browser.context, { [generated.url]: generated.html });
  const page = await browser.context.newPage();
  await page.goto(generated.url, { waitUntil: 'load' });
  await page.evaluate((t) => window.__rrBench.growTo(t), Number(n));
  await page.addScriptTag({ content: await adaptersBundle(oldRoot, { globalName: '__A' }) });
  await page.addScriptTag({ content: await adaptersBundle(ROOT, { globalName: '__B' }) });
  if (words === 'both') await loadPageWords(page, '__A', platform);
  if (words !== 'none') await loadPageWords(page, '__B', platform);
  const best = { A: Infinity, B: Infinity };
  for (let p = 0; p < Number(passes); p++) {
    for (const v of p % 2 ? ['A', 'B'] : ['B', 'A']) {
      await page.evaluate(() => { const list = document.getElementById('rr-bench-comments'); list.replaceChildren(...[...list.children].map((c) => c.cloneNode(true))); void document.body.offsetHeight; });
      const r = await page.evaluate(([platform, v]) => { const a = window['__' + v].ADAPTERS[platform]; const url = new URL(location.href); const t0 = performance.now(); const f = a.findCommentNodes(document); let ok = 0; for (const node of f) if (a.readComment(node, url).ok) ok++; return { us: (performance.now() - t0) * 1000 / f.length, nodes: f.length, ok }; }, [platform, v]);
      if (r.ok !== r.nodes) console.log('not all read', v, r);
      best[v] = Math.min(best[v], r.us);
    }
  }
  console.log(`${platform} (words: ${words}): best µs/node old ${best.A.toFixed(1)}  new ${best.B.toFixed(1)}`);
} finally { await browser.close(); }
