import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Hosts we read; nothing else is requested. Kept here so the manifest test and
// the content script's match patterns come from one list.
export const PLATFORM_HOSTS = ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.linkedin.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Manifest V3 for every browser, Firefox included (WXT would build Firefox as V2): one background code
  // path (`browser.action`, alarms, an event page that may stop at any time, like Chrome's worker).
  manifestVersion: 3,
  zip: {
    // The sources archive is what an addons.mozilla.org reviewer rebuilds the Firefox package from
    // (README → "Rebuilding for review"): the code, its config and lockfile, not tests, fixtures,
    // screenshots, benchmarks or scripts the build never runs.
    excludeSources: ['tests/**', 'artifacts/**', 'docs/**', 'scripts/**', 'vitest*.config.ts', 'BENCHMARKS.md', 'stats.html'],
  },
  // Explicit imports everywhere: a newcomer can follow every name to its module.
  imports: false,
  hooks: {
    // Content scripts use the browser's own promise-based API (`chrome` in Chrome's MV3, `browser` in
    // Firefox) rather than webextension-polyfill: the polyfill is 10 kB of the 25 kB budget of a script
    // injected into every Facebook and LinkedIn tab, and the calls they make (runtime.sendMessage, and
    // onMessage answered with sendResponse) behave the same natively. Extension pages keep the polyfill.
    // Likewise the context WXT hands `main` is ours (utils/content/context.ts): WXT's carries 0.45 kB of
    // gzip of helpers no content script of ours uses.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const native = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./utils/content/context.ts', import.meta.url)) },
      ];
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias) ? [...native, ...alias] : [...native, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))],
      };
    },
  },
  manifest: ({ browser }) => ({
    // Words come from locales/<lang>.yml (see utils/i18n); the browser picks its language, English otherwise.
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: PLATFORM_HOSTS,
    action: { default_title: '__MSG_extension_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Firefox needs a stable id; "none" declares that we collect no data at all (see PRIVACY.md).
            gecko: { id: 'reply-radar@reply-radar.app', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
