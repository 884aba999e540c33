// Park oversight: rollups, dashboard, tenant summaries, cross-analysis, pain-point matrix, reports, showcases, benchmarks.
export * from './lib/park-http.module';
export * from './lib/park-jobs.module';
export { seedDemoShowcases } from './lib/showcases/demo-showcases';
