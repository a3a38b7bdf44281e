import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium with the built extension loaded.
// One browser at a time: the machine has two cores, and Chromium wants both.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
