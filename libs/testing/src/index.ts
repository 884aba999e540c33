export * from './lib/processes';
export * from './lib/env';
export * from './lib/wait';
export * from './lib/browser';
export * from './lib/http';
export * from './lib/browser-session';
export * from './lib/tenants';
