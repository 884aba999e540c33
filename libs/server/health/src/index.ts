export * from './lib/health-http.module';
export * from './lib/health-jobs.module';
