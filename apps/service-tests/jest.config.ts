/**
 * Service tests: the server's rules called directly (services, job handlers, the transaction
 * runner) against the real test database as the application role and the real Redis (each file
 * under a queue prefix of its own). No HTTP, no spawned process. Needs a migrated database
 * (`node dist/apps/api/migrate.js`) and Redis, nothing built.
 */
export default {
  displayName: 'service',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.service-spec.ts'],
  // Type checking is the typecheck target's job; here ts-jest only transpiles (isolatedModules), which keeps start-up short.
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 20000,
};
