import { defineConfig } from 'vitest/config';

// Real-Firefox tests: Debian's Firefox ESR with the built Firefox extension, driven over WebDriver BiDi.
// One browser at a time, and generous timeouts: Firefox takes a while to start on two busy cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.firefox.test.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 180_000,
  },
});
