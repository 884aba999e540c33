export * from './lib/evaluate';
export * from './lib/incentive-jobs';
export * from './lib/incentives.service';
export * from './lib/training.service';
export * from './lib/incentives.controller';
export * from './lib/demo/demo-incentives';
