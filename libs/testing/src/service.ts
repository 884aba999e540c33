/**
 * Harness of the service tests (apps/service-tests): the server's modules in this process against
 * the real test database. A separate entry point from `@xinzhi/testing`, so the integration and
 * browser suites never load server code.
 */
export * from './lib/service/service-test';
export * from './lib/service/fixtures';
