// Park surveys of their tenants.
export * from './lib/surveys-http.module';
export { SurveysService } from './lib/surveys.service';
// The aggregation and the fewer-than-3 rule, for any other reader of survey results (the park's workbook).
export { aggregateQuestion, breakdown, cellShown, effectiveStatus, questionResults, type RespondingTenant } from './lib/survey-results';
export * from './lib/demo/demo-surveys';
