// The adapters as the reading benches run them in a page: bundled from a
// source tree with esbuild, plus `loadPageWords(platform)`, which does what a
// real tab does before it reads (utils/content/page-session.ts): the
// background hands the tab the word table its `<html lang>` names, and the tab
// adds that one table. Without it the adapters know no words at all, and a
// reader takes other paths than it does for users (Facebook: no comment
// recognised by its label, no "Author" badge to test), so the figure would not
// be what users pay.
import { build } from 'esbuild';

const ENTRY = `
export { ADAPTERS } from './utils/adapters/index';
import { wordTableFor } from './utils/adapters/word-tables';
import { addWordTables } from './utils/adapters/words';
export function loadPageWords(platform) {
  const found = wordTableFor(platform, document.documentElement.lang.slice(0, 35));
  if (found) addWordTables(platform, { [found.language]: found.table });
  return found ? found.language : null;
}
`;

/** The adapters of the tree at `root` as one script defining `globalName` (`ADAPTERS`, `loadPageWords`). */
export async function adaptersBundle(root, { globalName = '__rrAdapters', minify = true } = {}) {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'bench-adapters.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'chrome120',
    minify,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** In the page: load the page's word table into the bundle at `window[globalName]`, as a tab does; throws when none. */
export async function loadPageWords(page, globalName, platform) {
  const language = await page.evaluate(([g, p]) => window[g].loadPageWords(p), [globalName, platform]);
  if (!language) throw new Error(`bench: no ${platform} word table for the page's <html lang>`);
  return language;
}
