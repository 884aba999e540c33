// The assessment feature: frameworks as data, scoring, the assessments API and the scoring job.
export { checkFramework } from './lib/frameworks/check';
export { loadBundledFrameworks } from './lib/frameworks/bundled';
export * from './lib/scoring';
