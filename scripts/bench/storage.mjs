// Storage (issue 20): what a stored comment costs on disk, and how much of the browser's quota
// 100,000 comments take.
//
// Bytes per comment: `navigator.storage.estimate()` in an extension page before and after writing
// comments straight into the extension's IndexedDB (rows like the scale part's: every field filled,
// short texts, half of them waiting), after the worker has worked out their conversations.
//
// The storage-full path itself is not forced here: the DevTools protocol's
// `Storage.overrideQuotaForOrigin` limits the extension's pages but not its service worker (tried:
// with a 1 kB quota the worker still stored a 2.5 MB batch), and the worker is the only writer.
// It is covered by tests/unit/reliability-storage.test.ts; the popup's banner is one `meta` read,
// whatever is stored.
//
// `npm run bench -- --only storage`; the real-browser backup test uses the same helpers.
import { SAMPLE_MANAGED_PAGES, addManagedPages, launchWithExtension, openExtensionPage } from '../lib/browser.mjs';

/** Runs in an extension page: writes comments `from`…`from + count - 1` straight into IndexedDB, 5,000 per transaction. */
async function seedInPage({ from, count, now, chunk }) {
  const FB_POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZ&id=61550000000001';
  const TEXTS = ['Do you ship to Canada?', 'Love the new packaging!', 'My order arrived broken.', 'Great coffee ☕', 'When do you open on Sunday? 🙏'];
  const pages = ['facebook:61550000000001', 'linkedin:acme-coffee'];
  const row = (i) => {
    const facebook = i % 2 === 0;
    const platform = facebook ? 'facebook' : 'linkedin';
    const id = String(3_060_000_000_000_000 + i);
    const postedAt = now - (i % 259_200) * 1_000 - 60_000;
    const status = i % 2 === 0 ? 'pending' : ['answered', 'answered', 'own', 'wont-reply'][(i >> 1) % 4];
    const decided = status === 'answered' || status === 'wont-reply';
    return {
      key: `${platform}:${id}`, platform, id, idSource: 'platform', pageKey: pages[facebook ? 0 : 1],
      postUrl: facebook ? FB_POST : null, permalink: facebook ? `${FB_POST}&comment_id=${id}` : null,
      parentId: null, threadId: id, authorName: status === 'own' ? 'Acme Coffee' : `Visitor ${i}`,
      authorUrl: facebook ? `https://www.facebook.com/visitor.${i}` : null,
      authorIsPage: status === 'own', text: `${TEXTS[i % TEXTS.length]} (#${i})`, postedAt, postedAtSource: 'relative',
      firstSeenAt: postedAt, lastSeenAt: now - 60_000, status, answeredBy: status === 'answered' ? 'page' : null,
      answeredAt: decided ? postedAt + 3_600_000 : null, answerKey: null, snoozedUntil: null,
      priority: i % 3 === 0 ? 1 : 0, priorityReasons: i % 3 === 0 ? ['question'] : [], notifiedAt: null, undo: null,
    };
  };
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('reply-radar');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  for (let start = from; start < from + count; start += chunk) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['comments', 'meta'], 'readwrite');
      const comments = tx.objectStore('comments');
      for (let i = start; i < Math.min(from + count, start + chunk); i++) comments.put(row(i));
      // Due times and Insights' tallies are worked out afresh by the next tick, as after an upgrade.
      tx.objectStore('meta').delete('conversations-time-zone');
      tx.objectStore('meta').delete('insights-tallies');
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}

/** Write `count` comments (numbered from `from`, half of them waiting) into the extension's database, from an extension page. */
export function seedComments(page, { from = 0, count, now = Date.now(), chunk = 5_000 }) {
  return page.evaluate(seedInPage, { from, count, now, chunk });
}

/** How many comments are stored, read in an extension page. */
export function storedCount(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('reply-radar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('comments').objectStore('comments').count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The origin's usage and quota as the browser reports them. */
export function storageEstimate(page) {
  return page.evaluate(async () => {
    const { usage, quota, usageDetails } = await navigator.storage.estimate();
    return { usage, quota, indexedDB: usageDetails?.indexedDB ?? usage };
  });
}

/** The bench part: bytes per comment at 10,000 and 100,000 stored, and the share of the quota they take. */
export async function runStorage({ extensionDir, sizes = [10_000, 100_000], log = () => {} }) {
  const browser = await launchWithExtension({ extensionDir });
  const { context, extensionId } = browser;
  try {
    await addManagedPages(context, extensionId, SAMPLE_MANAGED_PAGES);
    const page = await openExtensionPage(context, extensionId, 'options.html');
    const empty = await storageEstimate(page);
    const points = [];
    let stored = 0;
    for (const size of sizes) {
      log(`storage: seeding to ${size.toLocaleString('en-US')}`);
      await seedComments(page, { from: stored, count: size - stored });
      stored = size;
      // Let the worker work the new comments' conversations out, as it would after an import, before measuring.
      await new Promise((r) => setTimeout(r, 5_000));
      const estimate = await storageEstimate(page);
      points.push({ stored, usage: estimate.usage, bytesPerComment: Math.round((estimate.usage - empty.usage) / stored), quota: estimate.quota });
    }
    return { empty: empty.usage, points };
  } finally {
    await browser.close();
  }
}

export function printStorage(result) {
  const mb = (v) => `${(v / 1024 / 1024).toFixed(1)} MB`;
  console.log('\n## Storage\n\n| Stored comments | Usage | Bytes per comment | Quota | Share of quota |\n|---|---|---|---|---|');
  for (const p of result.points) {
    const share = `${((100 * p.usage) / p.quota).toFixed(2)} %`;
    console.log(`| ${p.stored.toLocaleString('en-US')} | ${mb(p.usage)} | ${p.bytesPerComment.toLocaleString('en-US')} | ${mb(p.quota)} | ${share} |`);
  }
}
