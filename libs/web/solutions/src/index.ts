export {
  painPointsRoutes,
  parkDemandRoutes,
  parkPainPointsRoutes,
  parkSolutionsRoutes,
  solutionsRoutes,
  SOLUTIONS_ICONS,
} from './lib/solutions.routes';
