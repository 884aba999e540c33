export { incentivesRoutes, meRoutes, INCENTIVES_ICONS } from './lib/incentives.routes';
