/** Browser journeys: the built app on a fresh embedded database, driven in Debian's Chromium. */
module.exports = {
  displayName: 'e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/src/support/global-setup.cjs',
  globalTeardown: '<rootDir>/src/support/global-teardown.cjs',
  testTimeout: 90000,
};
