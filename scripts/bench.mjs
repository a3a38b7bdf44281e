// `npm run bench`: build the extension, drive Chromium headless, print every
// figure of issue 8 with its budget. See BENCHMARKS.md for what each figure
// means and the last results.
//
//   npm run bench                 build, then measure everything (≤ 10 min on 2 cores)
//   npm run bench -- --no-build   measure the extension already in .output/chrome-mv3
//   npm run bench -- --quick      smaller pages (200 / 1,000 comments), for trying the script
//   npm run bench -- --only=size,ingest,popup,overhead
//
// The built extension is copied to a temp dir and loaded from there, so the
// run never races other people's use of .output/.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT, chromiumPath } from './lib/browser.mjs';
import { copyBuiltExtension, makeNaiveExtension, makeNoneExtension } from './bench/extensions.mjs';
import { bundleSizes, runIngest, runOverhead, runPopup } from './bench/measure.mjs';
import { facebookPage, linkedinPage } from './bench/pages.mjs';
import { printReport } from './bench/report.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const only = new Set((argv.find((a) => a.startsWith('--only='))?.slice(7) ?? 'size,overhead,ingest,popup').split(','));
const started = Date.now();
const log = (m) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${m}`);

const CONFIG = {
  checkpoints: quick ? [200, 1_000] : [1_000, 5_000],
  // A page that can't grow or a content script that can't keep up is a result, not a hang.
  growLimitMs: quick ? 60_000 : 120_000,
  settleLimitMs: quick ? 30_000 : 60_000,
  ingestThreads: 5_000, // 10,000 comments
  perMessage: 200, // the content script's batch (comment-watcher MAX_BATCH); the protocol allows 500
  popupTotal: 10_000,
  popupPending: 2_000,
  popupRuns: 5,
};

if (!argv.includes('--no-build')) {
  log('building with wxt build…');
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const ours = await copyBuiltExtension(EXTENSION_DIR);
const none = makeNoneExtension();
const naive = makeNaiveExtension();
const results = {
  machine: `${cpus().length} cores (${cpus()[0]?.model?.trim()}), ${chromiumPath()}`,
  config: CONFIG,
  overhead: {},
  errors: [],
};

async function step(name, work) {
  if (!only.has(name)) return;
  try {
    await work();
  } catch (error) {
    log(`${name} failed: ${error.stack ?? error}`);
    results.errors.push(`${name}: ${error.message ?? error}`);
  }
}

try {
  await step('size', async () => {
    results.size = bundleSizes(ours);
  });
  await step('overhead', async () => {
    for (const generated of [facebookPage(), linkedinPage()]) {
      const byVariant = {};
      for (const [variant, dir] of [['none', none], ['naive', naive], ['ours', ours]]) {
        log(`overhead: ${generated.platform}, ${variant}`);
        try {
          byVariant[variant] = await runOverhead({ variant, extensionDir: dir, page: generated, ...CONFIG, log });
        } catch (error) {
          log(`overhead ${generated.platform}/${variant} failed: ${error.stack ?? error}`);
          results.errors.push(`overhead ${generated.platform}/${variant}: ${error.message ?? error}`);
        }
      }
      results.overhead[generated.platform] = byVariant;
    }
  });
  await step('ingest', async () => {
    log('ingest: 10,000 comments from a content script');
    results.ingest = await runIngest({ extensionDir: ours, page: facebookPage(), threads: CONFIG.ingestThreads, perMessage: CONFIG.perMessage });
  });
  await step('popup', async () => {
    log('popup: 10,000 stored, 2,000 pending');
    results.popup = await runPopup({ extensionDir: ours, total: CONFIG.popupTotal, pending: CONFIG.popupPending, runs: CONFIG.popupRuns });
  });
} finally {
  for (const dir of [ours, none, naive]) rmSync(dir, { recursive: true, force: true });
}

results.totalSeconds = (Date.now() - started) / 1000;
printReport(results);
if (argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
