export * from './lib/tasks-http.module';
export * from './lib/demo/demo-tasks';
