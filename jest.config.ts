import { getJestProjectsAsync } from '@nx/jest';

/** Every project's unit tests in one Jest run (used by `npm test` for one report). */
export default async () => ({
  projects: await getJestProjectsAsync(),
});
