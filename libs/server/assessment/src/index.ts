// The assessment feature: frameworks as data, scoring, the assessments API and the scoring job.
export { checkFramework } from './lib/frameworks/check';
export { loadBundledFrameworks } from './lib/frameworks/bundled';
export * from './lib/scoring';
export * from './lib/assessment.service';
export * from './lib/assessment.controller';
export * from './lib/assessment-http.module';
export * from './lib/assessment-jobs';
export { FrameworkPublishError, publishBundledFrameworks, publishFrameworks } from './lib/frameworks';
export * from './lib/demo/demo-assessments';
