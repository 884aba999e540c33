export { homeRoutes, HOME_ICONS } from './lib/home/home.routes';
export { HomePageComponent } from './lib/home/home-page.component';
export { HealthCardComponent } from './lib/system-status/health-card.component';
export { HealthClient, HEALTH_URL } from './lib/system-status/health.client';
export { workspaceRoutes, WORKSPACE_ICONS } from './lib/workspace/workspace.routes';
export { WorkspacePageComponent } from './lib/workspace/workspace-page.component';
