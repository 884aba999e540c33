// Park oversight: rollups, dashboard, tenant summaries, cross-analysis, pain-point matrix, reports, showcases, benchmarks.
export * from './lib/park-http.module';
export * from './lib/park-jobs.module';
export * from './lib/demo/demo-park-tenants';
export { seedDemoShowcases } from './lib/showcases/demo-showcases';
