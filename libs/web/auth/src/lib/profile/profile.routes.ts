import type { Routes } from '@angular/router';
import { authGuard, type TranslationKey } from '@xinzhi/web-core';
import { ProfilePageComponent } from './profile-page.component';

/** `/profile` — any signed-in user, in any context or none. */
export const profileRoutes: Routes = [
  {
    path: '',
    component: ProfilePageComponent,
    canActivate: [authGuard],
    title: 'profile.pageTitle' satisfies TranslationKey,
  },
];
