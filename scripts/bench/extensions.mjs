// The two comparison extensions, generated into temp dirs:
// - "none": no content script at all (only an idle worker, because the shared
//   launcher waits for a service worker); the page's own cost.
// - "naive": what a first attempt at a comment watcher looks like: on every
//   MutationObserver callback, query the whole document for every comment
//   selector and read every comment's text. It doesn't even send messages,
//   so it is a lower bound of what the naive approach costs.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOSTS = ['https://www.facebook.com/*', 'https://www.linkedin.com/*'];

// The same markers our adapters look for, as one selector list.
const NAIVE_CONTENT = `(() => {
  const COMMENTS = [
    '[role=article][aria-label]',
    'article[data-id^="urn:li:comment:"]',
    '.comments-comment-entity[data-id*="urn:li:comment:"]',
    'div[componentkey^="replaceableComment_urn:li:comment:"]',
  ].join(',');
  const seen = new Map();
  function scan() {
    for (const node of document.querySelectorAll(COMMENTS)) {
      const stamp = node.querySelector('a[href*="comment_id="]');
      const id = node.getAttribute('data-id') || node.getAttribute('componentkey') || (stamp && stamp.href) || node.getAttribute('aria-label');
      const text = node.textContent.replace(/\\s+/g, ' ').trim();
      if (seen.get(id) !== text) seen.set(id, text);
    }
  }
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  scan();
})();
`;

function writeExtension(name, withContentScript) {
  const dir = mkdtempSync(join(tmpdir(), `rr-bench-${name}-`));
  const manifest = {
    manifest_version: 3,
    name: `Bench ${name}`,
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    host_permissions: HOSTS,
    ...(withContentScript && { content_scripts: [{ matches: HOSTS, js: ['content.js'], run_at: 'document_idle' }] }),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'background.js'), '// idle\n');
  if (withContentScript) writeFileSync(join(dir, 'content.js'), NAIVE_CONTENT);
  return dir;
}

export const makeNoneExtension = () => writeExtension('none', false);
export const makeNaiveExtension = () => writeExtension('naive', true);

/** Every file the manifest names (worker, popup, content scripts), when the manifest is there. */
function builtFiles(dir) {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    return ['manifest.json', m.background?.service_worker, m.action?.default_popup, ...(m.content_scripts ?? []).flatMap((c) => c.js ?? [])].filter(Boolean);
  } catch {
    return null;
  }
}
const complete = (dir) => {
  const files = builtFiles(dir);
  return !!files && files.every((f) => existsSync(join(dir, f)));
};

/**
 * A private copy of the built extension: others run tests against .output
 * while we measure, and may be rebuilding it right now, so wait (up to a
 * minute) until a whole build is there before copying it.
 */
export async function copyBuiltExtension(from) {
  const end = Date.now() + 60_000;
  for (;;) {
    if (complete(from)) {
      const dir = mkdtempSync(join(tmpdir(), 'rr-bench-ours-'));
      try {
        cpSync(from, dir, { recursive: true });
        if (complete(dir)) return dir;
      } catch {
        // copied while a build was replacing files: try again
      }
      rmSync(dir, { recursive: true, force: true });
    }
    if (Date.now() > end) throw new Error(`bench: no complete build in ${from} (run "npm run build")`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
