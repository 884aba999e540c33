export * from './lib/kpis';
export * from './lib/demo/demo-kpis';
