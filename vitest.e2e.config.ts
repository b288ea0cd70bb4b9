import { defineConfig } from 'vitest/config';

// e2e tests drive the built extension in real Chromium and Firefox; one file at a time keeps
// two browsers from fighting over two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
