import type { Routes } from '@angular/router';
import { CopyOutline, PlusOutline, RedoOutline, ReloadOutline } from '@ant-design/icons-angular/icons';
import { platformGuard, provideTranslations, type TranslationKey } from '@xinzhi/web-core';
import { PLATFORM_DICTIONARIES } from '@xinzhi/web-platform-i18n';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { PlatformParksPageComponent } from './parks/platform-parks-page.component';
import { QueuesPageComponent } from './queues/queues-page.component';

export const PLATFORM_ICONS = [PlusOutline, CopyOutline, ReloadOutline, RedoOutline];

/** Under `/platform`, for platform operators: the parks, and the background job queues. */
export const platformRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'parks' },
  {
    path: 'parks',
    component: PlatformParksPageComponent,
    canActivate: [platformGuard],
    title: 'platform.pageTitle' satisfies TranslationKey,
    providers: [provideNzIconsPatch(PLATFORM_ICONS)],
  },
  {
    path: 'queues',
    component: QueuesPageComponent,
    canActivate: [platformGuard],
    title: 'queues.pageTitle' satisfies TranslationKey,
    providers: [provideNzIconsPatch(PLATFORM_ICONS), provideTranslations(PLATFORM_DICTIONARIES)],
  },
];
