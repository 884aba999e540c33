import type { Routes } from '@angular/router';
import { tenantGuard, type TranslationKey } from '@xinzhi/web-core';

/**
 * Every page is loaded on demand; route titles are translation keys (see I18nTitleStrategy). Each
 * feature's routes carry their own guards (signed in, and the context and roles they need).
 */
export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadChildren: () => import('@xinzhi/web-home').then((m) => m.homeRoutes),
  },
  {
    path: 'login',
    loadChildren: () => import('@xinzhi/web-auth').then((m) => m.loginRoutes),
  },
  {
    path: 'invite',
    loadChildren: () => import('@xinzhi/web-auth').then((m) => m.inviteRoutes),
  },
  {
    path: 'profile',
    loadChildren: () => import('@xinzhi/web-auth').then((m) => m.profileRoutes),
  },
  {
    path: 'workspace',
    loadChildren: () => import('@xinzhi/web-home').then((m) => m.workspaceRoutes),
  },
  {
    path: 'projects',
    loadChildren: () => import('@xinzhi/web-projects').then((m) => m.projectsRoutes),
  },
  {
    path: 'my-tasks',
    loadChildren: () => import('@xinzhi/web-projects').then((m) => m.myTasksRoutes),
  },
  {
    path: 'notification-settings',
    canActivate: [tenantGuard()],
    title: 'notificationPrefs.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./notifications/notification-preferences.component').then((m) => m.NotificationPreferencesComponent),
  },
  {
    path: 'tasks',
    loadChildren: () => import('@xinzhi/web-projects').then((m) => m.taskLinkRoutes),
  },
  {
    path: 'members',
    loadChildren: () => import('@xinzhi/web-members').then((m) => m.membersRoutes),
  },
  {
    path: 'departments',
    loadChildren: () => import('@xinzhi/web-members').then((m) => m.departmentsRoutes),
  },
  {
    path: 'audit',
    loadChildren: () => import('@xinzhi/web-members').then((m) => m.auditRoutes),
  },
  {
    path: 'incentives',
    loadChildren: () => import('@xinzhi/web-incentives').then((m) => m.incentivesRoutes),
  },
  {
    path: 'me',
    loadChildren: () => import('@xinzhi/web-incentives').then((m) => m.meRoutes),
  },
  {
    path: 'assessments',
    loadChildren: () => import('@xinzhi/web-assessment').then((m) => m.assessmentRoutes),
  },
  {
    path: 'pain-points',
    loadChildren: () => import('@xinzhi/web-solutions').then((m) => m.painPointsRoutes),
  },
  {
    path: 'solutions',
    loadChildren: () => import('@xinzhi/web-solutions').then((m) => m.solutionsRoutes),
  },
  {
    path: 'showcases',
    loadChildren: () => import('@xinzhi/web-showcases').then((m) => m.showcasesRoutes),
  },
  {
    path: 'showcase',
    loadChildren: () => import('@xinzhi/web-showcases').then((m) => m.showcaseSettingsRoutes),
  },
  {
    path: 'benchmarks',
    loadChildren: () => import('@xinzhi/web-showcases').then((m) => m.benchmarksRoutes),
  },
  {
    path: 'park/showcases',
    loadChildren: () => import('@xinzhi/web-showcases').then((m) => m.parkShowcasesRoutes),
  },
  // The park's solution pages, before the rest of /park (the enterprises).
  {
    path: 'park/solutions',
    loadChildren: () => import('@xinzhi/web-solutions').then((m) => m.parkSolutionsRoutes),
  },
  {
    path: 'park/pain-points',
    loadChildren: () => import('@xinzhi/web-solutions').then((m) => m.parkPainPointsRoutes),
  },
  {
    path: 'park/demand',
    loadChildren: () => import('@xinzhi/web-solutions').then((m) => m.parkDemandRoutes),
  },
  {
    path: 'park/surveys',
    loadChildren: () => import('@xinzhi/web-surveys').then((m) => m.parkSurveysRoutes),
  },
  {
    path: 'surveys',
    loadChildren: () => import('@xinzhi/web-surveys').then((m) => m.surveysRoutes),
  },
  {
    path: 'park',
    loadChildren: () => import('@xinzhi/web-park').then((m) => m.parkRoutes),
  },
  {
    path: 'platform',
    loadChildren: () => import('@xinzhi/web-platform').then((m) => m.platformRoutes),
  },
  {
    path: '**',
    title: 'notFound.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./not-found/not-found.component').then((m) => m.NotFoundComponent),
  },
];
