import { getJestProjectsAsync } from '@nx/jest';

/**
 * Every project's unit tests in one Jest run (used by `npm test` for one report). The service,
 * integration and browser suites need a migrated database: they have their own configs and run later.
 */
export default async () => ({
  projects: (await getJestProjectsAsync()).filter((project) => !/(-e2e|service-tests)(\/|$)/.test(project)),
});
