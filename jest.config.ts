import { getJestProjectsAsync } from '@nx/jest';

/**
 * Every project's unit tests in one Jest run (used by `npm test` for one report). The service,
 * integration and browser suites need a migrated database: they have their own configs and run later.
 */
export default async () => ({
  // A global option: the projects' own testTimeout is ignored in a multi-project run. Angular specs
  // compile their components on first use, which takes seconds on two busy cores.
  testTimeout: 30000,
  projects: (await getJestProjectsAsync()).filter((project) => !/(-e2e|service-tests)(\/|$)/.test(project)),
});
