import type { Routes } from '@angular/router';
import {
  CopyOutline,
  DeleteOutline,
  DownloadOutline,
  EditOutline,
  LinkOutline,
  PlusOutline,
  UserAddOutline,
} from '@ant-design/icons-angular/icons';
import { tenantGuard, type TranslationKey } from '@xinzhi/web-core';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { AuditPageComponent } from './audit/audit-page.component';
import { DepartmentsPageComponent } from './departments/departments-page.component';
import { MembersPageComponent } from './members/members-page.component';

/** Icons this feature draws, registered when its routes load. */
export const MEMBERS_ICONS = [UserAddOutline, EditOutline, DeleteOutline, PlusOutline, CopyOutline, DownloadOutline, LinkOutline];

/** `/members` — owners manage; leaders and team leads look (they form teams and assign tasks). */
export const membersRoutes: Routes = [
  {
    path: '',
    component: MembersPageComponent,
    canActivate: [tenantGuard('owner', 'leader', 'team_lead')],
    title: 'members.pageTitle' satisfies TranslationKey,
    providers: [provideNzIconsPatch(MEMBERS_ICONS)],
  },
];

/** `/departments` — owners manage; leaders and team leads look. */
export const departmentsRoutes: Routes = [
  {
    path: '',
    component: DepartmentsPageComponent,
    canActivate: [tenantGuard('owner', 'leader', 'team_lead')],
    title: 'departments.pageTitle' satisfies TranslationKey,
    providers: [provideNzIconsPatch(MEMBERS_ICONS)],
  },
];

/** `/audit` — owners only. */
export const auditRoutes: Routes = [
  {
    path: '',
    component: AuditPageComponent,
    canActivate: [tenantGuard('owner')],
    title: 'audit.pageTitle' satisfies TranslationKey,
    providers: [provideNzIconsPatch(MEMBERS_ICONS)],
  },
];
