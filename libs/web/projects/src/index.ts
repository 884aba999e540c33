export { projectsRoutes, myTasksRoutes, taskLinkRoutes, PROJECTS_ICONS } from './lib/projects.routes';
export { ProjectsClient } from './lib/data/projects.client';
export { ProjectListPageComponent } from './lib/project-list/project-list-page.component';
export { ProjectWorkspaceComponent } from './lib/project-workspace/project-workspace.component';
export { ProjectOverviewComponent } from './lib/project-overview/project-overview.component';
export { MyTasksPageComponent } from './lib/my-tasks/my-tasks-page.component';
