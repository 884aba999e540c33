import type { Routes } from '@angular/router';
import { CopyOutline, EditOutline, PlusOutline } from '@ant-design/icons-angular/icons';
import { ASSESSMENT_DICTIONARIES } from '@xinzhi/web-assessment-i18n';
import { parkGuard, provideTranslations, type TranslationKey } from '@xinzhi/web-core';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { ParkTenantsPageComponent } from './tenants/park-tenants-page.component';

export const PARK_ICONS = [PlusOutline, EditOutline, CopyOutline];

/** Under `/park`, for park administrators acting in their park. */
export const parkRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'tenants' },
  {
    path: 'tenants',
    component: ParkTenantsPageComponent,
    canActivate: [parkGuard],
    title: 'park.pageTitle' satisfies TranslationKey,
    // The assessment's texts word each tenant's maturity level.
    providers: [provideNzIconsPatch(PARK_ICONS), provideTranslations(ASSESSMENT_DICTIONARIES)],
  },
];
