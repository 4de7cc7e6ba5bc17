import { defineConfig } from 'vitest/config';

// Read by Angular's unit-test builder (runnerConfig). The specs that run axe-core in jsdom take a
// few seconds each on a busy 2-core machine: a generous bound keeps them from failing on load
// alone. It is a limit on a hung test, not a timing assertion.
export default defineConfig({
  test: {
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
