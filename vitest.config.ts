import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // The i18n module reads `browser.i18n` through @wxt-dev/browser; under test that is WXT's fake browser too.
    alias: [{ find: /^@wxt-dev\/browser$/, replacement: fileURLToPath(new URL('./node_modules/wxt/dist/virtual/mock-browser.mjs', import.meta.url)) }],
  },
  test: {
    environment: 'happy-dom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // Processed by Vite so the alias above reaches its import of @wxt-dev/browser.
    server: { deps: { inline: ['@wxt-dev/i18n'] } },
    // Property-based and database tests do real work; the default 5 s is tight on 2 cores.
    testTimeout: 20_000,
  },
});
