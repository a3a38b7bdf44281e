// What the content script's size costs a page: the time the renderer spends
// compiling and first running it when a managed post loads. Size is a proxy;
// this is the figure a user's page feels on every navigation.
import { join } from 'node:path';
import { ROOT, SAMPLE_MANAGED_PAGES, addManagedPages, launchWithExtension, servePages } from '../lib/browser.mjs';
import { cdpFor, startTrace, stopTrace } from './trace.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const STARTUP_PAGES = {
  facebook: {
    url: 'https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl&id=61550000000001',
    file: join(ROOT, 'tests/fixtures/facebook/page-post-permalink.html'),
  },
  linkedin: {
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7510262022145234567/',
    file: join(ROOT, 'tests/fixtures/linkedin/company-post.html'),
  },
};

const urlOf = (e) => e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.url ?? e.args?.fileName ?? '';

/**
 * Compile and top-level evaluation of our content script in one page load,
 * from a trace started before navigation: `v8.compile` events of the script
 * (nested ones counted once) and the `EvaluateScript` that runs its top level
 * (which includes the compile when V8 compiles lazily inside it).
 */
export function startupFromTrace(events, extensionId) {
  const ours = (e) => urlOf(e).startsWith(`chrome-extension://${extensionId}/content-scripts/`);
  const spans = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && ours(e));
  const evaluate = spans.filter((e) => e.name === 'EvaluateScript');
  const compile = spans.filter((e) => e.name === 'v8.compile' && !evaluate.some((v) => v.tid === e.tid && v.ts <= e.ts && e.ts < v.ts + v.dur));
  const sum = (list) => list.reduce((s, e) => s + e.dur, 0) / 1000;
  const compileInside = spans.filter((e) => e.name === 'v8.compile' && !compile.includes(e));
  return { compileMs: sum(compile) + sum(compileInside), totalMs: sum(evaluate) + sum(compile), scripts: evaluate.length };
}

/** Best of `runs` fresh page loads per platform, in one browser with Acme Coffee managed. */
export async function runStartup({ extensionDir, runs = 5, log }) {
  const browser = await launchWithExtension({ extensionDir });
  const { context, extensionId } = browser;
  const results = {};
  try {
    await addManagedPages(context, extensionId, SAMPLE_MANAGED_PAGES);
    await servePages(context, Object.fromEntries(Object.values(STARTUP_PAGES).map((p) => [p.url, p.file])));
    for (const [name, { url }] of Object.entries(STARTUP_PAGES)) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const page = await context.newPage();
        const { cdp } = await cdpFor(context, page);
        await startTrace(cdp, ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', '__metadata']);
        await page.goto(url, { waitUntil: 'load' });
        await sleep(1_500); // document_idle, then the first reading slice
        const sample = startupFromTrace(await stopTrace(cdp), extensionId);
        samples.push(sample);
        await page.close();
      }
      const ran = samples.filter((s) => s.scripts > 0);
      if (!ran.length) throw new Error(`bench: the content script never ran on ${name} (no EvaluateScript of it in ${runs} traces)`);
      const best = ran.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
      results[name] = { best, all: samples.map((s) => s.totalMs) };
      log?.(`  startup ${name}: best ${best.totalMs.toFixed(2)} ms (compile ${best.compileMs.toFixed(2)} ms) of ${samples.map((s) => s.totalMs.toFixed(2)).join(', ')}`);
    }
    return results;
  } finally {
    await browser.close();
  }
}
