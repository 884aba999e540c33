import type { Routes } from '@angular/router';
import type { TranslationKey } from '@xinzhi/web-core';

/** Every page is loaded on demand; route titles are translation keys (see I18nTitleStrategy). */
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
    path: '**',
    title: 'notFound.pageTitle' satisfies TranslationKey,
    loadComponent: () => import('./not-found/not-found.component').then((m) => m.NotFoundComponent),
  },
];
