// Reading alone: the adapters' own cost per comment, in Chromium, on the
// generated page. The adapters are bundled as they are in the source tree and
// run in the page (no extension at all), so the figure is finding and reading
// comment nodes and nothing else: no messaging, no markers, no observer.
import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT, launchWithExtension, servePages } from '../lib/browser.mjs';

async function adaptersBundle() {
  const out = await build({
    entryPoints: [join(ROOT, 'utils/adapters/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__rrAdapters',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/**
 * Grow the page to `n` comments (2n comment nodes), then find and read every
 * comment node `passes` times; the best pass counts (the first one also pays
 * for warming the adapters' per-post memory, which a real tab pays once).
 */
export async function runReading({ noneDir, page: generated, n, passes = 5 }) {
  const script = await adaptersBundle();
  const browser = await launchWithExtension({ extensionDir: noneDir });
  try {
    await servePages(browser.context, { [generated.url]: generated.html });
    const page = await browser.context.newPage();
    await page.goto(generated.url, { waitUntil: 'load' });
    await page.evaluate((target) => window.__rrBench.growTo(target), n);
    await page.addScriptTag({ content: script });
    return await page.evaluate(
      ({ platform, passes }) => {
        const adapter = window.__rrAdapters.ADAPTERS[platform];
        const url = new URL(location.href);
        const times = [];
        let nodes = 0;
        let ok = 0;
        for (let p = 0; p < passes; p++) {
          const t0 = performance.now();
          const found = adapter.findCommentNodes(document);
          let read = 0;
          for (const node of found) if (adapter.readComment(node, url).ok) read++;
          times.push(performance.now() - t0);
          nodes = found.length;
          ok = read;
        }
        return { nodes, ok, times, bestMs: Math.min(...times) };
      },
      { platform: generated.platform, passes },
    );
  } finally {
    await browser.close();
  }
}
