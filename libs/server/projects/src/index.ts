export * from './lib/projects-http.module';
export * from './lib/demo/demo-projects';
