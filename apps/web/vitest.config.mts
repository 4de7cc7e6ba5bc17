import { defineConfig } from 'vitest/config';

// Read by Angular's unit-test builder (runnerConfig). The specs that run axe-core in jsdom take a
// few seconds each on a busy 2-core machine: a generous bound keeps them from failing on load
// alone, and more while other work shares the cores. It is a limit on a hung test, not a timing assertion.
export default defineConfig({
  test: {
    testTimeout: 90000,
    hookTimeout: 90000,
  },
});
