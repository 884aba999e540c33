// Pain points, the park's solution catalog (and, built on them, adoptions, recommendations, outcomes).
export * from './lib/solutions-http.module';
export * from './lib/pain-points/pain-point-rules';
export * from './lib/demo/demo-solutions';
export * from './lib/adoptions/adoptions.service';
export * from './lib/solutions-jobs';
