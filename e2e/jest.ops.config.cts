/**
 * Operations tests: faults (database and replica killed, SIGTERM) and the malformed-input storm.
 * Each starts the built app itself (dist/apps/api/main.js), so no global setup; they are long and
 * fight over the same two cores, hence one at a time and generous timeouts.
 */
module.exports = {
  displayName: 'ops',
  rootDir: '..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/src/ops/**/*.ops.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/e2e/tsconfig.json' }],
  },
  testTimeout: 900000,
  maxWorkers: 1,
};
