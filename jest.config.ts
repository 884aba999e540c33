import { getJestProjectsAsync } from '@nx/jest';

/**
 * Every project's unit tests in one Jest run (used by `npm test` for one report). The integration
 * and browser suites have their own configs and run after the build.
 */
export default async () => ({
  projects: (await getJestProjectsAsync()).filter((project) => !/-e2e(\/|$)/.test(project)),
});
