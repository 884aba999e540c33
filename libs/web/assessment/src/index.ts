export { assessmentRoutes, ASSESSMENT_ICONS } from './lib/assessment.routes';
