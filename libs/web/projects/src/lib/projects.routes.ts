import type { Routes } from '@angular/router';
import {
  ArrowLeftOutline,
  CalendarOutline,
  DashboardOutline,
  DeleteOutline,
  DragOutline,
  EditOutline,
  ExclamationCircleOutline,
  FilterOutline,
  InboxOutline,
  LinkOutline,
  PlusOutline,
  ProjectOutline,
  QuestionCircleOutline,
  ReloadOutline,
  RightOutline,
  RollbackOutline,
  SearchOutline,
  UnorderedListOutline,
  UserOutline,
  WarningOutline,
} from '@ant-design/icons-angular/icons';
import { provideTranslations, tenantGuard, type TranslationKey } from '@xinzhi/web-core';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzModalService } from 'ng-zorro-antd/modal';
import { MyTasksPageComponent } from './my-tasks/my-tasks-page.component';
import { ProjectListPageComponent } from './project-list/project-list-page.component';
import { ProjectOverviewComponent } from './project-overview/project-overview.component';
import { ProjectWorkspaceComponent } from './project-workspace/project-workspace.component';
import { ProjectWorkspaceStore } from './project-workspace/project-workspace.store';
import { TaskPanels } from './project-workspace/task-panels';
import { TaskLinkPageComponent } from './task-link/task-link-page.component';
import { TaskMoves } from './tasks/task-moves';

/** Icons this feature draws, registered when its routes load. */
export const PROJECTS_ICONS = [
  ArrowLeftOutline,
  CalendarOutline,
  DashboardOutline,
  DeleteOutline,
  DragOutline,
  EditOutline,
  ExclamationCircleOutline,
  FilterOutline,
  InboxOutline,
  LinkOutline,
  PlusOutline,
  ProjectOutline,
  QuestionCircleOutline,
  ReloadOutline,
  RightOutline,
  RollbackOutline,
  SearchOutline,
  UnorderedListOutline,
  UserOutline,
  WarningOutline,
];

/**
 * `/projects` (the list), `/projects/:id` (overview), `/projects/:id/board` and `/projects/:id/list`
 * — every member of the acting enterprise reads; what they may change follows their role.
 */
export const projectsRoutes: Routes = [
  {
    path: '',
    canActivate: [tenantGuard()],
    providers: [provideNzIconsPatch(PROJECTS_ICONS), provideTranslations(PROJECTS_DICTIONARIES)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        component: ProjectListPageComponent,
        title: 'projects.pageTitle' satisfies TranslationKey,
      },
      {
        path: ':id',
        component: ProjectWorkspaceComponent,
        providers: [ProjectWorkspaceStore, TaskPanels, NzModalService, TaskMoves],
        children: [
          { path: '', pathMatch: 'full', component: ProjectOverviewComponent, title: 'project.pageTitle' satisfies TranslationKey },
          {
            path: 'board',
            loadComponent: () => import('./tasks/task-board.component').then((m) => m.TaskBoardComponent),
            title: 'project.viewBoard' satisfies TranslationKey,
          },
          // `/projects/:id/tasks` is the tasks of the project: the board.
          { path: 'tasks', pathMatch: 'full', redirectTo: 'board' },
          {
            path: 'list',
            loadComponent: () => import('./tasks/task-list.component').then((m) => m.TaskListComponent),
            title: 'project.viewList' satisfies TranslationKey,
          },
        ],
      },
    ],
  },
];

/** `/tasks/:id` — a task's own URL: opens it on My tasks (its assignee on a phone) or its project's board or list. */
export const taskLinkRoutes: Routes = [
  {
    path: ':id',
    component: TaskLinkPageComponent,
    canActivate: [tenantGuard()],
    title: 'taskLink.pageTitle' satisfies TranslationKey,
    providers: [provideTranslations(PROJECTS_DICTIONARIES)],
  },
];

/** `/my-tasks` — every member of the acting enterprise: the tasks assigned to them. */
export const myTasksRoutes: Routes = [
  {
    path: '',
    component: MyTasksPageComponent,
    canActivate: [tenantGuard()],
    title: 'myTasks.pageTitle' satisfies TranslationKey,
    providers: [provideNzIconsPatch(PROJECTS_ICONS), provideTranslations(PROJECTS_DICTIONARIES), NzModalService, TaskMoves],
  },
];
