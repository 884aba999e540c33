export * from './lib/health';
export * from './lib/problem';
export * from './lib/locale';
export * from './lib/diagnostics';
export * from './lib/identity';
export * from './lib/projects';
export * from './lib/kpis';
