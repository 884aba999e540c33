export * from './lib/progress-jobs.module';
export * from './lib/recompute';
