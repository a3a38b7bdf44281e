// Reading alone: the adapters' own cost per comment, in Chromium, on the
// generated page. The adapters are bundled as they are in the source tree and
// run in the page (no extension at all), with the word table of the page's
// language loaded as a tab loads it, so the figure is finding and reading
// comment nodes and nothing else: no messaging, no markers, no observer.
import { ROOT, launchWithExtension, servePages } from '../lib/browser.mjs';
import { adaptersBundle, loadPageWords } from './adapters-bundle.mjs';
import { TASK_CATEGORIES, cdpFor, mainThreadTime, startTrace, stopTrace } from './trace.mjs';

/**
 * Grow the page to `n` comments (2n comment nodes), then find and read every
 * comment node `passes` times, each time on fresh copies of the comment nodes;
 * the best pass counts (the first one also pays for warming the adapters'
 * per-post memory, which a real tab pays once).
 */
export async function runReading({ noneDir, page: generated, n, passes = Number(process.env.RR_READING_PASSES ?? 5) }) {
  const script = await adaptersBundle(ROOT);
  const browser = await launchWithExtension({ extensionDir: noneDir });
  try {
    await servePages(browser.context, { [generated.url]: generated.html });
    const page = await browser.context.newPage();
    await page.goto(generated.url, { waitUntil: 'load' });
    await page.evaluate((target) => window.__rrBench.growTo(target), n);
    await page.addScriptTag({ content: script });
    const language = await loadPageWords(page, '__rrAdapters', generated.platform);
    // Each pass is its own task, between two marks, so the trace gives its CPU time as well as its wall time.
    const { cdp } = await cdpFor(browser.context, page);
    await startTrace(cdp, TASK_CATEGORIES);
    const passResults = [];
    const marks = [];
    for (let p = 0; p < passes; p++) {
      // Every pass reads nodes it has never seen, as a tab reads each comment once: what the adapters
      // remember per node (a link's parsed address) must not make later passes look cheaper.
      await page.evaluate(() => {
        const list = document.getElementById('rr-bench-comments');
        list.replaceChildren(...[...list.children].map((c) => c.cloneNode(true)));
        // Styled and laid out before the pass starts: that work is the page's, not reading's.
        void document.body.offsetHeight;
        return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      await page.evaluate((label) => performance.mark(label), `rr-read-${p}-start`);
      passResults.push(
        await page.evaluate((platform) => {
          const adapter = window.__rrAdapters.ADAPTERS[platform];
          const url = new URL(location.href);
          const t0 = performance.now();
          const found = adapter.findCommentNodes(document);
          let ok = 0;
          for (const node of found) if (adapter.readComment(node, url).ok) ok++;
          return { ms: performance.now() - t0, nodes: found.length, ok };
        }, generated.platform),
      );
      await page.evaluate((label) => performance.mark(label), `rr-read-${p}-end`);
      marks.push(`rr-read-${p}-start`, `rr-read-${p}-end`);
    }
    const upTo = mainThreadTime(await stopTrace(cdp), marks);
    const cpu = passResults.map((_, p) => upTo[2 * p + 1].cpuMs - upTo[2 * p].cpuMs);
    const times = passResults.map((r) => r.ms);
    const { nodes, ok } = passResults.at(-1);
    return { language, nodes, ok, times, cpu, bestMs: Math.min(...times), bestCpuMs: Math.min(...cpu) };
  } finally {
    await browser.close();
  }
}
