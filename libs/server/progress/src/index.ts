export * from './lib/progress-jobs.module';
export * from './lib/recompute';
export * from './lib/events.controller';
