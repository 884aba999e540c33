import type { Routes } from '@angular/router';
import { LockOutline, LoginOutline, MailOutline } from '@ant-design/icons-angular/icons';
import { guestGuard, type TranslationKey } from '@xinzhi/web-core';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { LoginPageComponent } from './login-page.component';

/** Icons this feature draws, registered when its route loads (no icon is ever fetched at run time). */
export const LOGIN_ICONS = [MailOutline, LockOutline, LoginOutline];

export const loginRoutes: Routes = [
  {
    path: '',
    component: LoginPageComponent,
    canActivate: [guestGuard],
    title: 'login.pageTitle' satisfies TranslationKey,
    providers: [provideNzIconsPatch(LOGIN_ICONS)],
  },
];
