import { defineConfig } from 'vitest/config';

// e2e tests drive the built extension in real Chromium and Firefox; one file at a time keeps
// two browsers from fighting over two cores. The global setup sums up the network watch of every
// browser session at the end of the run (and fails the run if the extension made a request).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/watch-global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
