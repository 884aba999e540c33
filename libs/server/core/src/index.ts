export * from './lib/config/app-config';
export * from './lib/config/config.module';
export * from './lib/errors/problem';
export * from './lib/errors/problem.filter';
export * from './lib/errors/validation';
export * from './lib/logging/logging.module';
export * from './lib/context/request-context';
export * from './lib/startup';
