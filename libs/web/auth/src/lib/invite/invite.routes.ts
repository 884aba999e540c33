import type { Routes } from '@angular/router';
import { WarningFill } from '@ant-design/icons-angular/icons';
import type { TranslationKey } from '@xinzhi/web-core';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { LOGIN_ICONS } from '../login/login.routes';
import { InvitePageComponent } from './invite-page.component';

/** `/invite/:token` — public: the invitee has no account or is not signed in yet. */
export const inviteRoutes: Routes = [
  {
    path: ':token',
    component: InvitePageComponent,
    title: 'invite.pageTitle' satisfies TranslationKey,
    providers: [provideNzIconsPatch([...LOGIN_ICONS, WarningFill])],
  },
];
