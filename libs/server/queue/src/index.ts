export * from './lib/queues';
export * from './lib/redis';
export * from './lib/queue.module';
export * from './lib/producer';
export * from './lib/consumer';
export * from './lib/recompute-requests';
export * from './lib/live-events';
export * from './lib/schedules';
