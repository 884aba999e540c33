import type { Routes } from '@angular/router';
import { CopyOutline, PlusOutline } from '@ant-design/icons-angular/icons';
import { platformGuard, type TranslationKey } from '@xinzhi/web-core';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { PlatformParksPageComponent } from './parks/platform-parks-page.component';

export const PLATFORM_ICONS = [PlusOutline, CopyOutline];

/** Under `/platform`, for platform operators. */
export const platformRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'parks' },
  {
    path: 'parks',
    component: PlatformParksPageComponent,
    canActivate: [platformGuard],
    title: 'platform.pageTitle' satisfies TranslationKey,
    providers: [provideNzIconsPatch(PLATFORM_ICONS)],
  },
];
