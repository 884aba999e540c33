// Pain points, the park's solution catalog (and, built on them, adoptions, recommendations, outcomes).
export * from './lib/solutions-http.module';
export * from './lib/scenes';
export * from './lib/pain-points/pain-point-rules';
export * from './lib/pain-points/pain-points.service';
export * from './lib/catalog/catalog-rules';
export * from './lib/catalog/catalog.service';
export * from './lib/demo/demo-solutions';
export * from './lib/demo/demo-adoptions';
export { DEMO_CATALOG, DEMO_CATALOG_RIVERSIDE, DEMO_PAIN_POINTS } from './lib/demo/demo-catalog';
export * from './lib/adoptions/adoptions.service';
export * from './lib/solutions-jobs';
