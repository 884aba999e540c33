export { parkSurveysRoutes, surveysRoutes, SURVEYS_ICONS } from './lib/surveys.routes';
