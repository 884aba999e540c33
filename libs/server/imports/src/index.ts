// The imports feature: Excel uploads checked and applied by background jobs, templates and error reports.
export * from './lib/imports-http.module';
export * from './lib/imports-jobs';
