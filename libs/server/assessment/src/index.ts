// The assessment feature: frameworks as data, scoring, the assessments API and the scoring job.
export * from './lib/scoring';
