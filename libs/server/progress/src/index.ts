export * from './lib/progress-jobs.module';
export * from './lib/recompute';
export * from './lib/events.controller';
export * from './lib/snapshots';
export { recomputeProject, writeSnapshots } from './lib/progress.data';
