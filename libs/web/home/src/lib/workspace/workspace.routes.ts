import type { Routes } from '@angular/router';
import { ApartmentOutline, FileSearchOutline, TeamOutline } from '@ant-design/icons-angular/icons';
import { tenantGuard, type TranslationKey } from '@xinzhi/web-core';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { WorkspacePageComponent } from './workspace-page.component';

export const WORKSPACE_ICONS = [TeamOutline, ApartmentOutline, FileSearchOutline];

/** `/workspace` — every member of the acting enterprise. */
export const workspaceRoutes: Routes = [
  {
    path: '',
    component: WorkspacePageComponent,
    canActivate: [tenantGuard()],
    title: 'workspace.pageTitle' satisfies TranslationKey,
    providers: [provideNzIconsPatch(WORKSPACE_ICONS)],
  },
];
