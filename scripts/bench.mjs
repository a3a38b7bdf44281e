// `npm run bench`: build the extension, drive Chromium headless, print every
// figure with its budget. See BENCHMARKS.md for what each figure means and the
// last results.
//
//   npm run bench                  build, then measure the default parts
//   npm run bench -- --only page   one part (or several: --only=page,size)
//   npm run bench -- --no-build    measure the extension already in .output/chrome-mv3
//   npm run bench -- --quick       smaller pages (200 / 1,000 comments), one round: to try the script
//   npm run bench -- --rounds=5    rounds of the page part (best of N; default 3)
//   npm run bench -- --metric=cpu  judge the page-cost budgets on main-thread CPU time, not wall time
//                                  (for a loaded machine; both are printed either way)
//   npm run bench -- --json        also print the raw figures
//   npm run bench -- --only scale --scale-sizes=100000/50000
//                                  the scale part at the sizes given (stored/waiting, comma-separated)
//   npm run bench -- --only scale --scale-figures=insights
//                                  only some of its figures (tick, popup, ingest, insights; the first tick always runs)
//
// Parts: size (and the content script's startup), page (what the page feels: four conditions, interleaved, best
// of N; the traced attribution; reading alone), ingest, popup, scale (100 and
// 100,000 waiting: scripts/bench/scale.mjs; `--only scale` for it alone), reading
// (the adapters alone, also part of page; `--only reading` to try an adapter change); and,
// only when asked for, naive (the re-scan baseline of issue 8) and storage (bytes per comment at
// 10,000 and 100,000 stored: scripts/bench/storage.mjs, `--only storage`).
//
// The built extension is copied to a temp dir and loaded from there, so the
// run never races other people's use of .output/.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT, chromiumPath } from './lib/browser.mjs';
import { copyBuiltExtension, makeNaiveExtension, makeNoneExtension } from './bench/extensions.mjs';
import { bundleSizes, runIngest, runOverhead, runPopup } from './bench/measure.mjs';
import { runPageCosts } from './bench/page-cost.mjs';
import { facebookPage, linkedinPage } from './bench/pages.mjs';
import { runReading } from './bench/reading.mjs';
import { printReport } from './bench/report.mjs';
import { printScale, runScale } from './bench/scale.mjs';
import { printStorage, runStorage } from './bench/storage.mjs';
import { runStartup } from './bench/startup.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice(name.length + 3) : argv[i + 1];
};
const quick = argv.includes('--quick');
const DEFAULT_PARTS = 'size,page,ingest,popup,scale';
const only = new Set((option('only') ?? DEFAULT_PARTS).split(','));
const started = Date.now();
const log = (m) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${m}`);

const CONFIG = {
  checkpoints: quick ? [200, 1_000] : [1_000, 5_000],
  rounds: Number(option('rounds') ?? (quick ? 1 : 3)),
  // What the page-cost budgets are judged on: 'task' (TaskDuration, wall time) or 'cpu' (the same tasks' CPU time).
  metric: option('metric') ?? 'task',
  // A page that can't grow or a content script that can't keep up is a result, not a hang.
  growLimitMs: quick ? 60_000 : 120_000,
  settleLimitMs: quick ? 30_000 : 60_000,
  readingComments: quick ? 200 : 1_000,
  ingestThreads: 5_000, // 10,000 comments
  perMessage: 200, // the content script's batch (comment-watcher MAX_BATCH); the protocol allows 500
  popupTotal: 10_000,
  popupPending: 2_000,
  popupRuns: 5,
  scaleSizes: quick
    ? [{ stored: 200, waiting: 100 }, { stored: 10_000, waiting: 5_000 }]
    : [{ stored: 200, waiting: 100 }, { stored: 100_000, waiting: 50_000 }, { stored: 100_000, waiting: 100_000 }],
  scaleRuns: 5,
  scaleFigures: option('scale-figures')?.split(',') ?? ['tick', 'popup', 'ingest', 'insights'],
};
// One size (or a few) of the scale part, to try a change without the hour the default sizes take.
if (option('scale-sizes')) {
  CONFIG.scaleSizes = option('scale-sizes')
    .split(',')
    .map((size) => {
      const [stored, waiting] = size.split('/').map(Number);
      if (!(stored > 0 && waiting > 0 && waiting <= stored)) throw new Error(`--scale-sizes: "${size}" is not stored/waiting`);
      return { stored, waiting };
    });
}

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
  loadBefore: loadavg()[0],
  config: CONFIG,
  overhead: {},
  errors: [],
};
const pages = () => [facebookPage(), linkedinPage()];

async function step(name, work) {
  if (!only.has(name)) return;
  try {
    await work();
  } catch (error) {
    log(`${name} failed: ${error.stack ?? error}`);
    results.errors.push(`${name}: ${error.message ?? error}`);
  }
}

async function readingAlone() {
  results.reading = {};
  for (const generated of pages()) {
    log(`reading alone: ${generated.platform}, ${CONFIG.readingComments} comments`);
    results.reading[generated.platform] = await runReading({ noneDir: none, page: generated, n: CONFIG.readingComments });
  }
}

/** A traced run of one variant on one page; a failure is reported, never fatal. */
async function traced(platform, variant, dir, generated) {
  log(`trace: ${platform}, ${variant}`);
  try {
    ((results.overhead[platform] ??= {})[variant] = await runOverhead({ variant, extensionDir: dir, page: generated, ...CONFIG, log }));
  } catch (error) {
    log(`trace ${platform}/${variant} failed: ${error.stack ?? error}`);
    results.errors.push(`trace ${platform}/${variant}: ${error.message ?? error}`);
  }
}

try {
  await step('size', async () => {
    results.size = bundleSizes(ours);
    // What the size costs: compiling and first running the script on each page load.
    log('startup: the content script compiled and run on a managed post, best of 5 loads');
    results.startup = await runStartup({ extensionDir: ours, runs: 5, log });
  });
  await step('page', async () => {
    results.page = await runPageCosts({ ...CONFIG, pages: pages(), dirs: { none, ours }, log });
    // The attribution: one traced run with default settings, apart from the timed ones (tracing costs time of its own).
    for (const generated of pages()) await traced(generated.platform, 'ours', ours, generated);
    await readingAlone();
  });
  // Also a part of its own: `--only reading` takes a minute, for trying a change to the adapters.
  if (!only.has('page')) await step('reading', readingAlone);
  await step('naive', async () => {
    for (const generated of pages()) await traced(generated.platform, 'naive', naive, generated);
  });
  await step('ingest', async () => {
    log('ingest: 10,000 comments from a content script');
    results.ingest = await runIngest({ extensionDir: ours, page: facebookPage(), threads: CONFIG.ingestThreads, perMessage: CONFIG.perMessage });
  });
  await step('popup', async () => {
    log('popup: 10,000 stored, 2,000 pending');
    results.popup = await runPopup({ extensionDir: ours, total: CONFIG.popupTotal, pending: CONFIG.popupPending, runs: CONFIG.popupRuns });
  });
  await step('scale', async () => {
    results.scale = await runScale({ extensionDir: ours, sizes: CONFIG.scaleSizes, runs: CONFIG.scaleRuns, figures: CONFIG.scaleFigures, log });
  });
  await step('storage', async () => {
    results.storage = await runStorage({ extensionDir: ours, sizes: quick ? [2_000, 10_000] : [10_000, 100_000], log });
  });
} finally {
  for (const dir of [ours, none, naive]) rmSync(dir, { recursive: true, force: true });
}

results.loadAfter = loadavg()[0];
results.totalSeconds = (Date.now() - started) / 1000;
printReport(results);
if (results.scale) printScale(results.scale);
if (results.storage) printStorage(results.storage);
if (argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
