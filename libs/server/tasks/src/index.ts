export * from './lib/tasks-http.module';
export * from './lib/demo/demo-tasks';
export { TasksService } from './lib/tasks.service';
