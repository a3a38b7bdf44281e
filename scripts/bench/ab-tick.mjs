// A/B of the clock tick (issue 20): several built extensions loaded in one browser, each seeded with
// the same store as the scale bench, their ticks interleaved, so the machine's load falls on both alike.
// Each build directory needs a marker.txt holding its own path (that is how a worker is matched to it):
//   echo /tmp/a > /tmp/a/marker.txt; echo /tmp/b > /tmp/b/marker.txt
//   node scripts/bench/ab-tick.mjs 100000/50000 9 /tmp/a /tmp/b
// FIGURE=ingest times one 200-comment batch through the content script's message instead of a tick, as the
// scale bench does (after a pause for the store to settle from seeding).
// Prints each build's tick samples, and any `probe:*` performance measures the build recorded (a build
// with a few performance.measure calls added shows where a tick's time goes). MICRO=1 also times raw
// IndexedDB reads of the seeded store in an extension page (a capped range read, a cursor jump, a count).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SAMPLE_MANAGED_PAGES, addManagedPages, openExtensionPage, chromiumPath } from '../lib/browser.mjs';
import { observedBatches } from './data.mjs';
import { seedInPage, timedTick } from './scale.mjs';

const [size, roundsArg, ...dirs] = process.argv.slice(2);
const [stored, waiting] = size.split('/').map(Number);
const rounds = Number(roundsArg);
const log = (m) => console.error(`[${new Date().toISOString().slice(11, 19)} load ${loadavg()[0].toFixed(2)}] ${m}`);
const userDataDir = mkdtempSync(join(tmpdir(), 'rr-tickab-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath(), headless: false,
  args: ['--headless=new', `--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const end = Date.now() + 30_000;
  while (context.serviceWorkers().length < dirs.length && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
  // Every build has the same manifest: each worker says which build it is by its marker.txt.
  const workers = context.serviceWorkers();
  const byDir = [];
  for (const dir of dirs) {
    for (const w of workers) {
      const marker = await w.evaluate(async () => (await fetch(chrome.runtime.getURL('/marker.txt')).then((r) => r.text()).catch(() => '')));
      if (marker.trim() === dir) byDir.push({ dir, id: new URL(w.url()).host });
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
    b.options = options;
  }
  for (const b of byDir) {
    log(`${b.dir}: first tick`);
    b.first = await timedTick(worker(b.id));
    log(`${b.dir}: first tick ${b.first.toFixed(0)} ms`);
    b.ticks = [];
  }
  const noteMeta = async (b) => b.options.evaluate(async () => {
    const db = await new Promise((res, rej) => { const o = indexedDB.open('reply-radar'); o.onsuccess = () => res(o.result); o.onerror = () => rej(o.error); });
    const rows = await new Promise((res) => { const r = db.transaction('meta').objectStore('meta').getAll(); r.onsuccess = () => res(r.result); });
    db.close();
    return rows.map((r) => `${r.key}: ${JSON.stringify(r.value).length} chars${r.value?.commentKeys ? `, ${r.value.commentKeys.length} keys` : ''}`);
  });
  for (const b of byDir) log(`${b.dir}: meta ${JSON.stringify(await noteMeta(b))}`);
  const timedIngest = (b, i) => {
    const { batches, url } = observedBatches({ threads: 100, perMessage: 200, idBase: 2_070_000_000_000_000 + i * 1_000 });
    return b.options.evaluate(async ({ comments, url }) => {
      const t0 = performance.now();
      const answer = await chrome.runtime.sendMessage({ type: 'comments-seen', url, page: null, comments });
      if (!answer || answer.stored !== comments.length) throw new Error(`ingest answered ${JSON.stringify(answer)}`);
      return performance.now() - t0;
    }, { comments: batches[0], url });
  };
  if (process.env.FIGURE === 'ingest') await new Promise((r) => setTimeout(r, 60_000));
  for (let i = 0; i < rounds; i++) {
    for (const b of (i % 2 ? [...byDir].reverse() : byDir)) {
      b.ticks.push(process.env.FIGURE === 'ingest' ? await timedIngest(b, i) : await timedTick(worker(b.id)));
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  if (process.env.MICRO) for (const b of byDir) console.log(`${b.dir} micro:`, JSON.stringify(await b.options.evaluate(async () => {
    const db = await new Promise((res, rej) => { const o = indexedDB.open('reply-radar'); o.onsuccess = () => res(o.result); o.onerror = () => rej(o.error); });
    const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const range = IDBKeyRange.bound(['facebook:61550000000001', -Infinity], ['facebook:61550000000001', Date.now()]);
    const idx = () => db.transaction('comments').objectStore('comments').index('[pageKey+convOverdueAt]');
    const time = async (f) => { const out = []; for (let i = 0; i < 5; i++) { const t = performance.now(); const v = await f(); out.push(`${(performance.now() - t).toFixed(1)}(${v})`); } return out.join(' '); };
    const advance = () => new Promise((res, rej) => { const r = idx().openKeyCursor(range); let first = true; r.onsuccess = () => { const c = r.result; if (!c) return res(false); if (first) { first = false; c.advance(999); } else res(true); }; r.onerror = () => rej(r.error); });
    const metaRows = await req(db.transaction('meta').objectStore('meta').getAllKeys());
    const big = metaRows.filter((k) => String(k).startsWith('reply-radar:'));
    const out = {
      getAllKeys1000: await time(async () => (await req(idx().getAllKeys(range, 1000))).length),
      advance999: await time(advance),
      count: await time(() => req(idx().count(range))),
      count200: await time(() => req(idx().count(IDBKeyRange.bound(['facebook:61550000000001', -Infinity], ['facebook:61550000000001', Date.now() - 2.9 * 86400000])))),
      metaNotifications: await time(async () => (await req(db.transaction('meta').objectStore('meta').getAll(IDBKeyRange.bound('reply-radar:', 'reply-radar:\uffff')))).length),
      metaKeysOnly: await time(async () => (await req(db.transaction('meta').objectStore('meta').getAllKeys(IDBKeyRange.bound('reply-radar:', 'reply-radar:\uffff')))).length),
      emptyRwTx: await time(() => new Promise((res) => { const tx = db.transaction(['comments', 'pages', 'meta'], 'readwrite'); tx.objectStore('meta').get('x'); tx.oncomplete = () => res(0); })),
      emptyRoTx: await time(() => new Promise((res) => { const tx = db.transaction(['comments', 'pages', 'meta'], 'readonly'); tx.objectStore('meta').get('x'); tx.oncomplete = () => res(0); })),
      notifyRange: await time(async () => (await req(db.transaction('comments').objectStore('comments').index('convNotifyAt').getAll(IDBKeyRange.upperBound(Date.now())))).length),
      big: big.length,
    };
    db.close();
    return out;
  })));
  for (const b of byDir) {
    const probes = await worker(b.id).evaluate(() => {
      const out = {};
      for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('probe:')) (out[e.name] ??= []).push(Math.round(e.duration * 10) / 10);
      return out;
    });
    const sorted = [...b.ticks].sort((x, y) => x - y);
    console.log(`${b.dir} ${size}: first ${b.first.toFixed(0)} ms; ticks median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms: ${b.ticks.map((t) => t.toFixed(1)).join(', ')}`);
    for (const [k, v] of Object.entries(probes)) console.log(`  ${k}: ${v.slice(-rounds).join(', ')}`);
  }
  log('done');
} finally {
  await context.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}
