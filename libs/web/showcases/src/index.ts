export { benchmarksRoutes, parkShowcasesRoutes, showcaseSettingsRoutes, showcasesRoutes } from './lib/showcases.routes';
